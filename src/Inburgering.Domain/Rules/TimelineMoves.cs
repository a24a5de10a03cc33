using Inburgering.Domain.History;
using Inburgering.Domain.Newcomers;
using Inburgering.Domain.Trajectories;

namespace Inburgering.Domain.Rules;

/// <summary>The fact whose change moved a date of the legal timeline (what the newcomer reads as "because ...").</summary>
public enum TimelineCause
{
    BirthDate,
    Nationality,
    PermanentlyUnable,
    Municipality,
    Residence,
    AgencyLetter,
    Contract,
    Certificate,
    Situation,
    Plan,
    Fee,
    Other,
}

/// <summary>One date (or what it says) of the legal timeline before and after a change; null where it did not exist.</summary>
public sealed record TimelineMove(TimelineKind Kind, DateOnly? From, DateOnly? To, string? FromValue, string? ToValue)
{
    public bool Appeared => From is null && FromValue is null;

    public bool Disappeared => To is null && ToValue is null;
}

/// <summary>
/// What moved on the legal timeline when a fact changed: the timeline is computed by the same rules before and after the
/// change (<see cref="LegalTimeline.For"/>), and only the dates the rules derive are compared, never the facts themselves
/// (a contract, an attest, a report or a stop is the fact, not a consequence). No rule of its own: the sources and
/// "applies from" dates are those of the rules the timeline asks.
/// </summary>
public static class TimelineMoves
{
    /// <summary>The derived entries and whether what they say (a class, a reason, an amount) counts as well as their date.</summary>
    private static readonly Dictionary<TimelineKind, bool> Derived = new()
    {
        [TimelineKind.MayWorkFrom] = true,
        [TimelineKind.ObligationChanges] = true,
        [TimelineKind.ReportDeadline] = false,
        [TimelineKind.ParticipationDuty] = true,
        [TimelineKind.Fee] = true,
        [TimelineKind.VdabRegistrationDue] = false,
        [TimelineKind.OralB1Due] = false,
    };

    /// <summary>Entries of one kind are paired in date order; an entry without a partner appeared or disappeared.</summary>
    public static IReadOnlyList<TimelineMove> Between(IReadOnlyList<TimelineEntry> before, IReadOnlyList<TimelineEntry> after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var moves = new List<TimelineMove>();
        foreach (var (kind, valueCounts) in Derived)
        {
            var was = before.Where(e => e.Kind == kind).ToList();
            var now = after.Where(e => e.Kind == kind).ToList();
            for (var i = 0; i < Math.Max(was.Count, now.Count); i++)
            {
                var from = i < was.Count ? was[i] : null;
                var to = i < now.Count ? now[i] : null;
                var changed = from is null || to is null || from.On != to.On || (valueCounts && from.Value != to.Value);
                if (changed)
                {
                    moves.Add(new TimelineMove(kind, from?.On, to?.On, from is null ? null : from.Value ?? string.Empty, to is null ? null : to.Value ?? string.Empty));
                }
            }
        }

        return moves;
    }

    /// <summary>The facts among the recorded changes that the legal timeline reads; <see cref="TimelineCause.Other"/> when none is known.</summary>
    public static IReadOnlyList<TimelineCause> CausesOf(IEnumerable<DossierChange> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var causes = changes.SelectMany(change => change switch
        {
            PersonalDataChanged c => c.Fields.Select(field => field switch
            {
                "BirthDate" => TimelineCause.BirthDate,
                "Nationality" => TimelineCause.Nationality,
                "PermanentlyUnable" => TimelineCause.PermanentlyUnable,
                "Municipality" => TimelineCause.Municipality,
                _ => (TimelineCause?)null,
            }),
            ResidenceChanged => [TimelineCause.Residence],
            TransferAccepted => [TimelineCause.Municipality],
            AgencyLetterRecorded => [TimelineCause.AgencyLetter],
            IntakeCompleted => [TimelineCause.Contract],
            CertificateIssued or StatementOfEffortIssued => [TimelineCause.Certificate],
            SituationChanged => [TimelineCause.Situation],
            TrackAdded or TrackStopped or TrackObjectiveChanged or TrackStarted => [TimelineCause.Plan],
            FeeExemptionRecorded or FeePaymentRecorded => [TimelineCause.Fee],
            _ => [],
        }).OfType<TimelineCause>().Distinct().ToList();
        return causes.Count > 0 ? causes : [TimelineCause.Other];
    }
}

/// <summary>
/// Watches one dossier through a change: the legal timeline before, then after, and what moved recorded on the dossier
/// with the facts the change recorded as the cause. Computing both timelines with the rules (rather than storing each
/// date's previous value in every fact's own event) keeps one source for the dates and catches every rule that reads
/// the changed fact, also one added later.
/// </summary>
public sealed class TimelineWatch
{
    private readonly Newcomer _newcomer;
    private readonly Trajectory? _integration;
    private readonly DateOnly _today;
    private readonly IReadOnlyList<TimelineEntry> _before;
    private readonly int _newcomerChanges;
    private readonly int _trajectoryChanges;

    /// <param name="integration">The integration trajectory as it is before the change; null when there is none yet
    /// (a trajectory the change creates is the contract itself, not a move).</param>
    public TimelineWatch(Newcomer newcomer, Trajectory? integration, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(newcomer);
        _newcomer = newcomer;
        _integration = integration;
        _today = today;
        _before = LegalTimeline.For(newcomer, integration, today);
        _newcomerChanges = newcomer.Changes.Count;
        _trajectoryChanges = integration?.Changes.Count ?? 0;
    }

    /// <summary>After the change: records what moved (nothing when nothing did) and returns it.</summary>
    public IReadOnlyList<TimelineMove> Finish()
    {
        // The trajectory reads the dossier's obligation schedule from its copy (ADR 0004): take it over first.
        _integration?.Follow(_newcomer.Participant);
        var moves = TimelineMoves.Between(_before, LegalTimeline.For(_newcomer, _integration, _today));
        if (moves.Count > 0)
        {
            var recorded = _newcomer.Changes.Skip(_newcomerChanges).Concat(_integration?.Changes.Skip(_trajectoryChanges) ?? []);
            _newcomer.RecordLegalDatesMoved(moves, TimelineMoves.CausesOf(recorded));
        }

        return moves;
    }
}
