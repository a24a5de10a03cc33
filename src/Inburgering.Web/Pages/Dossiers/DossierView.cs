using Inburgering.Domain.History;
using Inburgering.Domain.Newcomers;
using Inburgering.Domain.Rules;
using Inburgering.Domain.Trajectories;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Web.Pages.Dossiers;

/// <summary>Everything the dossier page shows, read in a fixed number of queries.</summary>
public sealed record DossierView(
    DossierHeader Header,
    ObligationAssessment Obligation,
    WorkPermission WorkPermission,
    ReportDutyView Report,
    IReadOnlyList<TrajectoryView> Trajectories,
    IReadOnlyList<ActionRow> OpenActions,
    IReadOnlyList<ActionRow> Timeline,
    int TimelineTotal,
    int TimelinePage,
    IReadOnlyList<HistoryRow> History,
    int HistoryTotal,
    int HistoryPage,
    NewcomerAccess Access,
    bool Editable)
{
    public TrajectoryView? Integration => Trajectories.FirstOrDefault(t => t.Kind == TrajectoryKind.Integration);

    /// <summary>The next day the class changes (e.g. the 65th birthday), so the page can say it ahead.</summary>
    public (DateOnly On, ObligationClass Class)? NextObligationChange { get; init; }

    /// <summary>Anonymised by the retention job or an erasure: nothing can be asked for it any more (a transfer, ADR 0007).</summary>
    public bool Anonymised { get; init; }

    /// <summary>Whether a transfer to another agency was ever asked for: only then is its banner read.</summary>
    public bool HasTransfers { get; init; }

    public IReadOnlyList<Domain.Enforcement.EnforcementNotice> Enforcement { get; init; } = [];

    /// <summary>Every date the law attaches to this person (<see cref="Domain.Rules.LegalTimeline"/>).</summary>
    public IReadOnlyList<TimelineEntry> LegalTimeline { get; init; } = [];

    /// <summary>The contribution for MO and NT2 of the integration trajectory (<see cref="Trajectory.Fees"/>).</summary>
    public FeeStatement? Fees { get; init; }

    /// <summary>The referrals to partners, newest first, with their steps.</summary>
    public IReadOnlyList<Pages.Referrals.ReferralRow> Referrals { get; init; } = [];

    /// <summary>Changes of plan and moves of the legal timeline, newest first (<see cref="PlanHistory"/>).</summary>
    public IReadOnlyList<HistoryRow> PlanAndMoves { get; init; } = [];

    public TrajectoryView? RunningFollowUp => Trajectories.LastOrDefault(t => t.Kind == TrajectoryKind.FollowUp && t.Status == TrajectoryStatus.Running);
}

public sealed record DossierHeader(
    NewcomerId Id,
    string Number,
    PersonalData Person,
    Residence Residence,
    string CaseWorker,
    string Office,
    DateOnly RegisteredOn);

public sealed record TrajectoryView(
    Guid Id,
    TrajectoryKind Kind,
    TrajectoryStatus Status,
    DateOnly StartedOn,
    ObligationClass Obligation,
    Intake Intake,
    string? Goal,
    IReadOnlyList<Track> Tracks,
    SocialOrientationTrack SocialOrientation,
    DutchLanguageTrack DutchLanguage,
    WorkTrack Work,
    ParticipationTrack Participation,
    IReadOnlyList<SocialOrientationTestResult> SocialOrientationTests,
    IReadOnlyList<DutchExamResult> DutchExams,
    CertificateProgress Progress,
    CertificateKind? CertificateKind,
    DateOnly? CertificateIssuedOn,
    DateOnly? OralB1DueOn,
    ParticipationDuty ParticipationDuty,
    DateOnly? CompletedOn,
    StopReason? StopReason,
    bool Working,
    bool Studying)
{
    /// <summary>Reads the trajectory as it stands on <paramref name="today"/>: the participation duty and the attest's conditions are asked for that day.</summary>
    public static TrajectoryView From(Trajectory t, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(t);
        return new(
            t.Id,
            t.Kind,
            t.Status,
            t.StartedOn,
            t.Obligation,
            t.Intake,
            t.Goal,
            [.. Enum.GetValues<TrackKind>().Select(t.TrackOf)],
            t.SocialOrientation,
            t.DutchLanguage,
            t.Work,
            t.Participation,
            [.. t.SocialOrientationTests.OrderBy(r => r.Date)],
            [.. t.DutchExams.OrderBy(r => r.Date)],
            t.CertificateProgress(today),
            t.CertificateKind,
            t.CertificateIssuedOn,
            t.OralB1DueOn,
            t.ParticipationDutyOn(today),
            t.CompletedOn,
            t.StopReason,
            t.Working,
            t.Studying);
    }

    public bool OralB1Reached => DutchExams.Any(e => e.Passed && e.Level >= CefrLevel.B1);

    public Track TrackOf(TrackKind kind) => Tracks[(int)kind];
}

public sealed record ActionRow(
    Guid Id,
    Guid TrajectoryId,
    TrajectoryKind TrajectoryKind,
    TrackKind Track,
    ActionType Type,
    Partner? Partner,
    DateOnly Date,
    DateOnly DueOn,
    ActionStatus Status,
    DateOnly? CompletedOn,
    string? Outcome,
    string? Note,
    decimal? Hours,
    HoursConfirmer? HoursConfirmedBy,
    string? HoursConfirmedByName,
    TimeOnly? StartsAt,
    string? Place)
{
    public bool IsOverdue(DateOnly today) => Status == ActionStatus.Open && DueOn < today;
}

public sealed record HistoryRow(DateTime OccurredAtUtc, string ActorName, DossierChange Change);

/// <param name="Invitation">The state of the latest activation code, if any, and when it expires.</param>
public sealed record NewcomerAccess(string? UserName, InvitationState? Invitation, DateTime? ExpiresAtUtc);

/// <summary>The agency's letter and the duty to report (<see cref="ReportDeadlineRule"/>).</summary>
public sealed record ReportDutyView(DateOnly? LetterSentOn, DateOnly? DueOn, DateOnly? ReportedOn, ReportDuty State);

/// <summary>The history events the track cards and the legal timeline show: plan changes and moved dates.</summary>
public static class PlanHistory
{
    /// <summary>Enough for any real dossier; the full history stays on the history list.</summary>
    public const int Size = 50;

    /// <summary>The history events it shows.</summary>
    public static readonly string[] Types = [nameof(TrackAdded), nameof(TrackStopped), nameof(TrackObjectiveChanged), nameof(LegalDatesMoved)];

    public static Task<List<HistoryRow>> LoadAsync(AppDbContext db, NewcomerId id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.DossierEvents.AsNoTracking()
            .Where(e => e.NewcomerId == id && Types.Contains(e.Type))
            .OrderByDescending(e => e.OccurredAtUtc).ThenBy(e => e.Id)
            .Take(Size)
            .Select(e => new HistoryRow(e.OccurredAtUtc, e.ActorName, e.Change))
            .ToListAsync(cancellationToken);
    }
}

/// <summary>The legal timeline with what moved on it and why (the <see cref="LegalDatesMoved"/> events, newest first).</summary>
public sealed record LegalTimelineView(IReadOnlyList<TimelineEntry> Entries, IReadOnlyList<HistoryRow> History, DateOnly Today)
{
    /// <summary>The shown size of the "what moved" list; older moves stay in the history.</summary>
    public const int MovesShown = 10;

    public IReadOnlyList<(HistoryRow Row, LegalDatesMoved Moved)> Moves =>
        [.. History.Select(r => (Row: r, Moved: r.Change as LegalDatesMoved)).Where(x => x.Moved is not null).Take(MovesShown).Select(x => (x.Row, x.Moved!))];

    /// <summary>The latest move that brought <paramref name="entry"/> where it is now, if one did.</summary>
    public (TimelineMove Move, HistoryRow Row, LegalDatesMoved Moved)? MovedTo(TimelineEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        foreach (var (row, moved) in Moves)
        {
            var move = moved.Moves.FirstOrDefault(m => m.Kind == entry.Kind && !m.Appeared && m.To == entry.On
                && (entry.Kind is not (TimelineKind.ObligationChanges or TimelineKind.ParticipationDuty or TimelineKind.Fee or TimelineKind.MayWorkFrom) || m.ToValue == entry.Value));
            if (move is not null)
            {
                return (move, row, moved);
            }
        }

        return null;
    }
}
