using Inburgering.Domain.Common;
using Inburgering.Domain.History;
using Inburgering.Domain.Newcomers;
using Inburgering.Domain.Organisation;
using Inburgering.Domain.Rules;

namespace Inburgering.Domain.Trajectories;

/// <summary>
/// A newcomer's trajectory: the intake, the four tracks that run in parallel, the follow-up actions,
/// exam results and, at the end, the attest. The milestone dates are kept here (derived from the
/// actions on every change) so that caseload lists and reports can filter and group in SQL.
/// </summary>
public sealed class Trajectory : IRecordsChanges
{
    public const int GoalMaxLength = 500;
    public const int MotivationMaxLength = 2000;

    /// <summary>Actions further ahead than this are almost always a typing error in the year.</summary>
    private const int MaxMonthsAhead = 12;

    private readonly List<FollowUpAction> _actions = [];
    private readonly List<SocialOrientationTestResult> _socialOrientationTests = [];
    private readonly List<DutchExamResult> _dutchExams = [];
    private readonly List<DossierChange> _changes = [];

    private Trajectory()
    {
        CaseWorkerId = null!;
        Municipality = string.Empty;
        Intake = null!;
        Obligations = ObligationSchedule.Constant(ObligationClass.Entitled);
        SocialOrientation = new SocialOrientationTrack();
        DutchLanguage = new DutchLanguageTrack();
        Work = new WorkTrack();
        Participation = new ParticipationTrack();
    }

    public Guid Id { get; private set; }

    public NewcomerId NewcomerId { get; private set; }

    /// <summary>The participant's agency, office, case worker and gender, kept equal to the dossier (see <see cref="Follow"/>).</summary>
    public Agency Agency { get; private set; }

    public Guid OfficeId { get; private set; }

    public string CaseWorkerId { get; private set; }

    public Gender Gender { get; private set; }

    /// <summary>The municipality the newcomer lives in, copied like the agency: the local government's figures count by it (ADR 0008).</summary>
    public string Municipality { get; private set; }

    public TrajectoryKind Kind { get; private set; }

    public TrajectoryStatus Status { get; private set; }

    public DateOnly StartedOn { get; private set; }

    public DateOnly? CompletedOn { get; private set; }

    /// <summary>The class when the contract was made (reports count starts per class with it); for any other day ask <see cref="ObligationOn"/>.</summary>
    public ObligationClass Obligation { get; private set; }

    /// <summary>The dossier's obligation schedule, copied like the agency and case worker (ADR 0004) so lists filter on it alone.</summary>
    public ObligationSchedule Obligations { get; private set; }

    /// <summary>The newcomer works now: the participation duty reads it (first from the intake, then <see cref="ChangeSituation"/>).</summary>
    public bool Working { get; private set; }

    public bool Studying { get; private set; }

    /// <summary>Why a trajectory was stopped before its end (<see cref="TrajectoryStatus.Stopped"/>).</summary>
    public StopReason? StopReason { get; private set; }

    public Intake Intake { get; private set; }

    /// <summary>For a follow-up trajectory: the goal it works towards.</summary>
    public string? Goal { get; private set; }

    public SocialOrientationTrack SocialOrientation { get; private set; }

    public DutchLanguageTrack DutchLanguage { get; private set; }

    public WorkTrack Work { get; private set; }

    public ParticipationTrack Participation { get; private set; }

    public CertificateKind? CertificateKind { get; private set; }

    /// <summary>Why no contribution is paid for MO and NT2 (<see cref="Fees"/>), with the case worker's reason.</summary>
    public FeeExemption? FeeExemption { get; private set; }

    public string? FeeExemptionReason { get; private set; }

    public decimal SocialOrientationFeePaid { get; private set; }

    public DateOnly? SocialOrientationFeePaidOn { get; private set; }

    public decimal DutchLanguageFeePaid { get; private set; }

    public DateOnly? DutchLanguageFeePaidOn { get; private set; }

    public DateOnly? CertificateIssuedOn { get; private set; }

    /// <summary>Obligated newcomers must reach oral B1 by this date (none after a statement of effort).</summary>
    public DateOnly? OralB1DueOn { get; private set; }

    public string? EffortMotivation { get; private set; }

    public DateOnly? FirstActionOn { get; private set; }

    public ActionCategory? FirstActionCategory { get; private set; }

    public DateOnly? LastActionOn { get; private set; }

    /// <summary>The earliest deadline among open actions; before today means overdue.</summary>
    public DateOnly? NextDueOn { get; private set; }

    /// <summary>Days from the intake to the first action done: reports take medians of these in SQL.</summary>
    public int? DaysToFirstAction { get; private set; }

    /// <summary>Days from the intake to the first day of work.</summary>
    public int? DaysToWork { get; private set; }

    /// <summary>Days from the intake to the attest or statement of effort.</summary>
    public int? DaysToCertificate { get; private set; }

    public IReadOnlyCollection<FollowUpAction> Actions => _actions.AsReadOnly();

    public IReadOnlyCollection<SocialOrientationTestResult> SocialOrientationTests => _socialOrientationTests.AsReadOnly();

    public IReadOnlyCollection<DutchExamResult> DutchExams => _dutchExams.AsReadOnly();

    public NewcomerId DossierId => NewcomerId;

    public IReadOnlyList<DossierChange> Changes => _changes;

    public void ClearChanges() => _changes.Clear();

    public Track TrackOf(TrackKind kind) => kind switch
    {
        TrackKind.SocialOrientation => SocialOrientation,
        TrackKind.DutchLanguage => DutchLanguage,
        TrackKind.Work => Work,
        TrackKind.Participation => Participation,
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>Finishes the intake: the contract's plan with the tracks that start now.</summary>
    public static Trajectory StartIntegration(Participant participant, Intake intake, TrackPlan plan, ObligationAssessment obligation, WorkPermission work, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(participant);
        ArgumentNullException.ThrowIfNull(intake);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(obligation);
        ArgumentNullException.ThrowIfNull(work);
        intake.Validate(today);
        if (obligation.Class == ObligationClass.NotInTargetGroup)
        {
            throw new DomainException(TrajectoryErrors.NotInTargetGroup());
        }

        if (plan.VdabRequired && work.Status is not (WorkPermissionStatus.Allowed or WorkPermissionStatus.NotYet))
        {
            throw new DomainException(TrajectoryErrors.VdabRequiresWorkPermission());
        }

        var trajectory = new Trajectory
        {
            Id = Guid.NewGuid(),
            NewcomerId = participant.NewcomerId,
            Kind = TrajectoryKind.Integration,
            Status = TrajectoryStatus.Running,
            StartedOn = intake.CompletedOn,
            Obligation = obligation.Class,
            Obligations = participant.Obligation ?? ObligationSchedule.Constant(obligation.Class),
            Intake = intake,
            Working = intake.Working,
            Studying = intake.Studying,
        };

        trajectory.Follow(participant);
        trajectory.SocialOrientation.SetObjective(plan.CourseLanguage);
        trajectory.DutchLanguage.SetObjective(plan.LearnerProfile, plan.TargetLevel, plan.OralExam, intake.DutchLevel);
        var workFrom = work.From is { } from && from > intake.CompletedOn ? from : intake.CompletedOn;
        trajectory.Work.SetObjective(plan.WorkRoute, plan.VdabRequired, workFrom.AddDays(DeadlineRules.For(workFrom).VdabRegistrationDays));

        trajectory.SocialOrientation.Plan(plan.StartSocialOrientation, intake.CompletedOn);
        trajectory.DutchLanguage.Plan(plan.StartDutchLanguage, intake.CompletedOn);
        trajectory.Work.Plan(plan.StartWork, intake.CompletedOn);
        trajectory.Participation.Plan(plan.StartParticipation, intake.CompletedOn);

        trajectory._changes.Add(new IntakeCompleted([.. StartedTracks(trajectory)]));
        return trajectory;
    }

    /// <summary>A follow-up trajectory (vervolgtraject) after the attest, with its own goal.</summary>
    public Trajectory OpenFollowUp(Perspective perspective, string goal, DateOnly today)
    {
        if (Kind != TrajectoryKind.Integration || CertificateKind is null)
        {
            throw new DomainException(TrajectoryErrors.FollowUpNeedsCertificate());
        }

        if (today < CertificateIssuedOn)
        {
            throw new DomainException(TrajectoryErrors.DateBeforeCertificate());
        }

        var followUp = new Trajectory
        {
            Id = Guid.NewGuid(),
            NewcomerId = NewcomerId,
            Agency = Agency,
            OfficeId = OfficeId,
            CaseWorkerId = CaseWorkerId,
            Gender = Gender,
            Municipality = Municipality,
            Kind = TrajectoryKind.FollowUp,
            Status = TrajectoryStatus.Running,
            StartedOn = today,
            Obligation = Obligation,
            Obligations = Obligations,
            Working = Working,
            Studying = Studying,
            Intake = Intake with { CompletedOn = today, Perspective = perspective },
            Goal = Guard.Text(goal, GoalMaxLength, TrajectoryErrors.GoalRequired()),
        };
        followUp.SocialOrientation.MarkNotApplicable();
        var nextLevel = (CefrLevel)Math.Min((int)CefrLevel.B2, Math.Max((int)CefrLevel.B1, (int)DutchLanguage.LevelReached + 1));
        followUp.DutchLanguage.SetObjective(DutchLanguage.Profile, nextLevel, DutchLanguage.OralExam, DutchLanguage.LevelReached);
        followUp.DutchLanguage.Plan(false, today);
        followUp.Work.Plan(false, today);
        followUp.Participation.Plan(false, today);
        followUp._changes.Add(new FollowUpTrajectoryOpened(perspective));
        return followUp;
    }

    /// <summary>
    /// Takes over who the trajectory is for and who guides it from the dossier. Reports and team overviews group
    /// trajectories by these without joining the dossiers (ADR 0004); the data layer calls this whenever they change.
    /// </summary>
    public void Follow(Participant participant)
    {
        ArgumentNullException.ThrowIfNull(participant);
        if (participant.NewcomerId != NewcomerId)
        {
            throw new DomainException(TrajectoryErrors.ParticipantMismatch());
        }

        Agency = participant.Agency;
        OfficeId = participant.OfficeId;
        CaseWorkerId = participant.CaseWorkerId;
        Gender = participant.Gender;
        if (participant.Municipality is { } municipality)
        {
            Municipality = municipality;
        }

        if (participant.Obligation is { } schedule)
        {
            Obligations = schedule;
        }
    }

    /// <summary>The obligation class on a day: the same answer as the dossier's <c>Newcomer.Obligation</c>.</summary>
    public ObligationClass ObligationOn(DateOnly date) => Obligations.On(date);

    /// <summary>Whether the 40 participation hours are owed on a day, and why (never for a follow-up trajectory).</summary>
    public ParticipationDuty ParticipationDutyOn(DateOnly date) =>
        Kind == TrajectoryKind.Integration
            ? ParticipationRule.Assess(ObligationOn(date), Working, Studying, StartedOn)
            : new ParticipationDuty(false, ParticipationDutyReason.NotObligated);

    /// <summary>Work or study started or stopped: the participation duty follows, and the change is recorded with its reason.</summary>
    public void ChangeSituation(bool working, bool studying, string reason, DateOnly today)
    {
        EnsureRunning();
        var why = Guard.Text(reason, DossierEvent.DetailMaxLength, TrajectoryErrors.ReasonRequired());
        if (working == Working && studying == Studying)
        {
            throw new DomainException(TrajectoryErrors.SituationUnchanged());
        }

        Working = working;
        Studying = studying;
        _changes.Add(new SituationChanged(working, studying, why));
        Recalculate(today);
    }

    /// <summary>
    /// The contribution for the paying parts this contract plans, by <see cref="FeeRules"/> on the contract date and the
    /// region of the contract (<c>Newcomer.FeeRegion</c>: where the newcomer lived on that day, not where they live now),
    /// with the exemption and the payments recorded.
    /// </summary>
    public FeeStatement Fees(Region region)
    {
        var (mo, nt2) = FeeRules.Due(StartedOn, region == Region.Brussels, SocialOrientation.Status != TrackStatus.NotApplicable, DutchLanguage.Status != TrackStatus.NotApplicable);
        var exempt = FeeExemption is not null;
        return new FeeStatement(
            FeeExemption,
            FeeExemptionReason,
            new FeePart(TrackKind.SocialOrientation, mo, SocialOrientationFeePaid, SocialOrientationFeePaidOn, exempt),
            new FeePart(TrackKind.DutchLanguage, nt2, DutchLanguageFeePaid, DutchLanguageFeePaidOn, exempt));
    }

    /// <summary>Spares the newcomer the contribution (both parts) for a category, with the reason; only where something is due.</summary>
    public void ExemptFromFee(FeeExemption exemption, string reason, Region region)
    {
        if (!Enum.IsDefined(exemption))
        {
            throw new DomainException(TrajectoryErrors.FeeExemptionRequired());
        }

        var why = Guard.Text(reason, DossierEvent.DetailMaxLength, TrajectoryErrors.ReasonRequired());
        var fees = Fees(region);
        if (!fees.AnythingDue)
        {
            throw new DomainException(TrajectoryErrors.FeeNothingDue());
        }

        if (FeeExemption is not null)
        {
            throw new DomainException(TrajectoryErrors.FeeAlreadyExempt());
        }

        FeeExemption = exemption;
        FeeExemptionReason = why;
        _changes.Add(new FeeExemptionRecorded(exemption));
    }

    /// <summary>A payment for MO or NT2: on a real day between the contract and today, never more than is still due.</summary>
    public void RecordFeePayment(TrackKind part, DateOnly paidOn, decimal amount, Region region, DateOnly today)
    {
        if (part is not (TrackKind.SocialOrientation or TrackKind.DutchLanguage))
        {
            throw new DomainException(TrajectoryErrors.FeePartInvalid());
        }

        Guard.NotInFuture(paidOn, today, TrajectoryErrors.FeePaidInFuture());
        if (paidOn < StartedOn)
        {
            throw new DomainException(TrajectoryErrors.FeePaidBeforeContract());
        }

        var fee = Fees(region).Of(part);
        if (fee.Outstanding == 0m)
        {
            throw new DomainException(fee.Exempt ? TrajectoryErrors.FeeAlreadyExempt() : TrajectoryErrors.FeeNothingDue());
        }

        if (amount <= 0m || amount > fee.Outstanding)
        {
            throw new DomainException(TrajectoryErrors.FeeAmountInvalid(fee.Outstanding));
        }

        if (part == TrackKind.SocialOrientation)
        {
            SocialOrientationFeePaid += amount;
            SocialOrientationFeePaidOn = paidOn;
        }
        else
        {
            DutchLanguageFeePaid += amount;
            DutchLanguageFeePaidOn = paidOn;
        }

        _changes.Add(new FeePaymentRecorded(part, amount));
    }

    /// <summary>Ends a running trajectory early (moved away, left the country, died, no longer in scope): every open track stops.</summary>
    public void Stop(StopReason reason, DateOnly stoppedOn, DateOnly today)
    {
        EnsureRunning();
        if (!Enum.IsDefined(reason))
        {
            throw new DomainException(TrajectoryErrors.StopReasonRequired());
        }

        Guard.NotInFuture(stoppedOn, today, TrajectoryErrors.StopDateInFuture());
        if (stoppedOn < StartedOn)
        {
            throw new DomainException(TrajectoryErrors.StopDateBeforeTrajectory());
        }

        foreach (var kind in Enum.GetValues<TrackKind>())
        {
            TrackOf(kind).Close(stoppedOn, reached: false);
        }

        StopReason = reason;
        CompletedOn = stoppedOn;
        Status = TrajectoryStatus.Stopped;
        _changes.Add(new TrajectoryStopped(reason));
    }

    /// <summary>
    /// Anonymisation of the dossier: the free text (intake notes and work experience, goal, motivation, action notes and
    /// outcomes, appointment places) goes; statuses, dates, durations and the intake's categories stay, because the reports count them.
    /// </summary>
    public void ForgetText()
    {
        Intake = Intake with { Notes = null, WorkExperience = null };
        Goal = null;
        EffortMotivation = null;
        foreach (var action in _actions)
        {
            action.ForgetText();
        }
    }

    public void StartTrack(TrackKind kind, DateOnly today)
    {
        EnsureRunning();
        TrackOf(kind).Start(today);
        _changes.Add(new TrackStarted(kind));
    }

    /// <summary>
    /// A change of plan after the contract: a track that is not (or no longer) in the plan is put back and runs from
    /// today. A track only planned (not started) is started with <see cref="StartTrack"/> instead.
    /// </summary>
    public void AddTrack(TrackKind kind, string reason, DateOnly today)
    {
        var why = EnsurePlanCanChange(reason);
        var track = TrackOf(kind);
        if (track.Status is not (TrackStatus.Stopped or TrackStatus.NotApplicable))
        {
            throw new DomainException(TrajectoryErrors.TrackInPlan());
        }

        track.Resume(today);
        _changes.Add(new TrackAdded(kind, why));
        Recalculate(today);
    }

    /// <summary>
    /// Takes a planned or running track out of the plan, with the reason. The law's conditions do not go with it: the
    /// attest still needs MO passed and NT2 at the target level (or, after an attempt, a statement of effort), the VDAB
    /// registration while it is a condition, and the 40 hours while they are owed (derived, never ticked).
    /// </summary>
    public void StopTrack(TrackKind kind, string reason, DateOnly today)
    {
        var why = EnsurePlanCanChange(reason);
        var track = TrackOf(kind);
        switch (track.Status)
        {
            case TrackStatus.Completed:
                throw new DomainException(TrajectoryErrors.TrackStopCompleted());
            case TrackStatus.Stopped or TrackStatus.NotApplicable:
                throw new DomainException(TrajectoryErrors.TrackNotInPlan());
        }

        track.StopNow(today);
        _changes.Add(new TrackStopped(kind, why));

        // Nothing is due any more on a stopped track: its open actions go with it, with the same reason.
        foreach (var action in _actions.Where(a => a.Track == kind && a.Status == ActionStatus.Open))
        {
            action.Cancel(why);
            _changes.Add(new ActionCancelled(action.Type));
        }

        Recalculate(today);
    }

    /// <summary>
    /// A new objective for a track still in the plan (MO course language; NT2 profile, target level and oral exam; work
    /// route and VDAB registration), with the reason. A new NT2 target already reached by a passed exam completes the
    /// track on that exam's day; a VDAB registration that becomes a condition gets its deadline from today (or from the
    /// day the person may work, if later).
    /// </summary>
    public void ChangeObjective(TrackKind kind, TrackObjective objective, string reason, WorkPermission work, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(objective);
        ArgumentNullException.ThrowIfNull(work);
        var why = EnsurePlanCanChange(reason);
        var track = TrackOf(kind);
        if (kind == TrackKind.Participation)
        {
            throw new DomainException(TrajectoryErrors.ParticipationHasNoObjective());
        }

        if (track.Status == TrackStatus.Completed)
        {
            throw new DomainException(TrajectoryErrors.TrackAlreadyCompleted());
        }

        if (track.Status is TrackStatus.Stopped or TrackStatus.NotApplicable)
        {
            throw new DomainException(TrajectoryErrors.TrackNotInPlan());
        }

        if (TrackObjective.Of(this).SameFor(kind, objective))
        {
            throw new DomainException(TrajectoryErrors.ObjectiveUnchanged());
        }

        switch (kind)
        {
            case TrackKind.SocialOrientation:
                SocialOrientation.SetObjective(objective.CourseLanguage);
                break;
            case TrackKind.DutchLanguage:
                ChangeDutchObjective(objective);
                break;
            case TrackKind.Work:
                if (objective.VdabRequired && work.Status is not (WorkPermissionStatus.Allowed or WorkPermissionStatus.NotYet))
                {
                    throw new DomainException(TrajectoryErrors.VdabRequiresWorkPermission());
                }

                var from = work.From is { } mayWorkFrom && mayWorkFrom > today ? mayWorkFrom : today;
                var due = Work.VdabRequired ? Work.VdabDueOn : from.AddDays(DeadlineRules.For(from).VdabRegistrationDays);
                Work.SetObjective(objective.WorkRoute, objective.VdabRequired, due);
                break;
        }

        _changes.Add(new TrackObjectiveChanged(kind, objective, why));
        if (kind == TrackKind.DutchLanguage
            && _dutchExams.Where(e => e.Passed && e.Level >= DutchLanguage.TargetLevel).OrderBy(e => e.Date).FirstOrDefault() is { } reached)
        {
            DutchLanguage.Complete(reached.Date);
            _changes.Add(new TrackCompleted(TrackKind.DutchLanguage));
        }
    }

    /// <summary>Closes a work or participation track by hand, e.g. when a sustainable job started.</summary>
    public void CompleteTrack(TrackKind kind, DateOnly today)
    {
        EnsureRunning();
        if (kind is TrackKind.SocialOrientation or TrackKind.DutchLanguage)
        {
            throw new DomainException(TrajectoryErrors.TrackCompletesByExam());
        }

        var track = TrackOf(kind);
        if (track.Status != TrackStatus.Running)
        {
            throw new DomainException(TrajectoryErrors.TrackNotRunning());
        }

        if (kind == TrackKind.Participation && ParticipationDutyOn(today).Mandatory && Participation.Hours < ParticipationRule.RequiredHours)
        {
            throw new DomainException(TrajectoryErrors.ParticipationHoursNotReached(ParticipationRule.RequiredHours));
        }

        track.Complete(today);
        _changes.Add(new TrackCompleted(kind));
    }

    public FollowUpAction LogAction(ActionDetails details, bool done, string? outcome, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(details);
        EnsureRunning();
        var valid = Validate(details, today);
        if (done && valid.Date > today)
        {
            throw new DomainException(TrajectoryErrors.DoneActionInFuture());
        }

        var action = new FollowUpAction(Guid.NewGuid(), valid);
        if (done)
        {
            action.Complete(valid.Date, outcome, today);
        }
        else if (!string.IsNullOrWhiteSpace(outcome))
        {
            // An outcome typed for a planned action (e.g. what was agreed beforehand) is kept, never dropped.
            action.Update(valid, outcome);
        }

        _actions.Add(action);
        Recalculate(today);
        _changes.Add(new ActionLogged(action.Type));
        return action;
    }

    /// <summary>Corrects an action; its outcome too, when one is given (an open action may already have one).</summary>
    public void UpdateAction(Guid actionId, ActionDetails details, DateOnly today, string? outcome = null)
    {
        ArgumentNullException.ThrowIfNull(details);
        EnsureRunning();
        var action = FindAction(actionId);
        var valid = Validate(details, today);
        if (action.Status == ActionStatus.Done && valid.Date > today)
        {
            throw new DomainException(TrajectoryErrors.DoneActionInFuture());
        }

        action.Update(valid, outcome);
        Recalculate(today);
        _changes.Add(new ActionUpdated(action.Type));
    }

    /// <summary>Completes an action; after the attest only actions still open, so the attest's facts stay as they were.</summary>
    public void CompleteAction(Guid actionId, DateOnly completedOn, string? outcome, DateOnly today)
    {
        var action = FindAction(actionId);
        if (Status != TrajectoryStatus.Running && action.Status != ActionStatus.Open)
        {
            throw new DomainException(TrajectoryErrors.TrajectoryCompleted());
        }

        action.Complete(completedOn, outcome, today);
        Recalculate(today);
        _changes.Add(new ActionCompleted(action.Type));
    }

    public void CancelAction(Guid actionId, string? reason, DateOnly today)
    {
        var action = FindAction(actionId);
        action.Cancel(reason);
        Recalculate(today);
        _changes.Add(new ActionCancelled(action.Type));
    }

    /// <summary>
    /// The newcomer signs, in the portal, the hours of an activity they took part in: from then on they count toward
    /// the participation hours (the case worker's entry alone does not).
    /// </summary>
    public void SignHours(Guid actionId, string newcomerName, DateOnly today)
    {
        var action = FindAction(actionId);
        action.ConfirmHours(HoursConfirmer.Newcomer, newcomerName, today);
        Recalculate(today);
        _changes.Add(new HoursConfirmed(action.Hours ?? 0, HoursConfirmer.Newcomer));
    }

    /// <summary>
    /// An organisation confirms hours taken part in through a referral: a done participation activity, confirmed by
    /// that organisation, so it counts toward the 40 hours at once.
    /// </summary>
    public FollowUpAction RecordConfirmedParticipation(Guid referralId, string organisationName, decimal hours, DateOnly date, DateOnly today)
    {
        // No note: the referral (ReferralId) says what it was, and the newcomer sees it there.
        EnsureRunning();
        var valid = Validate(new ActionDetails { Track = TrackKind.Participation, Type = ActionType.ParticipationActivity, Date = date, Hours = hours }, today);
        if (valid.Date > today)
        {
            throw new DomainException(TrajectoryErrors.DoneActionInFuture());
        }

        var action = new FollowUpAction(Guid.NewGuid(), valid);
        action.Complete(valid.Date, null, today);
        action.ConfirmHours(HoursConfirmer.Organisation, organisationName, today, referralId);
        _actions.Add(action);
        Recalculate(today);
        _changes.Add(new HoursConfirmed(hours, HoursConfirmer.Organisation));
        return action;
    }

    public SocialOrientationTestResult RecordSocialOrientationTest(DateOnly date, int practicalScore, int valuesScore, DateOnly today)
    {
        EnsureRunning();
        if (SocialOrientation.Status != TrackStatus.Running)
        {
            throw new DomainException(SocialOrientation.Status == TrackStatus.Completed ? TrajectoryErrors.TrackAlreadyCompleted() : TrajectoryErrors.TrackNotRunning());
        }

        EnsureExamDate(date, today);
        var passed = SocialOrientationTestRules.For(date).IsPassed(practicalScore, valuesScore);
        var result = new SocialOrientationTestResult(Guid.NewGuid(), date, practicalScore, valuesScore, passed);
        _socialOrientationTests.Add(result);
        _changes.Add(new SocialOrientationTestRecorded(passed));
        if (passed)
        {
            SocialOrientation.Complete(date);
            _changes.Add(new TrackCompleted(TrackKind.SocialOrientation));
        }

        return result;
    }

    /// <summary>
    /// Records an NT2 exam; allowed after the attest too, for the oral B1 obligation. The case worker records it, or
    /// the NT2 school through the referral it accepted: either counts for the attest the same way.
    /// </summary>
    public DutchExamResult RecordDutchExam(DateOnly date, CefrLevel level, ExamMode mode, bool passed, DateOnly today, ExamRecorder? recordedBy = null)
    {
        if (DutchLanguage.Status is TrackStatus.NotStarted or TrackStatus.NotApplicable)
        {
            throw new DomainException(TrajectoryErrors.TrackNotRunning());
        }

        if (level == CefrLevel.None)
        {
            throw new DomainException(TrajectoryErrors.ExamLevelRequired());
        }

        // Learners who cannot read or write are tested orally: a written exam is no proof for them.
        if (DutchLanguage.OralExam && mode != ExamMode.Oral)
        {
            throw new DomainException(TrajectoryErrors.OralExamOnly());
        }

        EnsureExamDate(date, today);
        var result = new DutchExamResult(Guid.NewGuid(), date, level, mode, passed, recordedBy);
        _dutchExams.Add(result);
        if (passed && level > DutchLanguage.LevelReached)
        {
            DutchLanguage.SetLevelReached(level);
        }

        _changes.Add(new DutchExamRecorded(level, mode, passed));
        if (passed && level >= DutchLanguage.TargetLevel && DutchLanguage.Status != TrackStatus.Completed)
        {
            DutchLanguage.Complete(date);
            _changes.Add(new TrackCompleted(TrackKind.DutchLanguage));
        }

        return result;
    }

    /// <summary>What the attest still needs on <paramref name="on"/>: the participation hours only where they are owed that day.</summary>
    public CertificateProgress CertificateProgress(DateOnly on)
    {
        if (Kind != TrajectoryKind.Integration)
        {
            return new([]);
        }

        var missing = new List<MissingCondition>();
        if (SocialOrientation.RequiredForCertificate && !_socialOrientationTests.Any(t => t.Passed))
        {
            missing.Add(new(MissingConditionKind.SocialOrientationTestNotPassed));
        }

        if (DutchLanguage.RequiredForCertificate && !_dutchExams.Any(e => e.Passed && e.Level >= DutchLanguage.TargetLevel))
        {
            missing.Add(new(MissingConditionKind.DutchLevelNotReached, Level: DutchLanguage.TargetLevel));
        }

        if (Work.RequiredForCertificate && Work.VdabRegisteredOn is null)
        {
            missing.Add(new(MissingConditionKind.VdabRegistrationMissing, DueOn: Work.VdabDueOn));
        }

        if (Participation.RequiredForCertificate && ParticipationDutyOn(on).Mandatory && Participation.Hours < ParticipationRule.RequiredHours)
        {
            missing.Add(new(MissingConditionKind.ParticipationHoursMissing, Hours: ParticipationRule.RequiredHours - Participation.Hours));
        }

        return new(missing);
    }

    /// <param name="issuedOn">The real date of issue (an attest from before the portal keeps its date); never in the future.</param>
    public void IssueCertificate(DateOnly issuedOn, DateOnly today)
    {
        EnsureCertificateCanBeIssued(issuedOn, today);
        if (!CertificateProgress(issuedOn).Complete)
        {
            throw new DomainException(TrajectoryErrors.CertificateConditionsMissing());
        }

        Finish(Trajectories.CertificateKind.IntegrationCertificate, issuedOn);
        OralB1DueOn = OralB1Rule.DueOn(ObligationOn(issuedOn), issuedOn);

        _changes.Add(new CertificateIssued());
    }

    /// <summary>
    /// Verklaring van geleverde inspanning: for someone who, through limited learning capacity, cannot reach
    /// the MO or NT2 objective despite sustained effort. It fulfils the obligation, sets no B1 deadline and is
    /// no language proof; every other condition must still hold, and each objective it covers must have been tried.
    /// </summary>
    public void IssueStatementOfEffort(string motivation, DateOnly issuedOn, DateOnly today)
    {
        EnsureCertificateCanBeIssued(issuedOn, today);
        var text = Guard.Text(motivation, MotivationMaxLength, TrajectoryErrors.MotivationRequired());
        var missing = CertificateProgress(issuedOn).Missing;
        var learningObjectives = missing.Where(m => m.Kind is MissingConditionKind.SocialOrientationTestNotPassed or MissingConditionKind.DutchLevelNotReached).ToList();
        if (learningObjectives.Count == 0)
        {
            throw new DomainException(TrajectoryErrors.EffortNotNeeded());
        }

        if (learningObjectives.Count != missing.Count)
        {
            throw new DomainException(TrajectoryErrors.CertificateConditionsMissing());
        }

        var triedSocialOrientation = _socialOrientationTests.Count > 0;
        var triedDutch = _dutchExams.Any(e => e.Level >= DutchLanguage.TargetLevel);
        if (learningObjectives.Any(m => m.Kind == MissingConditionKind.SocialOrientationTestNotPassed && !triedSocialOrientation
            || m.Kind == MissingConditionKind.DutchLevelNotReached && !triedDutch))
        {
            throw new DomainException(TrajectoryErrors.EffortNeedsAttempt());
        }

        EffortMotivation = text;
        Finish(Trajectories.CertificateKind.StatementOfEffort, issuedOn);
        _changes.Add(new StatementOfEffortIssued());
    }

    private static IEnumerable<TrackKind> StartedTracks(Trajectory trajectory) =>
        Enum.GetValues<TrackKind>().Where(k => trajectory.TrackOf(k).Status == TrackStatus.Running);

    /// <summary>Closes the trajectory: every track gets its final state (a statement of effort closes the language track too).</summary>
    private void Finish(CertificateKind kind, DateOnly today)
    {
        foreach (var track in Enum.GetValues<TrackKind>().Select(TrackOf))
        {
            // A work track whose VDAB registration was a condition reached its objective; others end where they stand.
            track.Close(today, reached: track is WorkTrack { RequiredForCertificate: true, VdabRegisteredOn: not null });
        }

        CertificateKind = kind;
        CertificateIssuedOn = today;
        DaysToCertificate = DaysSinceStart(today);
        CompletedOn = today;
        Status = TrajectoryStatus.Completed;
    }

    private void EnsureCertificateCanBeIssued(DateOnly issuedOn, DateOnly today)
    {
        if (Kind != TrajectoryKind.Integration)
        {
            throw new DomainException(TrajectoryErrors.CertificateOnlyForIntegration());
        }

        EnsureRunning();
        if (issuedOn > today)
        {
            throw new DomainException(TrajectoryErrors.CertificateDateInFuture());
        }

        if (issuedOn < StartedOn)
        {
            throw new DomainException(TrajectoryErrors.CertificateDateBeforeTrajectory());
        }
    }

    /// <summary>The plan of a running integration trajectory changes only with a reason (it becomes part of the history).</summary>
    private string EnsurePlanCanChange(string reason)
    {
        if (Kind != TrajectoryKind.Integration)
        {
            throw new DomainException(TrajectoryErrors.PlanChangeOnlyForIntegration());
        }

        EnsureRunning();
        return Guard.Text(reason, DossierEvent.DetailMaxLength, TrajectoryErrors.ReasonRequired());
    }

    private void ChangeDutchObjective(TrackObjective objective)
    {
        if (objective.TargetLevel < DutchLanguageRule.TargetLevel)
        {
            throw new DomainException(objective.TargetLevel == CefrLevel.None ? TrajectoryErrors.TargetLevelRequired() : TrajectoryErrors.TargetBelowCertificate(DutchLanguageRule.TargetLevel));
        }

        // Learners who learn to read and write are tested orally (see RecordDutchExam).
        if (objective.LearnerProfile == LearnerProfile.LearningToReadAndWrite && !objective.OralExam)
        {
            throw new DomainException(TrajectoryErrors.OralExamForLiteracyLearners());
        }

        DutchLanguage.ChangeObjective(objective.LearnerProfile, objective.TargetLevel, objective.OralExam);
    }

    private void EnsureRunning()
    {
        if (Status != TrajectoryStatus.Running)
        {
            throw new DomainException(TrajectoryErrors.TrajectoryCompleted());
        }
    }

    private static void EnsureExamDate(DateOnly date, DateOnly today)
    {
        // Results from before the portal (or before the intake) keep their real date; only the future is refused.
        if (date > today)
        {
            throw new DomainException(TrajectoryErrors.ExamDateInFuture());
        }
    }

    private ActionDetails Validate(ActionDetails details, DateOnly today)
    {
        var valid = details.Validated();
        var track = TrackOf(valid.Track);
        if (track.Status is TrackStatus.NotStarted or TrackStatus.NotApplicable)
        {
            throw new DomainException(TrajectoryErrors.TrackNotRunning());
        }

        if (valid.Date < StartedOn)
        {
            throw new DomainException(TrajectoryErrors.DateBeforeTrajectory());
        }

        if (valid.Date > today.AddMonths(MaxMonthsAhead) || valid.DueOn > today.AddMonths(MaxMonthsAhead))
        {
            throw new DomainException(TrajectoryErrors.DateTooFarAhead(MaxMonthsAhead));
        }

        return valid;
    }

    private int? DaysSinceStart(DateOnly? on) => on is { } day ? Math.Max(0, day.DayNumber - StartedOn.DayNumber) : null;

    private FollowUpAction FindAction(Guid actionId) =>
        _actions.Find(a => a.Id == actionId) ?? throw new DomainException(TrajectoryErrors.ActionNotFound());

    /// <summary>Derives the milestones and track facts from the actions, so they never drift apart.</summary>
    private void Recalculate(DateOnly today)
    {
        var done = _actions.Where(a => a.Status == ActionStatus.Done).OrderBy(a => a.Date).ToList();
        var first = done.FirstOrDefault();
        FirstActionOn = first?.Date;
        FirstActionCategory = first?.Category;
        LastActionOn = done.LastOrDefault()?.Date;
        NextDueOn = _actions.Where(a => a.Status == ActionStatus.Open).Select(a => (DateOnly?)a.DueOn).Min();

        Work.SetFacts(
            vdabRegisteredOn: done.FirstOrDefault(a => a.Type == ActionType.Registration && a.Track == TrackKind.Work)?.Date,
            workStartedOn: done.FirstOrDefault(a => a.Type == ActionType.WorkStarted)?.Date);
        DaysToFirstAction = DaysSinceStart(FirstActionOn);
        DaysToWork = DaysSinceStart(Work.WorkStartedOn);

        decimal hours = 0;
        DateOnly? reachedOn = null;
        foreach (var activity in done.Where(a => a.HoursCount))
        {
            hours += activity.Hours ?? 0;
            if (hours >= ParticipationRule.RequiredHours)
            {
                reachedOn ??= activity.Date;
            }
        }

        var wasCompleted = Participation.Status == TrackStatus.Completed;
        Participation.SetHours(hours);
        if (reachedOn is { } on && Participation.Status is TrackStatus.Running or TrackStatus.Completed)
        {
            Participation.CompleteOn(on);
            if (!wasCompleted)
            {
                _changes.Add(new TrackCompleted(TrackKind.Participation));
            }
        }
        else if (reachedOn is null && ParticipationDutyOn(today).Mandatory)
        {
            Participation.Reopen();
        }
    }
}
