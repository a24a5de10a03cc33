using FluentValidation;
using Inburgering.Domain.Trajectories;
using Inburgering.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Inburgering.Web.Pages.Actions;

/// <summary>Logs a follow-up action on one track: one short form from the dossier page.</summary>
public sealed class LogModel(AppDbContext db, FormWriter writer, IStringLocalizer<SharedResource> localizer, TimeProvider time) : DossierPageModel
{
    [BindProperty]
    public NewActionInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public Guid? Trajectory { get; set; }

    public IReadOnlyList<TrackKind> Tracks { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(TrackKind? track, CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is null)
        {
            return NotFound();
        }

        // The track is the one the case worker clicked on, if any; nothing else is answered for them.
        Input = new NewActionInput { Track = track, Date = time.Today() };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var trajectory = await LoadAsync(cancellationToken);
        if (trajectory is null)
        {
            return NotFound();
        }

        return await writer.SaveAsync(this, () => trajectory.LogAction(Input.ToDetails(), Input.Done!.Value, Input.Outcome, time.Today()), cancellationToken)
            ? BackToDossier(localizer["Action.Logged"], "actions")
            : Page();
    }

    public override async Task<IActionResult> RedisplayAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) is null ? NotFound() : Page();

    /// <summary>The trajectory to log on: the one asked for, else the running follow-up or the integration trajectory.</summary>
    private async Task<Trajectory?> LoadAsync(CancellationToken cancellationToken)
    {
        Trajectory ??= await db.Trajectories
            .Where(t => t.NewcomerId == Dossier.Id && t.Status == TrajectoryStatus.Running)
            .OrderBy(t => t.Kind == TrajectoryKind.Integration ? 0 : 1)
            .Select(t => (Guid?)t.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (Trajectory is null)
        {
            return null;
        }

        var trajectory = await db.LoadTrajectoryAsync(Dossier.Id, Trajectory, cancellationToken);
        if (trajectory is null)
        {
            return null;
        }

        Tracks = [.. Enum.GetValues<TrackKind>().Where(k => trajectory.TrackOf(k).Status is TrackStatus.Running or TrackStatus.Completed)];
        return trajectory;
    }
}
