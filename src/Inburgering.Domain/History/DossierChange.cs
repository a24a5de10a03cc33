using Inburgering.Domain.Enforcement;
using Inburgering.Domain.Rules;
using Inburgering.Domain.Trajectories;

namespace Inburgering.Domain.History;

/// <summary>
/// What changed in a dossier, as a typed event; who and when are added when it is saved. Events name fields, tracks,
/// types and outcomes, never a copy of personal data (a reassignment's reason is the one free text).
/// Events that carry a list compare it by content, so two equal changes are equal events.
/// </summary>
public abstract record DossierChange
{
    /// <summary>The event's name as stored and localized ("DossierEventType.{Type}").</summary>
    public string Type => GetType().Name;
}

public sealed record Registered : DossierChange;

/// <param name="Fields">Names of the personal data fields that changed, not their values.</param>
public sealed record PersonalDataChanged(IReadOnlyList<string> Fields) : DossierChange
{
    public bool Equals(PersonalDataChanged? other) => other is not null && Fields.SequenceEqual(other.Fields);

    public override int GetHashCode() => Fields.Count;
}

/// <param name="Fields">Names of the residence fields that changed, not their values.</param>
public sealed record ResidenceChanged(IReadOnlyList<string> Fields) : DossierChange
{
    public bool Equals(ResidenceChanged? other) => other is not null && Fields.SequenceEqual(other.Fields);

    public override int GetHashCode() => Fields.Count;
}

public sealed record Reassigned(string Reason) : DossierChange;

/// <param name="Reason">The sending agency's reason (free text, like a reassignment's).</param>
public sealed record TransferRequested(Organisation.Agency To, string Reason) : DossierChange;

/// <param name="Reason">Why the receiving agency did not take the dossier.</param>
public sealed record TransferRefused(Organisation.Agency By, string Reason) : DossierChange;

/// <param name="MovedOn">When the newcomer moved to the receiving agency's territory.</param>
public sealed record TransferAccepted(Organisation.Agency From, Organisation.Agency To, DateOnly MovedOn) : DossierChange;

public sealed record IntakeCompleted(IReadOnlyList<TrackKind> Tracks) : DossierChange
{
    public bool Equals(IntakeCompleted? other) => other is not null && Tracks.SequenceEqual(other.Tracks);

    public override int GetHashCode() => Tracks.Count;
}

public sealed record TrackStarted(TrackKind Track) : DossierChange;

public sealed record TrackCompleted(TrackKind Track) : DossierChange;

/// <summary>A track put (back) into the plan after the contract, with the case worker's reason.</summary>
public sealed record TrackAdded(TrackKind Track, string Reason) : DossierChange;

/// <summary>A track taken out of the plan before it reached its objective, with the reason.</summary>
public sealed record TrackStopped(TrackKind Track, string Reason) : DossierChange;

/// <param name="Objective">The track's new objective (only the parts that track reads matter).</param>
public sealed record TrackObjectiveChanged(TrackKind Track, TrackObjective Objective, string Reason) : DossierChange;

public sealed record ActionLogged(ActionType Action) : DossierChange;

public sealed record ActionUpdated(ActionType Action) : DossierChange;

public sealed record ActionCompleted(ActionType Action) : DossierChange;

public sealed record ActionCancelled(ActionType Action) : DossierChange;

public sealed record SocialOrientationTestRecorded(bool Passed) : DossierChange;

/// <param name="Mode">Written or oral; unknown for exams recorded before the history was typed.</param>
public sealed record DutchExamRecorded(CefrLevel Level, ExamMode? Mode, bool Passed) : DossierChange;

public sealed record CertificateIssued : DossierChange;

public sealed record StatementOfEffortIssued : DossierChange;

public sealed record FollowUpTrajectoryOpened(Perspective Perspective) : DossierChange;

/// <param name="Reason">Why the case worker made a code for an account that already exists (a password reset).</param>
public sealed record InvitationCreated(string? Reason = null) : DossierChange;

public sealed record InvitationRevoked : DossierChange;

/// <param name="PasswordReset">An existing account got a new password, rather than a new account being made.</param>
/// <param name="IssuedBy">The case worker who made the code: a reset is theirs, not the system's.</param>
public sealed record AccountActivated(bool PasswordReset, string? IssuedBy = null) : DossierChange;

public sealed record DataExported(string Format) : DossierChange;

public sealed record AgencyLetterRecorded : DossierChange;

/// <param name="Late">Reported after the deadline of <c>ReportDeadlineRule</c>.</param>
public sealed record ReportedToAgency(bool Late) : DossierChange;

/// <param name="Working">Has work now.</param>
/// <param name="Studying">Studies now.</param>
public sealed record SituationChanged(bool Working, bool Studying, string Reason) : DossierChange;

public sealed record TrajectoryStopped(StopReason Reason) : DossierChange;

public sealed record EnforcementNotified(EnforcementReason Reason) : DossierChange;

public sealed record EnforcementDecided(EnforcementOutcome Outcome) : DossierChange;

public sealed record FeeExemptionRecorded(FeeExemption Exemption) : DossierChange;

/// <param name="Amount">The amount paid (money, not personal data).</param>
public sealed record FeePaymentRecorded(TrackKind Part, decimal Amount) : DossierChange;

/// <summary>Participation hours confirmed by the organisation or signed by the newcomer.</summary>
public sealed record HoursConfirmed(decimal Hours, HoursConfirmer By) : DossierChange;

public sealed record ReferralSent(TrackKind Track) : DossierChange;

public sealed record ReferralStatusChanged(Partners.ReferralStatus Status) : DossierChange;

/// <summary>
/// Dates of the legal timeline that moved when a fact changed (recorded in the same save as that fact's own event), with
/// what they were and are now and which facts caused it (<see cref="TimelineMoves"/>).
/// </summary>
public sealed record LegalDatesMoved(IReadOnlyList<TimelineMove> Moves, IReadOnlyList<TimelineCause> Causes) : DossierChange
{
    public bool Equals(LegalDatesMoved? other) => other is not null && Moves.SequenceEqual(other.Moves) && Causes.SequenceEqual(other.Causes);

    public override int GetHashCode() => Moves.Count;
}
