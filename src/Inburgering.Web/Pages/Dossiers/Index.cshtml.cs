using Inburgering.Domain.Common;
using Inburgering.Domain.Newcomers;
using Inburgering.Domain.Trajectories;
using Inburgering.Web.Infrastructure;
using Inburgering.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Inburgering.Web.Pages.Dossiers;

/// <summary>The dossier: the four tracks side by side, attest progress, deadlines, actions and history.</summary>
public sealed class IndexModel(AppDbContext db, TimeProvider time, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public DossierView Dossier { get; private set; } = null!;

    public DateOnly Today { get; private set; }

    [BindProperty(SupportsGet = true, Name = "actions")]
    public int TimelinePage { get; set; } = 1;

    [BindProperty(SupportsGet = true, Name = "history")]
    public int HistoryPage { get; set; } = 1;

    /// <summary>For a coordinator: the case workers of the agency this dossier can be handed to.</summary>
    public IReadOnlyList<Team.CaseWorkerOption> ReassignTo { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Today = time.Today();
        var dossier = await DossierQuery.LoadAsync(db, User, new NewcomerId(id), TimelinePage, HistoryPage, Today, time.UtcNow(), cancellationToken);
        if (dossier is null)
        {
            return NotFound();
        }

        Dossier = dossier;
        if (User.IsInRole(Identity.Roles.Coordinator))
        {
            ReassignTo = await Team.AgencyCaseWorkers.ListAsync(db, User.Agency(), cancellationToken);
        }

        return Page();
    }

    /// <summary>Starts a track of the plan that did not start at the intake (tracks run in parallel).</summary>
    public Task<IActionResult> OnPostStartTrackAsync(Guid id, Guid trajectory, TrackKind track, CancellationToken cancellationToken) =>
        ChangeTrajectoryAsync(id, trajectory, track, t => t.StartTrack(track, time.Today()), "Dossier.TrackStarted", cancellationToken);

    public Task<IActionResult> OnPostCompleteTrackAsync(Guid id, Guid trajectory, TrackKind track, CancellationToken cancellationToken) =>
        ChangeTrajectoryAsync(id, trajectory, track, t => t.CompleteTrack(track, time.Today()), "Dossier.TrackCompleted", cancellationToken);

    private async Task<IActionResult> ChangeTrajectoryAsync(Guid id, Guid trajectoryId, TrackKind track, Action<Trajectory> change, string confirmation, CancellationToken cancellationToken)
    {
        var newcomerId = new NewcomerId(id);
        if (!await db.Newcomers.EditableBy(User).AnyAsync(n => n.Id == newcomerId, cancellationToken))
        {
            return NotFound();
        }

        // A track that does not bind would otherwise arrive as the enum's default and change the wrong track.
        if (!ModelState.IsValid || !Enum.IsDefined(track))
        {
            TempData[StatusMessage.ErrorKey] = localizer["Validation.UnknownValueInvalid"].Value;
            return Redirect($"/Dossiers/{id}");
        }

        var trajectory = await db.LoadTrajectoryAsync(newcomerId, trajectoryId, cancellationToken);
        if (trajectory is null)
        {
            return NotFound();
        }

        try
        {
            change(trajectory);
            await db.SaveChangesAsync(cancellationToken);
            TempData[StatusMessage.Key] = localizer[confirmation].Value;
        }
        catch (DomainException ex)
        {
            TempData[StatusMessage.ErrorKey] = localizer[$"Error.{ex.Code}", [.. ex.Arguments]].Value;
        }
        catch (DbUpdateConcurrencyException)
        {
            TempData[StatusMessage.ErrorKey] = localizer["Conflict.Dossier"].Value;
        }

        return Redirect($"/Dossiers/{id}");
    }
}
