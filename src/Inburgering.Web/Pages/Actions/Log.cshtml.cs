using FluentValidation;
using Inburgering.Domain.Common;
using Inburgering.Domain.Newcomers;
using Inburgering.Domain.Trajectories;
using Inburgering.Web.Infrastructure;
using Inburgering.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Inburgering.Web.Pages.Actions;

/// <summary>Logs a follow-up action on one track: one short form from the dossier page.</summary>
public sealed class LogModel(AppDbContext db, IValidator<ActionInput> validator, IStringLocalizer<SharedResource> localizer, TimeProvider time) : PageModel
{
    [BindProperty]
    public ActionInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public Guid? Trajectory { get; set; }

    public string FullName { get; private set; } = string.Empty;

    public IReadOnlyList<TrackKind> Tracks { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, TrackKind? track, CancellationToken cancellationToken)
    {
        var trajectory = await LoadAsync(id, cancellationToken);
        if (trajectory is null)
        {
            return NotFound();
        }

        var today = time.Today();
        Input = new ActionInput { Track = track ?? (Tracks.Count > 0 ? Tracks[0] : null), Date = today, Done = true };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var trajectory = await LoadAsync(id, cancellationToken);
        if (trajectory is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid(validator, Input))
        {
            return Page();
        }

        try
        {
            trajectory.LogAction(Input.ToDetails(), Input.Done, Input.Outcome, time.Today());
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(ex, localizer, ActionInput.FieldFor(ex.Code) is { Length: > 0 } field ? $"Input.{field}" : string.Empty);
            return Page();
        }
        catch (DbUpdateConcurrencyException)
        {
            // The trajectory changed between loading and saving (another save in the same moment): keep the input.
            ModelState.AddModelError(string.Empty, localizer["Conflict.Dossier"]);
            return Page();
        }

        TempData[StatusMessage.Key] = localizer["Action.Logged"].Value;
        return Redirect($"/Dossiers/{id}#actions");
    }

    /// <summary>The trajectory to log on: the one asked for, else the running follow-up or the integration trajectory.</summary>
    private async Task<Trajectory?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var newcomerId = new NewcomerId(id);
        var name = await db.Newcomers.EditableNameAsync(User, newcomerId, cancellationToken);
        if (name is null)
        {
            return null;
        }

        Trajectory ??= await db.Trajectories
            .Where(t => t.NewcomerId == newcomerId && t.Status == TrajectoryStatus.Running)
            .OrderBy(t => t.Kind == TrajectoryKind.Integration ? 0 : 1)
            .Select(t => (Guid?)t.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (Trajectory is null)
        {
            return null;
        }

        var trajectory = await db.LoadTrajectoryAsync(newcomerId, Trajectory, cancellationToken);
        if (trajectory is null)
        {
            return null;
        }

        FullName = name;
        Tracks = [.. Enum.GetValues<TrackKind>().Where(k => trajectory.TrackOf(k).Status is TrackStatus.Running or TrackStatus.Completed)];
        ViewData["Tracks"] = Tracks;
        return trajectory;
    }
}
