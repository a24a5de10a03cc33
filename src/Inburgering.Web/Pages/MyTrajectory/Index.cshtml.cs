using Inburgering.Domain.Rules;
using Inburgering.Domain.Trajectories;
using Inburgering.Web.Infrastructure;
using Inburgering.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Inburgering.Web.Pages.MyTrajectory;

/// <summary>
/// "Mijn traject": the newcomer's own four tracks in plain language, what is still needed for the attest,
/// upcoming appointments and deadlines, and how to reach their case worker. Never internal notes.
/// </summary>
public sealed class IndexModel(AppDbContext db, TimeProvider time, FormWriter writer, IStringLocalizer<SharedResource> localizer) : PageModel
{
    /// <summary>A participation activity the case worker noted that the newcomer has not yet signed (its hours do not count yet).</summary>
    public sealed record ToSign(Guid ActionId, DateOnly Date, decimal Hours);

    public sealed record Contact(string CaseWorker, string Office, string? Address, string? Phone, string? Email, Domain.Organisation.Agency Agency);

    /// <summary>A transfer to another agency that waits for its answer: the newcomer reads that they are being handed over.</summary>
    public sealed record HandOver(Domain.Organisation.Agency To, string Municipality);

    /// <param name="Date">The day it happens; <paramref name="StartsAt"/> and <paramref name="Place"/> make it an appointment.</param>
    public sealed record Appointment(TrackKind Track, ActionType Type, DateOnly DueOn, DateOnly Date, TimeOnly? StartsAt, string? Place);

    /// <summary>
    /// What the newcomer may see of their trajectory: statuses, levels, hours and deadlines. The intake (with the
    /// case worker's notes), the statement-of-effort motivation and the actions' notes are not part of it.
    /// </summary>
    public sealed record OwnTrajectory(
        IReadOnlyDictionary<TrackKind, TrackStatus> Tracks,
        CertificateKind? CertificateKind,
        DateOnly? CertificateIssuedOn,
        ObligationClass Obligation,
        DateOnly? OralB1DueOn,
        int SocialOrientationTests,
        CefrLevel DutchLevelReached,
        CefrLevel DutchTargetLevel,
        bool VdabRequired,
        DateOnly? VdabDueOn,
        DateOnly? VdabRegisteredOn,
        decimal ParticipationHours,
        TrajectoryStatus Status,
        ParticipationDuty ParticipationDuty)
    {
        /// <summary>As it stands on <paramref name="today"/>: the class and the participation duty of that day, as on the case worker's page.</summary>
        public static OwnTrajectory From(Trajectory t, DateOnly today) => new(
            Enum.GetValues<TrackKind>().ToDictionary(kind => kind, kind => t.TrackOf(kind).Status),
            t.CertificateKind,
            t.CertificateIssuedOn,
            t.ObligationOn(today),
            t.OralB1DueOn,
            t.SocialOrientationTests.Count,
            t.DutchLanguage.LevelReached,
            t.DutchLanguage.TargetLevel,
            t.Work.VdabRequired,
            t.Work.VdabDueOn,
            t.Work.VdabRegisteredOn,
            t.Participation.Hours,
            t.Status,
            t.ParticipationDutyOn(today));

        /// <summary>After the attest, a statement of effort or a stop there is nothing left to warn about.</summary>
        public bool Closed => Status != TrajectoryStatus.Running;
    }

    public string FirstName { get; private set; } = string.Empty;

    public Contact Reach { get; private set; } = null!;

    public HandOver? Transfer { get; private set; }

    public OwnTrajectory? Integration { get; private set; }

    public CertificateProgress? Progress { get; private set; }

    public IReadOnlyList<Appointment> Upcoming { get; private set; } = [];

    public int OverdueCount => Overdue.Count;

    /// <summary>The tasks whose date has passed: the newcomer sees which ones, not only how many.</summary>
    public IReadOnlyList<Appointment> Overdue { get; private set; } = [];

    /// <summary>Someone outside the integration decree's target group: no intake to wait for.</summary>
    public bool NotInTargetGroup { get; private set; }

    public ReportDuty Report { get; private set; }

    /// <summary>The same legal timeline the case worker sees, put into plain language on the page.</summary>
    public IReadOnlyList<TimelineEntry> Timeline { get; private set; } = [];

    /// <summary>Changes of their plan and moves of their dates, newest first: what changed, never the case worker's reason.</summary>
    public IReadOnlyList<Pages.Dossiers.HistoryRow> PlanAndMoves { get; private set; } = [];

    /// <summary>What the newcomer pays for MO and NT2, in their language.</summary>
    public FeeStatement? Fees { get; private set; }

    public DateOnly? ReportDueOn { get; private set; }

    /// <summary>Where the newcomer was referred: the organisation, the offer, when it starts, whom to contact, its status.</summary>
    public IReadOnlyList<Pages.Referrals.ReferralRow> Referrals { get; private set; } = [];

    public IReadOnlyList<ToSign> HoursToSign { get; private set; } = [];

    public DateOnly Today { get; private set; }

    /// <summary>When an activation code last reset this account's password, until the newcomer has seen it.</summary>
    public DateTime? PasswordResetNotice { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Today = time.Today();
        var userId = User.UserId();
        // One command for the dossier and what the page shows beside it: on a database server each is a round trip.
        var own = await db.Newcomers.AsNoTracking().ReadableBy(User)
            .Select(n => new
            {
                Newcomer = n,
                PasswordResetNotice = db.Users.Where(u => u.Id == userId).Select(u => u.PasswordResetNoticeUtc).FirstOrDefault(),
                Contact = new Contact(
                    db.Users.Where(u => u.Id == n.CaseWorkerId).Select(u => u.DisplayName).First(),
                    db.Offices.Where(o => o.Id == n.OfficeId).Select(o => o.Name).First(),
                    db.Offices.Where(o => o.Id == n.OfficeId).Select(o => o.Address).First(),
                    db.Offices.Where(o => o.Id == n.OfficeId).Select(o => o.Phone).First(),
                    db.Offices.Where(o => o.Id == n.OfficeId).Select(o => o.Email).First(),
                    n.Agency),
                // Scalars, not the row: SQLite has no lateral join, so a row would be numbered over the whole table.
                TransferTo = db.AgencyTransfers.Where(t => t.NewcomerId == n.Id && t.State == Domain.Newcomers.TransferState.Requested)
                    .Select(t => (Domain.Organisation.Agency?)t.To).FirstOrDefault(),
                TransferMunicipality = db.AgencyTransfers.Where(t => t.NewcomerId == n.Id && t.State == Domain.Newcomers.TransferState.Requested)
                    .Select(t => t.Municipality).FirstOrDefault(),

                // No command for what is not there: most newcomers have no plan change and no referral.
                PlanEvents = db.DossierEvents.Any(e => e.NewcomerId == n.Id && Pages.Dossiers.PlanHistory.Types.Contains(e.Type)),
                Referrals = db.Referrals.Any(r => r.NewcomerId == n.Id),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (own is null)
        {
            return NotFound();
        }

        var newcomer = own.Newcomer;
        PasswordResetNotice = own.PasswordResetNotice;
        FirstName = newcomer.Person.FirstName;
        Report = ReportDeadlineRule.State(newcomer.AgencyLetterSentOn, newcomer.ReportDueOn, newcomer.ReportedOn, Today);
        ReportDueOn = newcomer.ReportDueOn;
        Reach = own.Contact;
        Transfer = own.TransferTo is { } to ? new HandOver(to, own.TransferMunicipality ?? string.Empty) : null;
        var integration = await db.Trajectories.AsNoTracking()
            .Include(t => t.SocialOrientationTests)
            .Include(t => t.DutchExams)
            .AsSingleQuery()
            .SingleOrDefaultAsync(t => t.NewcomerId == newcomer.Id && t.Kind == TrajectoryKind.Integration, cancellationToken);
        Integration = integration is null ? null : OwnTrajectory.From(integration, Today);
        Timeline = LegalTimeline.For(newcomer, integration, Today);
        PlanAndMoves = own.PlanEvents ? await Pages.Dossiers.PlanHistory.LoadAsync(db, newcomer.Id, cancellationToken) : [];
        Fees = integration?.Fees(newcomer.FeeRegion(integration));
        Progress = integration?.CertificateProgress(Today);
        NotInTargetGroup = newcomer.Obligation(Today).Class == ObligationClass.NotInTargetGroup;

        // Only what the newcomer needs to know: what, on which track, when. The case worker's notes stay internal.
        // The open tasks and the activities waiting for a signature come in one command: on a server each is a round trip.
        var actions = await (
                from a in db.FollowUpActions
                join t in db.Trajectories on EF.Property<Guid>(a, "TrajectoryId") equals t.Id
                where t.NewcomerId == newcomer.Id
                    && (a.Status == ActionStatus.Open
                        || (t.Status == TrajectoryStatus.Running && a.Type == ActionType.ParticipationActivity
                            && a.Status == ActionStatus.Done && a.HoursConfirmedBy == null))
                orderby a.DueOn, a.StartsAt
                select new { a.Id, a.Status, Appointment = new Appointment(a.Track, a.Type, a.DueOn, a.Date, a.StartsAt, a.Place), a.Hours })
            .ToListAsync(cancellationToken);
        var open = actions.Where(a => a.Status == ActionStatus.Open).Select(a => a.Appointment).ToList();
        Upcoming = [.. open.Where(a => a.DueOn >= Today)];
        Referrals = own.Referrals ? await Pages.Referrals.ReferralRowQuery.ForNewcomerAsync(db, newcomer.Id, cancellationToken) : [];
        HoursToSign = [.. actions.Where(a => a.Status == ActionStatus.Done).Select(a => new ToSign(a.Id, a.Appointment.Date, a.Hours ?? 0)).OrderBy(a => a.Date)];
        Overdue = [.. open.Where(a => a.DueOn < Today)];
        return Page();
    }

    /// <summary>The newcomer signs the hours of an activity they took part in: from now on they count.</summary>
    public async Task<IActionResult> OnPostSignHoursAsync(Guid actionId, CancellationToken cancellationToken)
    {
        var own = await db.Newcomers.ReadableBy(User).Select(n => (Domain.Newcomers.NewcomerId?)n.Id).SingleOrDefaultAsync(cancellationToken);
        var trajectory = own is { } id ? await db.LoadTrajectoryAsync(id, null, cancellationToken) : null;
        if (trajectory is null || trajectory.Actions.All(a => a.Id != actionId))
        {
            return NotFound();
        }

        if (await writer.SaveOrReportAsync(this, () => trajectory.SignHours(actionId, User.DisplayName(), time.Today()), cancellationToken))
        {
            TempData[StatusMessage.Key] = localizer["MyTrajectory.HoursSigned"].Value;
        }

        return RedirectToPage(null, null, null, "sign-hours");
    }

    public async Task<IActionResult> OnPostNoticeSeenAsync(CancellationToken cancellationToken)
    {
        var userId = User.UserId();
        await db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(u => u.SetProperty(x => x.PasswordResetNoticeUtc, (DateTime?)null), cancellationToken);
        return RedirectToPage();
    }

    /// <summary>The day (in Belgium) a change was saved.</summary>
    public static DateOnly DayOf(DateTime utc) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(utc, Localization.Format.Brussels));

    public Appointment? NextFor(TrackKind track) => Upcoming.FirstOrDefault(a => a.Track == track);

    public static decimal RequiredHours => ParticipationRule.RequiredHours;
}
