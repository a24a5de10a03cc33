using Inburgering.Domain.Common;

namespace Inburgering.Domain.Trajectories;

/// <summary>
/// The rules a trajectory (intake, tracks, actions, exams, attest) can refuse a change with, each with the field
/// it is about, so a form shows the message next to that field.
/// </summary>
public static class TrajectoryErrors
{
    private const string Date = nameof(ActionDetails.Date);
    private const string Track = nameof(ActionDetails.Track);
    private const string Hours = nameof(ActionDetails.Hours);

    public static DomainError NotInTargetGroup() => new("NotInTargetGroup");

    public static DomainError VdabRequiresWorkPermission() => new("VdabRequiresWorkPermission", nameof(TrackPlan.VdabRequired));

    public static DomainError FollowUpNeedsCertificate() => new("FollowUpNeedsCertificate");

    public static DomainError DateBeforeCertificate() => new("DateBeforeCertificate");

    public static DomainError GoalRequired() => new("GoalRequired", nameof(Trajectory.Goal));

    public static DomainError ParticipantMismatch() => new("ParticipantMismatch");

    public static DomainError TrajectoryCompleted() => new("TrajectoryCompleted");

    public static DomainError TrackNotStartable() => new("TrackNotStartable", Track);

    public static DomainError TrackNotRunning() => new("TrackNotRunning", Track);

    public static DomainError TrackAlreadyCompleted() => new("TrackAlreadyCompleted", Track);

    public static DomainError TrackCompletesByExam() => new("TrackCompletesByExam", Track);

    public static DomainError ParticipationHoursNotReached(decimal requiredHours) => new("ParticipationHoursNotReached", null, requiredHours);

    public static DomainError DateBeforeTrajectory() => new("DateBeforeTrajectory", Date);

    public static DomainError DateTooFarAhead(int months) => new("DateTooFarAhead", Date, months);

    public static DomainError DoneActionInFuture() => new("DoneActionInFuture", Date);

    public static DomainError ActionNotFound() => new("ActionNotFound");

    public static DomainError ActionCancelled() => new("ActionCancelled");

    public static DomainError OnlyOpenActionsCancel() => new("OnlyOpenActionsCancel");

    public static DomainError DueBeforeDate() => new("DueBeforeDate", nameof(ActionDetails.DueOn));

    public static DomainError PartnerRequired() => new("PartnerRequired", nameof(ActionDetails.Partner));

    public static DomainError ParticipationActivityOnParticipationTrack() => new("ParticipationActivityOnParticipationTrack", Track);

    public static DomainError HoursOutOfRange(decimal maxHours) => new("HoursOutOfRange", Hours, maxHours);

    public static DomainError HoursOnlyForParticipation() => new("HoursOnlyForParticipation", Hours);

    public static DomainError NoteTooLong() => new("NoteTooLong", nameof(ActionDetails.Note));

    public static DomainError PlaceTooLong() => new("PlaceTooLong", nameof(ActionDetails.Place));

    public static DomainError StartsAtRequiredWithPlace() => new("StartsAtRequiredWithPlace", nameof(ActionDetails.StartsAt));

    public static DomainError OutcomeTooLong() => new("OutcomeTooLong", nameof(FollowUpAction.Outcome));

    public static DomainError CompletedOnInFuture() => new("CompletedOnInFuture", nameof(FollowUpAction.CompletedOn));

    public static DomainError CompletedBeforeDate() => new("CompletedBeforeDate", nameof(FollowUpAction.CompletedOn));

    public static DomainError IntakeDateInFuture() => new("IntakeDateInFuture", nameof(Intake.CompletedOn));

    public static DomainError IntakeGoalRequired() => new("GoalRequired", nameof(Intake.Goals));

    public static DomainError WorkExperienceTooLong() => new("WorkExperienceTooLong", nameof(Intake.WorkExperience));

    public static DomainError NotesTooLong() => new("NotesTooLong", nameof(Intake.Notes));

    public static DomainError CourseLanguageTooLong() => new("CourseLanguageTooLong", nameof(SocialOrientationTrack.CourseLanguage));

    public static DomainError TargetLevelRequired() => new("TargetLevelRequired", nameof(DutchLanguageTrack.TargetLevel));

    public static DomainError ExamDateInFuture() => new("ExamDateInFuture", Date);

    public static DomainError ExamLevelRequired() => new("ExamLevelRequired", nameof(DutchExamResult.Level));

    public static DomainError NoTestBeforeRules(DateOnly firstRulesFrom) => new("NoTestBeforeRules", Date, firstRulesFrom);

    public static DomainError PracticalScoreOutOfRange(int questions) => new("PracticalScoreOutOfRange", nameof(SocialOrientationTestResult.PracticalScore), questions);

    public static DomainError ValuesScoreOutOfRange(int questions) => new("ValuesScoreOutOfRange", nameof(SocialOrientationTestResult.ValuesScore), questions);

    public static DomainError CertificateOnlyForIntegration() => new("CertificateOnlyForIntegration");

    public static DomainError CertificateConditionsMissing() => new("CertificateConditionsMissing");

    public static DomainError MotivationRequired() => new("MotivationRequired", "Motivation");

    public static DomainError EffortNotNeeded() => new("EffortNotNeeded");

    public static DomainError EffortNeedsAttempt() => new("EffortNeedsAttempt");

    public static DomainError ReasonRequired() => new("ReasonRequired", "Reason");

    public static DomainError FeeNothingDue() => new("FeeNothingDue");

    public static DomainError FeeExemptionRequired() => new("FeeExemptionRequired", "Exemption");

    public static DomainError FeeAlreadyExempt() => new("FeeAlreadyExempt", "Exemption");

    public static DomainError FeePartInvalid() => new("FeePartInvalid", "Part");

    public static DomainError FeePaidInFuture() => new("FeePaidInFuture", "PaidOn");

    public static DomainError FeePaidBeforeContract() => new("FeePaidBeforeContract", "PaidOn");

    public static DomainError FeeAmountInvalid(decimal outstanding) => new("FeeAmountInvalid", "Amount", outstanding);

    public static DomainError SituationUnchanged() => new("SituationUnchanged", "Working");

    public static DomainError StopReasonRequired() => new("StopReasonRequired", "Reason");

    public static DomainError StopDateInFuture() => new("StopDateInFuture", "StoppedOn");

    public static DomainError StopDateBeforeTrajectory() => new("StopDateBeforeTrajectory", "StoppedOn");

    public static DomainError OralExamOnly() => new("OralExamOnly", nameof(DutchExamResult.Mode));

    public static DomainError CertificateDateInFuture() => new("CertificateDateInFuture", "IssuedOn");

    public static DomainError CertificateDateBeforeTrajectory() => new("CertificateDateBeforeTrajectory", "IssuedOn");

    public static DomainError PlanChangeOnlyForIntegration() => new("PlanChangeOnlyForIntegration");

    public static DomainError TrackInPlan() => new("TrackInPlan", "Change");

    public static DomainError TrackNotInPlan() => new("TrackNotInPlan", "Change");

    public static DomainError TrackStopCompleted() => new("TrackStopCompleted", "Change");

    public static DomainError ObjectiveUnchanged() => new("ObjectiveUnchanged", "Change");

    public static DomainError ParticipationHasNoObjective() => new("ParticipationHasNoObjective", "Change");

    public static DomainError TargetBelowCertificate(CefrLevel level) => new("TargetBelowCertificate", nameof(TrackObjective.TargetLevel), level);

    public static DomainError OralExamForLiteracyLearners() => new("OralExamForLiteracyLearners", nameof(TrackObjective.OralExam));

    public static DomainError HoursNotConfirmable() => new("HoursNotConfirmable");

    public static DomainError HoursAlreadyConfirmed() => new("HoursAlreadyConfirmed");
}
