using Inburgering.Domain.Common;
using Inburgering.Domain.History;
using Inburgering.Domain.Rules;
using Inburgering.Domain.Trajectories;

namespace Inburgering.Domain.Tests.Trajectories;

public class FollowUpActionTests
{
    private static readonly DateOnly IntakeOn = new(2025, 3, 3);
    private static readonly DateOnly Today = new(2025, 6, 2);

    /// <summary>Orientation, Dutch, work (with VDAB) and mandatory participation, all running.</summary>
    private static Trajectory Running(bool participationMandatory = true)
    {
        var plan = new TrackPlan
        {
            StartSocialOrientation = true,
            StartDutchLanguage = true,
            StartWork = true,
            VdabRequired = true,
            StartParticipation = true,
        };
        var trajectory = Trajectory.StartIntegration(
            Participants.New(),
            new Intake { CompletedOn = IntakeOn, Goals = Goals.Dutch },
            plan,
            // The hours are owed by obligated newcomers who neither work nor study (ParticipationRule).
            new ObligationAssessment(participationMandatory ? ObligationClass.Obligated : ObligationClass.Entitled, ObligationReason.NonEuResidenceRight),
            new WorkPermission(WorkPermissionStatus.Allowed, new DateOnly(2024, 1, 10), WorkPermissionReason.ResidenceRight),
            Today);
        trajectory.ClearChanges();
        return trajectory;
    }

    private static ActionDetails Action(TrackKind track, ActionType type, DateOnly date, DateOnly? dueOn = null) =>
        new() { Track = track, Type = type, Date = date, DueOn = dueOn };

    private static ActionDetails Conversation(DateOnly date, DateOnly? dueOn = null) =>
        Action(TrackKind.DutchLanguage, ActionType.Conversation, date, dueOn);

    private static ActionDetails Activity(DateOnly date, decimal hours) =>
        Action(TrackKind.Participation, ActionType.ParticipationActivity, date) with { Hours = hours };

    /// <summary>A done activity the newcomer signed in the portal: only such hours (or the organisation's) count.</summary>
    private static FollowUpAction LogSigned(Trajectory trajectory, ActionDetails details)
    {
        var action = trajectory.LogAction(details, done: true, null, Today);
        trajectory.SignHours(action.Id, "Amina Haddad", Today);
        return action;
    }

    private static string LogError(Trajectory trajectory, ActionDetails details, bool done = false) =>
        Assert.Throws<DomainException>(() => trajectory.LogAction(details, done, null, Today)).Code;

    [Fact]
    public void LogAction_DueBeforeDate_NamesTheDueDateField()
    {
        var trajectory = Running();

        var exception = Assert.Throws<DomainException>(() => trajectory.LogAction(Conversation(Today, dueOn: Today.AddDays(-1)), false, null, Today));

        Assert.Equal(TrajectoryErrors.DueBeforeDate(), exception.Error);
        Assert.Equal(nameof(ActionDetails.DueOn), exception.Error.Field);
    }

    [Fact]
    public void CompleteAction_CompletedInFuture_NamesTheCompletionDateField()
    {
        var trajectory = Running();
        var action = trajectory.LogAction(Conversation(Today), false, null, Today);

        var exception = Assert.Throws<DomainException>(() => trajectory.CompleteAction(action.Id, Today.AddDays(1), null, Today));

        Assert.Equal(nameof(FollowUpAction.CompletedOn), exception.Error.Field);
    }

    [Fact]
    public void LogAction_OpenAction_IsKeptWithItsOwnDateAsDueDate()
    {
        var trajectory = Running();
        var date = new DateOnly(2025, 6, 10);

        var action = trajectory.LogAction(Conversation(date) with { Note = "  Intakegesprek NT2 " }, done: false, null, Today);

        Assert.Equal(ActionStatus.Open, action.Status);
        Assert.Equal(date, action.Date);
        Assert.Equal(date, action.DueOn);
        Assert.Null(action.CompletedOn);
        Assert.Equal("Intakegesprek NT2", action.Note);
        Assert.Same(action, Assert.Single(trajectory.Actions));
        Assert.Equal([new ActionLogged(ActionType.Conversation)], trajectory.Changes);
    }

    [Fact]
    public void LogAction_Done_IsCompletedOnItsDateWithTheOutcome()
    {
        var trajectory = Running();
        var date = new DateOnly(2025, 5, 12);

        var action = trajectory.LogAction(Conversation(date), done: true, " Ingeschreven bij CBE ", Today);

        Assert.Equal(ActionStatus.Done, action.Status);
        Assert.Equal(date, action.CompletedOn);
        Assert.Equal("Ingeschreven bij CBE", action.Outcome);
    }

    [Fact]
    public void LogAction_TrackNotStarted_Throws()
    {
        var trajectory = Trajectory.StartIntegration(
            Participants.New(),
            new Intake { CompletedOn = IntakeOn, Goals = Goals.Dutch },
            new TrackPlan { StartDutchLanguage = true },
            new ObligationAssessment(ObligationClass.Obligated, ObligationReason.NonEuResidenceRight),
            new WorkPermission(WorkPermissionStatus.Allowed, null, WorkPermissionReason.ResidenceRight),
            Today);

        var code = LogError(trajectory, Action(TrackKind.Work, ActionType.JobApplication, Today));

        Assert.Equal("TrackNotRunning", code);
        Assert.Empty(trajectory.Actions);
    }

    [Fact]
    public void LogAction_OnCompletedTrack_IsAllowed()
    {
        var trajectory = Running();
        trajectory.CompleteTrack(TrackKind.Work, Today);

        var action = trajectory.LogAction(Action(TrackKind.Work, ActionType.Conversation, Today), done: true, null, Today);

        Assert.Equal(ActionStatus.Done, action.Status);
    }

    [Fact]
    public void LogAction_DateBeforeTrajectory_Throws()
    {
        var trajectory = Running();

        var code = LogError(trajectory, Conversation(IntakeOn.AddDays(-1)));

        Assert.Equal("DateBeforeTrajectory", code);
    }

    [Fact]
    public void LogAction_OnTheIntakeDay_IsAllowed()
    {
        var trajectory = Running();

        var action = trajectory.LogAction(Conversation(IntakeOn), done: true, null, Today);

        Assert.Equal(IntakeOn, action.Date);
    }

    [Fact]
    public void LogAction_DoneInFuture_Throws()
    {
        var trajectory = Running();

        var code = LogError(trajectory, Conversation(Today.AddDays(1)), done: true);

        Assert.Equal("DoneActionInFuture", code);
    }

    [Fact]
    public void LogAction_OpenInFuture_IsPlanned()
    {
        var trajectory = Running();

        var action = trajectory.LogAction(Conversation(Today.AddDays(1)), done: false, null, Today);

        Assert.Equal(ActionStatus.Open, action.Status);
    }

    [Fact]
    public void LogAction_MoreThanAYearAhead_Throws()
    {
        var trajectory = Running();

        var code = LogError(trajectory, Conversation(Today.AddMonths(12).AddDays(1)));

        Assert.Equal("DateTooFarAhead", code);
    }

    [Fact]
    public void LogAction_DueMoreThanAYearAhead_Throws()
    {
        var trajectory = Running();

        var code = LogError(trajectory, Conversation(Today, dueOn: Today.AddMonths(12).AddDays(1)));

        Assert.Equal("DateTooFarAhead", code);
    }

    [Fact]
    public void LogAction_DueBeforeDate_Throws()
    {
        var trajectory = Running();

        var code = LogError(trajectory, Conversation(Today, dueOn: Today.AddDays(-1)));

        Assert.Equal("DueBeforeDate", code);
    }

    [Theory]
    [InlineData(ActionType.Conversation)]
    [InlineData(ActionType.Registration)]
    [InlineData(ActionType.WorkStarted)]
    public void LogAction_HoursOnOtherThanParticipation_Throws(ActionType type)
    {
        var trajectory = Running();

        var code = LogError(trajectory, Action(TrackKind.Work, type, Today) with { Hours = 2 });

        Assert.Equal("HoursOnlyForParticipation", code);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(40.5)]
    public void LogAction_ParticipationHoursOutOfRange_Throws(double hours)
    {
        var trajectory = Running();

        var code = LogError(trajectory, Activity(Today, (decimal)hours));

        Assert.Equal("HoursOutOfRange", code);
    }

    [Fact]
    public void LogAction_ParticipationWithoutHours_Throws()
    {
        var trajectory = Running();

        var code = LogError(trajectory, Activity(Today, 1) with { Hours = null });

        Assert.Equal("HoursOutOfRange", code);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(40)]
    public void LogAction_ParticipationHoursWithinRange_AreKept(double hours)
    {
        var trajectory = Running();

        var action = trajectory.LogAction(Activity(Today, (decimal)hours), done: true, null, Today);

        Assert.Equal((decimal)hours, action.Hours);
        Assert.Null(action.HoursConfirmedBy);
    }

    [Fact]
    public void LogAction_ParticipationActivityOnAnotherTrack_Throws()
    {
        var trajectory = Running();

        var code = LogError(trajectory, Activity(Today, 4) with { Track = TrackKind.Work });

        Assert.Equal("ParticipationActivityOnParticipationTrack", code);
    }

    [Fact]
    public void LogAction_ReferralWithoutPartner_Throws()
    {
        var trajectory = Running();

        var code = LogError(trajectory, Action(TrackKind.Work, ActionType.Referral, Today));

        Assert.Equal("PartnerRequired", code);
    }

    [Fact]
    public void LogAction_ReferralWithPartner_KeepsThePartner()
    {
        var trajectory = Running();

        var action = trajectory.LogAction(Action(TrackKind.Work, ActionType.Referral, Today) with { Partner = Partner.Vdab }, done: false, null, Today);

        Assert.Equal(Partner.Vdab, action.Partner);
    }

    [Fact]
    public void LogAction_PartnerOnAnotherType_IsDropped()
    {
        var trajectory = Running();

        var action = trajectory.LogAction(Conversation(Today) with { Partner = Partner.Ocmw }, done: false, null, Today);

        Assert.Null(action.Partner);
    }

    [Fact]
    public void SignHours_OnAConversation_IsRefused()
    {
        var trajectory = Running();
        var action = trajectory.LogAction(Conversation(Today), done: true, null, Today);

        var exception = Assert.Throws<DomainException>(() => trajectory.SignHours(action.Id, "Amina Haddad", Today));

        Assert.Equal("HoursNotConfirmable", exception.Code);
    }

    [Fact]
    public void SignHours_Twice_IsRefusedAndCountsOnce()
    {
        var trajectory = Running();
        var action = LogSigned(trajectory, Activity(Today, 10));

        var exception = Assert.Throws<DomainException>(() => trajectory.SignHours(action.Id, "Amina Haddad", Today));

        Assert.Equal("HoursAlreadyConfirmed", exception.Code);
        Assert.Equal(10m, trajectory.Participation.Hours);
        Assert.Equal((HoursConfirmer.Newcomer, "Amina Haddad"), (action.HoursConfirmedBy!.Value, action.HoursConfirmedByName));
    }

    [Fact]
    public void RecordConfirmedParticipation_ByTheOrganisation_CountsAtOnceAndSaysWho()
    {
        var trajectory = Running();
        var referral = Guid.NewGuid();

        var action = trajectory.RecordConfirmedParticipation(referral, "Buurthuis De Schakel", 10, Today, Today);

        Assert.Equal(10m, trajectory.Participation.Hours);
        Assert.Equal((ActionStatus.Done, HoursConfirmer.Organisation, "Buurthuis De Schakel", referral), (action.Status, action.HoursConfirmedBy!.Value, action.HoursConfirmedByName, action.ReferralId!.Value));
    }

    [Fact]
    public void LogAction_NoteTooLong_Throws()
    {
        var trajectory = Running();

        var code = LogError(trajectory, Conversation(Today) with { Note = new string('x', ActionDetails.NoteMaxLength + 1) });

        Assert.Equal("NoteTooLong", code);
    }

    [Fact]
    public void LogAction_CompletedTrajectory_Throws()
    {
        var trajectory = Running(participationMandatory: false);
        trajectory.RecordSocialOrientationTest(Today, 20, 10, Today);
        trajectory.RecordDutchExam(Today, CefrLevel.A2, ExamMode.Written, passed: true, Today);
        trajectory.LogAction(Action(TrackKind.Work, ActionType.Registration, Today), done: true, null, Today);
        trajectory.IssueCertificate(Today, Today);

        var code = LogError(trajectory, Conversation(Today), done: true);

        Assert.Equal("TrajectoryCompleted", code);
    }

    [Fact]
    public void LogAction_SignedParticipationHours_AddUpAndCompleteTheTrackOnTheDay40AreReached()
    {
        var trajectory = Running();

        LogSigned(trajectory, Activity(new DateOnly(2025, 3, 10), 15));
        LogSigned(trajectory, Activity(new DateOnly(2025, 3, 17), 15));
        var beforeLast = trajectory.Participation.Status;
        LogSigned(trajectory, Activity(new DateOnly(2025, 3, 24), 10));

        Assert.Equal(TrackStatus.Running, beforeLast);
        Assert.Equal(40m, trajectory.Participation.Hours);
        Assert.Equal(TrackStatus.Completed, trajectory.Participation.Status);
        Assert.Equal(new DateOnly(2025, 3, 24), trajectory.Participation.CompletedOn);
    }

    [Fact]
    public void LogAction_ParticipationHoursNobodyConfirmed_DoNotCount()
    {
        var trajectory = Running();

        trajectory.LogAction(Activity(Today, 40), done: true, null, Today);

        Assert.Equal(0m, trajectory.Participation.Hours);
        Assert.Equal(TrackStatus.Running, trajectory.Participation.Status);
    }

    [Fact]
    public void LogAction_OpenParticipationActivity_CountsOnlyOnceDone()
    {
        var trajectory = Running();
        var action = trajectory.LogAction(Activity(new DateOnly(2025, 5, 5), 40), done: false, null, Today);
        var hoursWhileOpen = trajectory.Participation.Hours;

        trajectory.CompleteAction(action.Id, new DateOnly(2025, 5, 6), null, Today);
        var hoursDoneUnsigned = trajectory.Participation.Hours;
        trajectory.SignHours(action.Id, "Amina Haddad", Today);

        Assert.Equal(0m, hoursWhileOpen);
        Assert.Equal(0m, hoursDoneUnsigned);
        Assert.Equal(40m, trajectory.Participation.Hours);
        Assert.Equal(TrackStatus.Completed, trajectory.Participation.Status);
    }

    [Fact]
    public void LogAction_OptionalParticipationReaches40Hours_CompletesTheTrack()
    {
        var trajectory = Running(participationMandatory: false);

        LogSigned(trajectory, Activity(Today, 40));

        Assert.Equal(TrackStatus.Completed, trajectory.Participation.Status);
    }

    [Fact]
    public void UpdateAction_SignedHoursCorrected_NeedANewSignatureAndReopenTheMandatoryTrack()
    {
        var trajectory = Running();
        var action = LogSigned(trajectory, Activity(Today, 40));

        trajectory.UpdateAction(action.Id, Activity(Today, 30), Today);

        Assert.Equal(0m, trajectory.Participation.Hours);
        Assert.Equal(TrackStatus.Running, trajectory.Participation.Status);
        Assert.Null(trajectory.Participation.CompletedOn);
    }

    [Fact]
    public void LogAction_DoneRegistrationOnWorkTrack_SetsVdabRegisteredOn()
    {
        var trajectory = Running();
        var date = new DateOnly(2025, 4, 1);

        trajectory.LogAction(Action(TrackKind.Work, ActionType.Registration, date), done: true, null, Today);

        Assert.Equal(date, trajectory.Work.VdabRegisteredOn);
    }

    [Fact]
    public void LogAction_OpenRegistration_DoesNotSetVdabRegisteredOn()
    {
        var trajectory = Running();

        trajectory.LogAction(Action(TrackKind.Work, ActionType.Registration, Today), done: false, null, Today);

        Assert.Null(trajectory.Work.VdabRegisteredOn);
    }

    [Fact]
    public void LogAction_RegistrationOnAnotherTrack_DoesNotSetVdabRegisteredOn()
    {
        var trajectory = Running();

        trajectory.LogAction(Action(TrackKind.DutchLanguage, ActionType.Registration, Today), done: true, null, Today);

        Assert.Null(trajectory.Work.VdabRegisteredOn);
    }

    [Fact]
    public void LogAction_TwoRegistrations_KeepsTheEarliest()
    {
        var trajectory = Running();

        trajectory.LogAction(Action(TrackKind.Work, ActionType.Registration, new DateOnly(2025, 5, 1)), done: true, null, Today);
        trajectory.LogAction(Action(TrackKind.Work, ActionType.Registration, new DateOnly(2025, 4, 1)), done: true, null, Today);

        Assert.Equal(new DateOnly(2025, 4, 1), trajectory.Work.VdabRegisteredOn);
    }

    [Fact]
    public void LogAction_DoneWorkStarted_SetsWorkStartedOn()
    {
        var trajectory = Running();
        var date = new DateOnly(2025, 5, 19);

        trajectory.LogAction(Action(TrackKind.Work, ActionType.WorkStarted, date), done: true, null, Today);

        Assert.Equal(date, trajectory.Work.WorkStartedOn);
    }

    [Fact]
    public void LogAction_OpenActions_NextDueOnIsTheEarliestDueDate()
    {
        var trajectory = Running();

        trajectory.LogAction(Conversation(Today, dueOn: new DateOnly(2025, 6, 20)), done: false, null, Today);
        trajectory.LogAction(Conversation(Today, dueOn: new DateOnly(2025, 6, 10)), done: false, null, Today);
        trajectory.LogAction(Conversation(new DateOnly(2025, 5, 1)), done: true, null, Today);

        Assert.Equal(new DateOnly(2025, 6, 10), trajectory.NextDueOn);
    }

    [Fact]
    public void LogAction_DoneActions_FirstAndLastActionFollowTheirDatesNotTheLoggingOrder()
    {
        var trajectory = Running();

        trajectory.LogAction(Conversation(new DateOnly(2025, 4, 10)), done: true, null, Today);
        trajectory.LogAction(Action(TrackKind.Work, ActionType.JobApplication, new DateOnly(2025, 3, 20)), done: true, null, Today);
        trajectory.LogAction(Conversation(new DateOnly(2025, 5, 15)), done: true, null, Today);
        trajectory.LogAction(Conversation(new DateOnly(2025, 5, 30)), done: false, null, Today);

        Assert.Equal(new DateOnly(2025, 3, 20), trajectory.FirstActionOn);
        Assert.Equal(ActionCategory.Work, trajectory.FirstActionCategory);
        Assert.Equal(new DateOnly(2025, 5, 15), trajectory.LastActionOn);
    }

    [Fact]
    public void LogAction_OnlyOpenActions_HasNoFirstOrLastAction()
    {
        var trajectory = Running();

        trajectory.LogAction(Conversation(Today), done: false, null, Today);

        Assert.Null(trajectory.FirstActionOn);
        Assert.Null(trajectory.FirstActionCategory);
        Assert.Null(trajectory.LastActionOn);
        Assert.Equal(Today, trajectory.NextDueOn);
    }

    [Fact]
    public void CancelAction_EarliestDue_MovesNextDueOnToTheNextOne()
    {
        var trajectory = Running();
        trajectory.LogAction(Conversation(Today, dueOn: new DateOnly(2025, 6, 20)), done: false, null, Today);
        var earliest = trajectory.LogAction(Conversation(Today, dueOn: new DateOnly(2025, 6, 10)), done: false, null, Today);
        trajectory.ClearChanges();

        trajectory.CancelAction(earliest.Id, " Niet meer nodig ", Today);

        Assert.Equal(new DateOnly(2025, 6, 20), trajectory.NextDueOn);
        Assert.Equal(ActionStatus.Cancelled, earliest.Status);
        Assert.Equal("Niet meer nodig", earliest.Outcome);
        Assert.Equal([new ActionCancelled(ActionType.Conversation)], trajectory.Changes);
    }

    [Fact]
    public void CompleteAction_LastOpenAction_ClearsNextDueOnAndSetsTheMilestones()
    {
        var trajectory = Running();
        var action = trajectory.LogAction(Conversation(new DateOnly(2025, 5, 20), dueOn: new DateOnly(2025, 6, 10)), done: false, null, Today);
        trajectory.ClearChanges();

        trajectory.CompleteAction(action.Id, new DateOnly(2025, 5, 22), "Goed verlopen", Today);

        Assert.Null(trajectory.NextDueOn);
        Assert.Equal(new DateOnly(2025, 5, 20), trajectory.FirstActionOn);
        Assert.Equal(new DateOnly(2025, 5, 20), trajectory.LastActionOn);
        Assert.Equal(ActionStatus.Done, action.Status);
        Assert.Equal(new DateOnly(2025, 5, 22), action.CompletedOn);
        Assert.Equal("Goed verlopen", action.Outcome);
        Assert.Equal([new ActionCompleted(ActionType.Conversation)], trajectory.Changes);
    }

    [Fact]
    public void CompleteAction_InFuture_Throws()
    {
        var trajectory = Running();
        var action = trajectory.LogAction(Conversation(Today), done: false, null, Today);

        var exception = Assert.Throws<DomainException>(() => trajectory.CompleteAction(action.Id, Today.AddDays(1), null, Today));

        Assert.Equal("CompletedOnInFuture", exception.Code);
        Assert.Equal(ActionStatus.Open, action.Status);
    }

    [Fact]
    public void CompleteAction_BeforeTheActionDate_Throws()
    {
        var trajectory = Running();
        var action = trajectory.LogAction(Conversation(Today), done: false, null, Today);

        var exception = Assert.Throws<DomainException>(() => trajectory.CompleteAction(action.Id, Today.AddDays(-1), null, Today));

        Assert.Equal("CompletedBeforeDate", exception.Code);
    }

    [Fact]
    public void CompleteAction_Cancelled_Throws()
    {
        var trajectory = Running();
        var action = trajectory.LogAction(Conversation(Today), done: false, null, Today);
        trajectory.CancelAction(action.Id, null, Today);

        var exception = Assert.Throws<DomainException>(() => trajectory.CompleteAction(action.Id, Today, null, Today));

        Assert.Equal("ActionCancelled", exception.Code);
    }

    [Fact]
    public void CompleteAction_UnknownAction_Throws()
    {
        var trajectory = Running();

        var exception = Assert.Throws<DomainException>(() => trajectory.CompleteAction(Guid.NewGuid(), Today, null, Today));

        Assert.Equal("ActionNotFound", exception.Code);
    }

    [Fact]
    public void CancelAction_Done_Throws()
    {
        var trajectory = Running();
        var action = trajectory.LogAction(Conversation(Today), done: true, null, Today);

        var exception = Assert.Throws<DomainException>(() => trajectory.CancelAction(action.Id, "Vergissing", Today));

        Assert.Equal("OnlyOpenActionsCancel", exception.Code);
    }

    [Fact]
    public void UpdateAction_NewDates_RecalculatesTheMilestones()
    {
        var trajectory = Running();
        var done = trajectory.LogAction(Conversation(new DateOnly(2025, 5, 20)), done: true, null, Today);
        var open = trajectory.LogAction(Conversation(Today, dueOn: new DateOnly(2025, 6, 20)), done: false, null, Today);
        trajectory.ClearChanges();

        trajectory.UpdateAction(done.Id, Conversation(new DateOnly(2025, 4, 2)), Today);
        trajectory.UpdateAction(open.Id, Conversation(Today, dueOn: new DateOnly(2025, 6, 5)), Today);

        Assert.Equal(new DateOnly(2025, 4, 2), trajectory.FirstActionOn);
        Assert.Equal(new DateOnly(2025, 4, 2), trajectory.LastActionOn);
        Assert.Equal(new DateOnly(2025, 6, 5), trajectory.NextDueOn);
        Assert.Equal(
            [new ActionUpdated(ActionType.Conversation), new ActionUpdated(ActionType.Conversation)],
            trajectory.Changes);
    }

    [Fact]
    public void UpdateAction_DoneRegistrationMovedToAnotherType_ClearsVdabRegisteredOn()
    {
        var trajectory = Running();
        var action = trajectory.LogAction(Action(TrackKind.Work, ActionType.Registration, Today), done: true, null, Today);

        trajectory.UpdateAction(action.Id, Action(TrackKind.Work, ActionType.Conversation, Today), Today);

        Assert.Null(trajectory.Work.VdabRegisteredOn);
    }

    [Fact]
    public void UpdateAction_DoneActionMovedIntoTheFuture_Throws()
    {
        var trajectory = Running();
        var action = trajectory.LogAction(Conversation(Today), done: true, null, Today);

        var exception = Assert.Throws<DomainException>(() => trajectory.UpdateAction(action.Id, Conversation(Today.AddDays(1)), Today));

        Assert.Equal("DoneActionInFuture", exception.Code);
        Assert.Equal(Today, action.Date);
    }

    [Fact]
    public void UpdateAction_Cancelled_Throws()
    {
        var trajectory = Running();
        var action = trajectory.LogAction(Conversation(Today), done: false, null, Today);
        trajectory.CancelAction(action.Id, null, Today);

        var exception = Assert.Throws<DomainException>(() => trajectory.UpdateAction(action.Id, Conversation(Today), Today));

        Assert.Equal("ActionCancelled", exception.Code);
    }

    [Fact]
    public void UpdateAction_InvalidDetails_ThrowsAndKeepsTheAction()
    {
        var trajectory = Running();
        var action = trajectory.LogAction(Conversation(Today), done: false, null, Today);

        var exception = Assert.Throws<DomainException>(() => trajectory.UpdateAction(action.Id, Conversation(IntakeOn.AddDays(-1)), Today));

        Assert.Equal("DateBeforeTrajectory", exception.Code);
        Assert.Equal(Today, action.Date);
    }

    [Theory]
    [InlineData(10, false)]
    [InlineData(11, true)]
    public void IsOverdue_OpenAction_OnlyAfterItsDueDay(int day, bool expected)
    {
        var trajectory = Running();
        var action = trajectory.LogAction(Conversation(new DateOnly(2025, 5, 1), dueOn: new DateOnly(2025, 5, 10)), done: false, null, Today);

        var overdue = action.IsOverdue(new DateOnly(2025, 5, day));

        Assert.Equal(expected, overdue);
    }

    [Fact]
    public void IsOverdue_DoneAction_IsNeverOverdue()
    {
        var trajectory = Running();
        var action = trajectory.LogAction(Conversation(new DateOnly(2025, 5, 1)), done: true, null, Today);

        var overdue = action.IsOverdue(Today);

        Assert.False(overdue);
    }

    [Theory]
    [InlineData(TrackKind.Work, ActionType.VocationalTraining, ActionCategory.VocationalTraining)]
    [InlineData(TrackKind.Work, ActionType.CourseEnrolment, ActionCategory.VocationalTraining)]
    [InlineData(TrackKind.DutchLanguage, ActionType.CourseEnrolment, ActionCategory.Dutch)]
    [InlineData(TrackKind.Work, ActionType.HigherEducation, ActionCategory.HigherEducation)]
    [InlineData(TrackKind.Work, ActionType.DiplomaRecognition, ActionCategory.DiplomaRecognition)]
    [InlineData(TrackKind.Work, ActionType.JobApplication, ActionCategory.Work)]
    [InlineData(TrackKind.Participation, ActionType.WorkStarted, ActionCategory.Work)]
    [InlineData(TrackKind.Work, ActionType.Registration, ActionCategory.Work)]
    [InlineData(TrackKind.Participation, ActionType.ParticipationActivity, ActionCategory.Participation)]
    [InlineData(TrackKind.SocialOrientation, ActionType.Conversation, ActionCategory.SocialOrientation)]
    public void Categorize_TrackAndType_GivesThePilotReportCategory(TrackKind track, ActionType type, ActionCategory expected)
    {
        var category = FollowUpAction.Categorize(track, type);

        Assert.Equal(expected, category);
    }

    [Fact]
    public void LogAction_PlannedWithAnOutcome_KeepsTheOutcome()
    {
        var trajectory = Running();

        var action = trajectory.LogAction(Conversation(Today.AddDays(7)), done: false, "Tolk Arabisch geregeld", Today);

        Assert.Equal(ActionStatus.Open, action.Status);
        Assert.Equal("Tolk Arabisch geregeld", action.Outcome);
    }
}
