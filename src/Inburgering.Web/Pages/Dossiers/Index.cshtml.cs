using Inburgering.Data.Audit;
using Inburgering.Domain.Trajectories;
using Inburgering.Web.Infrastructure;
using Inburgering.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Inburgering.Web.Pages.Dossiers;

/// <summary>The dossier: the four tracks side by side, attest progress, deadlines, actions and history.</summary>
public sealed class IndexModel(AppDbContext db, FormWriter writer, TimeProvider time, IStringLocalizer<SharedResource> localizer, IConfiguration configuration) : DossierPageModel
{
    /// <summary>Days a partner has to answer a referral before it shows as overdue.</summary>
    public int ReferralAnswerDays => Pages.Referrals.ReferralRules.AnswerDays(configuration);

    public DossierView View { get; private set; } = null!;

    public DateOnly Today { get; private set; }

    [BindProperty(SupportsGet = true, Name = "actions")]
    public int TimelinePage { get; set; } = 1;

    [BindProperty(SupportsGet = true, Name = "history")]
    public int HistoryPage { get; set; } = 1;

    /// <summary>For a coordinator: the case workers of the agency this dossier can be handed to.</summary>
    public IReadOnlyList<Team.CaseWorkerOption> ReassignTo { get; private set; } = [];

    /// <summary>Shown to coordinators: who read this dossier lately (the newest first).</summary>
    public IReadOnlyList<AccessRow> AccessLog { get; private set; } = [];

    public sealed record AccessRow(DateTime AtUtc, string UserName, string Role, AccessKind Kind, AccessPurpose Purpose, bool Unusual);

    public const int AccessLogRows = 25;

    /// <summary>An open transfer to another agency, or its refusal (ADR 0007); null otherwise.</summary>
    public Transfers.TransferBanner? Transfer { get; private set; }

    /// <summary>The dossier's case worker or a coordinator of its agency may ask another agency to take it over.</summary>
    public bool MayRequestTransfer { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Today = time.Today();
        var view = await DossierQuery.LoadAsync(db, User, Dossier.Id, TimelinePage, HistoryPage, Today, time.UtcNow(), cancellationToken);
        if (view is null)
        {
            return NotFound();
        }

        View = view;
        Transfer = view.HasTransfers ? await Transfers.TransferBanner.LatestAsync(db, Dossier.Id, cancellationToken) : null;
        MayRequestTransfer = (view.Editable || User.IsInRole(Roles.Coordinator)) && Transfer?.IsOpen != true && !view.Anonymised;
        if (User.IsInRole(Roles.Coordinator))
        {
            ReassignTo = await Team.AgencyCaseWorkers.ListAsync(db, User.Agency(), cancellationToken);
            AccessLog = await db.AccessLog.AsNoTracking()
                .Where(e => e.NewcomerId == Dossier.Id)
                .OrderByDescending(e => e.AtUtc)
                .Take(AccessLogRows)
                .Select(e => new AccessRow(e.AtUtc, e.UserName, e.Role, e.Kind, e.Purpose, e.Unusual))
                .ToListAsync(cancellationToken);
        }

        return Page();
    }

    /// <summary>Starts a track of the plan that did not start at the intake (tracks run in parallel).</summary>
    public Task<IActionResult> OnPostStartTrackAsync(Guid trajectory, TrackKind track, CancellationToken cancellationToken) =>
        ChangeTrajectoryAsync(trajectory, track, t => t.StartTrack(track, time.Today()), "Dossier.TrackStarted", cancellationToken);

    public Task<IActionResult> OnPostCompleteTrackAsync(Guid trajectory, TrackKind track, CancellationToken cancellationToken) =>
        ChangeTrajectoryAsync(trajectory, track, t => t.CompleteTrack(track, time.Today()), "Dossier.TrackCompleted", cancellationToken);

    /// <summary>A track or trajectory that does not bind: the buttons have no form to show a message in.</summary>
    public override Task<IActionResult> RedisplayAsync(CancellationToken cancellationToken) => Task.FromResult<IActionResult>(Refused());

    private async Task<IActionResult> ChangeTrajectoryAsync(Guid trajectoryId, TrackKind track, Action<Trajectory> change, string confirmation, CancellationToken cancellationToken)
    {
        // A track that does not bind would otherwise arrive as the enum's default and change the wrong track.
        if (!Enum.IsDefined(track))
        {
            return Refused();
        }

        var trajectory = await db.LoadTrajectoryAsync(Dossier.Id, trajectoryId, cancellationToken);
        if (trajectory is null)
        {
            return NotFound();
        }

        return await writer.SaveOrReportAsync(this, () => change(trajectory), cancellationToken) ? BackToDossier(localizer[confirmation]) : BackToDossier();
    }

    private RedirectToPageResult Refused()
    {
        TempData[StatusMessage.ErrorKey] = localizer["Validation.UnknownValueInvalid"].Value;
        return BackToDossier();
    }
}
