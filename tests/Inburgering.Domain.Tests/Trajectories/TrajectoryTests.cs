using Inburgering.Domain.Common;
using Inburgering.Domain.History;
using Inburgering.Domain.Newcomers;
using Inburgering.Domain.Rules;
using Inburgering.Domain.Trajectories;

namespace Inburgering.Domain.Tests.Trajectories;

public class TrajectoryTests
{
    private static readonly DateOnly IntakeOn = new(2025, 3, 3);
    private static readonly DateOnly Today = new(2025, 6, 2);

    private static readonly WorkPermission MayWorkSince2024 = new(WorkPermissionStatus.Allowed, new DateOnly(2024, 1, 10), WorkPermissionReason.ResidenceRight);

    private static readonly TrackPlan LanguageAndOrientation = new() { StartSocialOrientation = true, StartDutchLanguage = true };

    private static Intake IntakeDone(DateOnly? on = null, CefrLevel dutchLevel = CefrLevel.None) =>
        new() { CompletedOn = on ?? IntakeOn, Goals = Goals.Dutch | Goals.Work, DutchLevel = dutchLevel };

    private static ObligationAssessment Assessment(ObligationClass obligation) => new(obligation, ObligationReason.NonEuResidenceRight);

    private static Trajectory Start(TrackPlan plan, WorkPermission? work = null, Intake? intake = null, ObligationClass obligation = ObligationClass.Obligated) =>
        Trajectory.StartIntegration(Participants.New(), intake ?? IntakeDone(), plan, Assessment(obligation), work ?? MayWorkSince2024, Today);

    /// <summary>Works, so no participation hours are owed: the attest needs MO and NT2 only.</summary>
    private static Trajectory Certified()
    {
        var trajectory = Start(LanguageAndOrientation, intake: IntakeDone() with { Working = true });
        trajectory.RecordSocialOrientationTest(Today, 20, 10, Today);
        trajectory.RecordDutchExam(Today, CefrLevel.A2, ExamMode.Written, passed: true, Today);
        trajectory.IssueCertificate(Today, Today);
        trajectory.ClearChanges();
        return trajectory;
    }

    [Fact]
    public void StartIntegration_WorkAndDutchPlanned_RunsBothInParallelAndNothingElse()
    {
        var plan = new TrackPlan { StartDutchLanguage = true, StartWork = true, VdabRequired = true };
        var newcomerId = NewcomerId.New();

        var trajectory = Trajectory.StartIntegration(Participants.For(newcomerId), IntakeDone(), plan, Assessment(ObligationClass.Obligated), MayWorkSince2024, Today);

        Assert.Equal(TrackStatus.Running, trajectory.Work.Status);
        Assert.Equal(TrackStatus.Running, trajectory.DutchLanguage.Status);
        Assert.Equal(IntakeOn, trajectory.Work.StartedOn);
        Assert.Equal(IntakeOn, trajectory.DutchLanguage.StartedOn);
        Assert.Equal(TrackStatus.NotStarted, trajectory.SocialOrientation.Status);
        Assert.Equal(TrackStatus.NotStarted, trajectory.Participation.Status);
        Assert.Null(trajectory.SocialOrientation.StartedOn);
        Assert.Equal(newcomerId, trajectory.NewcomerId);
        Assert.Equal(newcomerId, trajectory.DossierId);
        Assert.Equal(TrajectoryKind.Integration, trajectory.Kind);
        Assert.Equal(TrajectoryStatus.Running, trajectory.Status);
        Assert.Equal(IntakeOn, trajectory.StartedOn);
        Assert.Equal(ObligationClass.Obligated, trajectory.Obligation);
        Assert.Equal([new IntakeCompleted([TrackKind.DutchLanguage, TrackKind.Work])], trajectory.Changes);
    }

    [Fact]
    public void StartIntegration_AllFourPlanned_RunsAllFour()
    {
        var plan = new TrackPlan { StartSocialOrientation = true, StartDutchLanguage = true, StartWork = true, StartParticipation = true };

        var trajectory = Start(plan);

        Assert.All(Enum.GetValues<TrackKind>(), kind => Assert.Equal(TrackStatus.Running, trajectory.TrackOf(kind).Status));
        Assert.Equal(new IntakeCompleted([TrackKind.SocialOrientation, TrackKind.DutchLanguage, TrackKind.Work, TrackKind.Participation]), Assert.Single(trajectory.Changes));
    }

    [Fact]
    public void StartIntegration_Plan_SetsTheObjectiveOfEachTrack()
    {
        var plan = new TrackPlan
        {
            StartSocialOrientation = true,
            CourseLanguage = " Arabisch ",
            StartDutchLanguage = true,
            LearnerProfile = LearnerProfile.LearningToReadAndWrite,
            OralExam = true,
            WorkRoute = WorkRoute.DiplomaRecognition,
            VdabRequired = true,
        };

        var trajectory = Start(plan, intake: IntakeDone(dutchLevel: CefrLevel.A1));

        Assert.Equal("Arabisch", trajectory.SocialOrientation.CourseLanguage);
        Assert.Equal(LearnerProfile.LearningToReadAndWrite, trajectory.DutchLanguage.Profile);
        Assert.Equal(CefrLevel.A2, trajectory.DutchLanguage.TargetLevel);
        Assert.Equal(CefrLevel.A1, trajectory.DutchLanguage.LevelReached);
        Assert.True(trajectory.DutchLanguage.OralExam);
        Assert.Equal(WorkRoute.DiplomaRecognition, trajectory.Work.Route);
        Assert.True(trajectory.Work.VdabRequired);
        Assert.True(trajectory.ParticipationDutyOn(Today).Mandatory);
    }

    [Fact]
    public void StartIntegration_NotInTargetGroup_Throws()
    {
        var exception = Assert.Throws<DomainException>(() => Start(LanguageAndOrientation, obligation: ObligationClass.NotInTargetGroup));

        Assert.Equal("NotInTargetGroup", exception.Code);
    }

    [Theory]
    [InlineData(ObligationClass.Entitled)]
    [InlineData(ObligationClass.Exempt)]
    public void StartIntegration_VoluntaryParticipant_KeepsTheObligationClass(ObligationClass obligation)
    {
        var trajectory = Start(LanguageAndOrientation, obligation: obligation);

        Assert.Equal(obligation, trajectory.Obligation);
    }

    [Fact]
    public void StartIntegration_MayAlreadyWork_VdabDueSixtyDaysAfterStart()
    {
        var plan = new TrackPlan { StartWork = true, VdabRequired = true };

        var trajectory = Start(plan, work: MayWorkSince2024);

        Assert.Equal(new DateOnly(2025, 5, 2), trajectory.Work.VdabDueOn);
    }

    [Fact]
    public void StartIntegration_MayWorkOnlyLater_VdabDueSixtyDaysAfterWorkBecomesAllowed()
    {
        var plan = new TrackPlan { StartWork = true, VdabRequired = true };
        var notYet = new WorkPermission(WorkPermissionStatus.NotYet, new DateOnly(2025, 4, 15), WorkPermissionReason.WaitingFourMonths);

        var trajectory = Start(plan, work: notYet);

        Assert.Equal(new DateOnly(2025, 6, 14), trajectory.Work.VdabDueOn);
    }

    [Fact]
    public void StartIntegration_VdabNotRequired_HasNoVdabDeadline()
    {
        var plan = new TrackPlan { StartWork = true, VdabRequired = false };

        var trajectory = Start(plan);

        Assert.Null(trajectory.Work.VdabDueOn);
        Assert.False(trajectory.Work.RequiredForCertificate);
    }

    [Theory]
    [InlineData(WorkPermissionStatus.NotAllowed)]
    [InlineData(WorkPermissionStatus.Unknown)]
    public void StartIntegration_VdabRequiredWithoutWorkPermission_Throws(WorkPermissionStatus status)
    {
        var plan = new TrackPlan { StartWork = true, VdabRequired = true };
        var work = new WorkPermission(status, null, WorkPermissionReason.RefusedWithinFourMonths);

        var exception = Assert.Throws<DomainException>(() => Start(plan, work: work));

        Assert.Equal("VdabRequiresWorkPermission", exception.Code);
    }

    [Fact]
    public void StartIntegration_NoVdabWithoutWorkPermission_Starts()
    {
        var plan = LanguageAndOrientation;
        var work = new WorkPermission(WorkPermissionStatus.NotAllowed, null, WorkPermissionReason.RefusedWithinFourMonths);

        var trajectory = Start(plan, work: work);

        Assert.Equal(TrajectoryStatus.Running, trajectory.Status);
    }

    [Fact]
    public void StartIntegration_IntakeInFuture_Throws()
    {
        var exception = Assert.Throws<DomainException>(() => Start(LanguageAndOrientation, intake: IntakeDone(Today.AddDays(1))));

        Assert.Equal("IntakeDateInFuture", exception.Code);
    }

    [Fact]
    public void StartIntegration_IntakeWithoutGoal_Throws()
    {
        var intake = IntakeDone() with { Goals = Goals.None };

        var exception = Assert.Throws<DomainException>(() => Start(LanguageAndOrientation, intake: intake));

        Assert.Equal("GoalRequired", exception.Code);
    }

    [Fact]
    public void StartIntegration_A2AlreadySpokenAtIntake_StillNeedsAPassedExamForTheAttest()
    {
        var trajectory = Start(LanguageAndOrientation, intake: IntakeDone(dutchLevel: CefrLevel.A2));

        Assert.Equal(CefrLevel.A2, trajectory.DutchLanguage.LevelReached);
        Assert.Contains(trajectory.CertificateProgress(Today).Missing, m => m.Kind == MissingConditionKind.DutchLevelNotReached);
    }

    [Fact]
    public void StartTrack_PlannedTrack_RunsFromTodayAndIsRecorded()
    {
        var trajectory = Start(LanguageAndOrientation);
        trajectory.ClearChanges();

        trajectory.StartTrack(TrackKind.Participation, Today);

        Assert.Equal(TrackStatus.Running, trajectory.Participation.Status);
        Assert.Equal(Today, trajectory.Participation.StartedOn);
        Assert.Equal([new TrackStarted(TrackKind.Participation)], trajectory.Changes);
    }

    [Fact]
    public void StartTrack_AlreadyRunning_Throws()
    {
        var trajectory = Start(LanguageAndOrientation);

        var exception = Assert.Throws<DomainException>(() => trajectory.StartTrack(TrackKind.DutchLanguage, Today));

        Assert.Equal("TrackNotStartable", exception.Code);
    }

    [Fact]
    public void StartTrack_CompletedTrajectory_Throws()
    {
        var trajectory = Certified();

        var exception = Assert.Throws<DomainException>(() => trajectory.StartTrack(TrackKind.Work, Today));

        Assert.Equal("TrajectoryCompleted", exception.Code);
    }

    [Theory]
    [InlineData(TrackKind.SocialOrientation)]
    [InlineData(TrackKind.DutchLanguage)]
    public void CompleteTrack_TrackThatEndsWithAnExam_Throws(TrackKind kind)
    {
        var trajectory = Start(LanguageAndOrientation);

        var exception = Assert.Throws<DomainException>(() => trajectory.CompleteTrack(kind, Today));

        Assert.Equal("TrackCompletesByExam", exception.Code);
    }

    [Fact]
    public void CompleteTrack_NotStarted_Throws()
    {
        var trajectory = Start(LanguageAndOrientation);

        var exception = Assert.Throws<DomainException>(() => trajectory.CompleteTrack(TrackKind.Work, Today));

        Assert.Equal("TrackNotRunning", exception.Code);
    }

    [Fact]
    public void CompleteTrack_MandatoryParticipationBelow40Hours_Throws()
    {
        var trajectory = Start(new TrackPlan { StartParticipation = true });

        var exception = Assert.Throws<DomainException>(() => trajectory.CompleteTrack(TrackKind.Participation, Today));

        Assert.Equal("ParticipationHoursNotReached", exception.Code);
        Assert.Equal(TrackStatus.Running, trajectory.Participation.Status);
    }

    [Fact]
    public void CompleteTrack_OptionalParticipationBelow40Hours_Completes()
    {
        var trajectory = Start(new TrackPlan { StartParticipation = true }, obligation: ObligationClass.Entitled);

        trajectory.CompleteTrack(TrackKind.Participation, Today);

        Assert.Equal(TrackStatus.Completed, trajectory.Participation.Status);
    }

    [Fact]
    public void CompleteTrack_RunningWorkTrack_CompletesAndIsRecorded()
    {
        var trajectory = Start(new TrackPlan { StartWork = true });
        trajectory.ClearChanges();

        trajectory.CompleteTrack(TrackKind.Work, Today);

        Assert.Equal(TrackStatus.Completed, trajectory.Work.Status);
        Assert.Equal(Today, trajectory.Work.CompletedOn);
        Assert.False(trajectory.Work.IsOpen);
        Assert.Equal([new TrackCompleted(TrackKind.Work)], trajectory.Changes);
    }

    [Fact]
    public void RecordSocialOrientationTest_Passed_CompletesTheTrackOnTheTestDate()
    {
        var trajectory = Start(LanguageAndOrientation);
        trajectory.ClearChanges();
        var testDate = new DateOnly(2025, 5, 20);

        var result = trajectory.RecordSocialOrientationTest(testDate, 16, 9, Today);

        Assert.True(result.Passed);
        Assert.Equal(testDate, result.Date);
        Assert.Equal(16, result.PracticalScore);
        Assert.Equal(9, result.ValuesScore);
        Assert.Equal(TrackStatus.Completed, trajectory.SocialOrientation.Status);
        Assert.Equal(testDate, trajectory.SocialOrientation.CompletedOn);
        Assert.Equal([new SocialOrientationTestRecorded(true), new TrackCompleted(TrackKind.SocialOrientation)], trajectory.Changes);
    }

    [Fact]
    public void RecordSocialOrientationTest_Failed_KeepsTheTrackRunning()
    {
        var trajectory = Start(LanguageAndOrientation);
        trajectory.ClearChanges();

        var result = trajectory.RecordSocialOrientationTest(Today, 16, 8, Today);

        Assert.False(result.Passed);
        Assert.Equal(TrackStatus.Running, trajectory.SocialOrientation.Status);
        Assert.Single(trajectory.SocialOrientationTests);
        Assert.Equal([new SocialOrientationTestRecorded(false)], trajectory.Changes);
    }

    [Fact]
    public void RecordSocialOrientationTest_ValuesSixBeforeMarch2023_Passes()
    {
        var trajectory = Start(LanguageAndOrientation, intake: IntakeDone(new DateOnly(2023, 1, 9)));

        var result = trajectory.RecordSocialOrientationTest(new DateOnly(2023, 2, 28), 16, 6, Today);

        Assert.True(result.Passed);
    }

    [Fact]
    public void RecordSocialOrientationTest_ValuesSixFromMarch2023_Fails()
    {
        var trajectory = Start(LanguageAndOrientation, intake: IntakeDone(new DateOnly(2023, 1, 9)));

        var result = trajectory.RecordSocialOrientationTest(new DateOnly(2023, 3, 1), 16, 6, Today);

        Assert.False(result.Passed);
    }

    [Fact]
    public void RecordSocialOrientationTest_ScoreOutOfRange_ThrowsAndRecordsNothing()
    {
        var trajectory = Start(LanguageAndOrientation);

        var exception = Assert.Throws<DomainException>(() => trajectory.RecordSocialOrientationTest(Today, 31, 9, Today));

        Assert.Equal("PracticalScoreOutOfRange", exception.Code);
        Assert.Empty(trajectory.SocialOrientationTests);
    }

    [Fact]
    public void RecordSocialOrientationTest_TrackNotStarted_Throws()
    {
        var trajectory = Start(new TrackPlan { StartDutchLanguage = true });

        var exception = Assert.Throws<DomainException>(() => trajectory.RecordSocialOrientationTest(Today, 20, 10, Today));

        Assert.Equal("TrackNotRunning", exception.Code);
    }

    [Fact]
    public void RecordSocialOrientationTest_AfterAPass_Throws()
    {
        var trajectory = Start(LanguageAndOrientation);
        trajectory.RecordSocialOrientationTest(Today, 20, 10, Today);

        var exception = Assert.Throws<DomainException>(() => trajectory.RecordSocialOrientationTest(Today, 20, 10, Today));

        Assert.Equal("TrackAlreadyCompleted", exception.Code);
    }

    [Fact]
    public void RecordSocialOrientationTest_DateInFuture_Throws()
    {
        var trajectory = Start(LanguageAndOrientation);

        var exception = Assert.Throws<DomainException>(() => trajectory.RecordSocialOrientationTest(Today.AddDays(1), 20, 10, Today));

        Assert.Equal("ExamDateInFuture", exception.Code);
    }

    [Fact]
    public void RecordSocialOrientationTest_RealDateBeforeTheIntake_KeepsThatDate()
    {
        var trajectory = Start(LanguageAndOrientation);

        var result = trajectory.RecordSocialOrientationTest(IntakeOn.AddDays(-40), 20, 10, Today);

        Assert.Equal(IntakeOn.AddDays(-40), result.Date);
        Assert.Equal(IntakeOn.AddDays(-40), trajectory.SocialOrientation.CompletedOn);
    }

    [Fact]
    public void RecordDutchExam_A2Passed_CompletesTheTrackAndSetsTheLevel()
    {
        var trajectory = Start(LanguageAndOrientation);
        trajectory.ClearChanges();
        var examDate = new DateOnly(2025, 5, 28);

        var result = trajectory.RecordDutchExam(examDate, CefrLevel.A2, ExamMode.Oral, passed: true, Today);

        Assert.Equal(CefrLevel.A2, trajectory.DutchLanguage.LevelReached);
        Assert.Equal(TrackStatus.Completed, trajectory.DutchLanguage.Status);
        Assert.Equal(examDate, trajectory.DutchLanguage.CompletedOn);
        Assert.Equal(ExamMode.Oral, result.Mode);
        Assert.Equal([new DutchExamRecorded(CefrLevel.A2, ExamMode.Oral, true), new TrackCompleted(TrackKind.DutchLanguage)], trajectory.Changes);
    }

    [Fact]
    public void RecordDutchExam_A1Passed_RaisesTheLevelButKeepsTheTrackRunning()
    {
        var trajectory = Start(LanguageAndOrientation);

        trajectory.RecordDutchExam(Today, CefrLevel.A1, ExamMode.Written, passed: true, Today);

        Assert.Equal(CefrLevel.A1, trajectory.DutchLanguage.LevelReached);
        Assert.Equal(TrackStatus.Running, trajectory.DutchLanguage.Status);
    }

    [Fact]
    public void RecordDutchExam_A2Failed_KeepsLevelAndTrack()
    {
        var trajectory = Start(LanguageAndOrientation, intake: IntakeDone(dutchLevel: CefrLevel.A1));
        trajectory.ClearChanges();

        trajectory.RecordDutchExam(Today, CefrLevel.A2, ExamMode.Written, passed: false, Today);

        Assert.Equal(CefrLevel.A1, trajectory.DutchLanguage.LevelReached);
        Assert.Equal(TrackStatus.Running, trajectory.DutchLanguage.Status);
        Assert.Equal([new DutchExamRecorded(CefrLevel.A2, ExamMode.Written, false)], trajectory.Changes);
    }

    [Fact]
    public void RecordDutchExam_LowerLevelPassedAfterHigher_KeepsTheHigherLevel()
    {
        var trajectory = Start(LanguageAndOrientation);
        trajectory.RecordDutchExam(Today, CefrLevel.B1, ExamMode.Written, passed: true, Today);

        trajectory.RecordDutchExam(Today, CefrLevel.A1, ExamMode.Written, passed: true, Today);

        Assert.Equal(CefrLevel.B1, trajectory.DutchLanguage.LevelReached);
        Assert.Equal(TrackStatus.Completed, trajectory.DutchLanguage.Status);
    }

    [Fact]
    public void RecordDutchExam_WithoutLevel_Throws()
    {
        var trajectory = Start(LanguageAndOrientation);

        var exception = Assert.Throws<DomainException>(() => trajectory.RecordDutchExam(Today, CefrLevel.None, ExamMode.Written, passed: true, Today));

        Assert.Equal("ExamLevelRequired", exception.Code);
    }

    [Fact]
    public void RecordDutchExam_TrackNotStarted_Throws()
    {
        var trajectory = Start(new TrackPlan { StartSocialOrientation = true });

        var exception = Assert.Throws<DomainException>(() => trajectory.RecordDutchExam(Today, CefrLevel.A2, ExamMode.Written, passed: true, Today));

        Assert.Equal("TrackNotRunning", exception.Code);
    }

    [Fact]
    public void RecordDutchExam_DateInFuture_Throws()
    {
        var trajectory = Start(LanguageAndOrientation);

        var exception = Assert.Throws<DomainException>(() => trajectory.RecordDutchExam(Today.AddDays(1), CefrLevel.A2, ExamMode.Written, passed: true, Today));

        Assert.Equal("ExamDateInFuture", exception.Code);
    }

    [Fact]
    public void RecordDutchExam_AfterTheCertificate_RecordsOralB1()
    {
        var trajectory = Certified();
        var later = Today.AddMonths(10);

        trajectory.RecordDutchExam(later, CefrLevel.B1, ExamMode.Oral, passed: true, later);

        Assert.Equal(CefrLevel.B1, trajectory.DutchLanguage.LevelReached);
        Assert.Equal(2, trajectory.DutchExams.Count);
    }

    [Fact]
    public void OpenFollowUp_WithoutCertificate_Throws()
    {
        var trajectory = Start(LanguageAndOrientation);

        var exception = Assert.Throws<DomainException>(() => trajectory.OpenFollowUp(Perspective.Professional, "Werk als verpleegkundige", Today));

        Assert.Equal("FollowUpNeedsCertificate", exception.Code);
    }

    [Fact]
    public void OpenFollowUp_AfterCertificate_StartsAFollowUpTowardsTheGoal()
    {
        var trajectory = Certified();
        var openedOn = Today.AddMonths(2);

        var followUp = trajectory.OpenFollowUp(Perspective.Educational, "  Bachelor verpleegkunde ", openedOn);

        Assert.NotEqual(trajectory.Id, followUp.Id);
        Assert.Equal(trajectory.NewcomerId, followUp.NewcomerId);
        Assert.Equal(TrajectoryKind.FollowUp, followUp.Kind);
        Assert.Equal(TrajectoryStatus.Running, followUp.Status);
        Assert.Equal(openedOn, followUp.StartedOn);
        Assert.Equal("Bachelor verpleegkunde", followUp.Goal);
        Assert.Equal(Perspective.Educational, followUp.Intake.Perspective);
        Assert.Equal(openedOn, followUp.Intake.CompletedOn);
        Assert.Equal(ObligationClass.Obligated, followUp.Obligation);
        Assert.Equal(TrackStatus.NotApplicable, followUp.SocialOrientation.Status);
        Assert.Equal(CefrLevel.B1, followUp.DutchLanguage.TargetLevel);
        Assert.Equal(CefrLevel.A2, followUp.DutchLanguage.LevelReached);
        Assert.Equal(TrackStatus.NotStarted, followUp.DutchLanguage.Status);
        Assert.Equal(TrackStatus.NotStarted, followUp.Work.Status);
        Assert.Equal(TrackStatus.NotStarted, followUp.Participation.Status);
        Assert.Equal([new FollowUpTrajectoryOpened(Perspective.Educational)], followUp.Changes);
        Assert.Empty(trajectory.Changes);
    }

    [Fact]
    public void OpenFollowUp_WithoutGoal_Throws()
    {
        var trajectory = Certified();

        var exception = Assert.Throws<DomainException>(() => trajectory.OpenFollowUp(Perspective.Professional, " ", Today));

        Assert.Equal("GoalRequired", exception.Code);
    }

    [Fact]
    public void OpenFollowUp_FromAFollowUp_Throws()
    {
        var followUp = Certified().OpenFollowUp(Perspective.Professional, "Eigen zaak", Today);

        var exception = Assert.Throws<DomainException>(() => followUp.OpenFollowUp(Perspective.Professional, "Nog een", Today));

        Assert.Equal("FollowUpNeedsCertificate", exception.Code);
    }

    [Fact]
    public void OpenFollowUp_AfterStatementOfEffort_IsAllowed()
    {
        var trajectory = Start(LanguageAndOrientation, intake: IntakeDone() with { Studying = true });
        trajectory.RecordSocialOrientationTest(Today, 20, 10, Today);
        trajectory.RecordDutchExam(Today, CefrLevel.A2, ExamMode.Oral, passed: false, Today);
        trajectory.IssueStatementOfEffort("Beperkte leerbaarheid na vier examenpogingen", Today, Today);

        var followUp = trajectory.OpenFollowUp(Perspective.Professional, "Werk in de logistiek", Today);

        Assert.Equal(TrajectoryKind.FollowUp, followUp.Kind);
    }

    [Fact]
    public void StartTrack_FollowUpSocialOrientation_IsNotStartable()
    {
        var followUp = Certified().OpenFollowUp(Perspective.Professional, "Eigen zaak", Today);

        var exception = Assert.Throws<DomainException>(() => followUp.StartTrack(TrackKind.SocialOrientation, Today));

        Assert.Equal("TrackNotStartable", exception.Code);
    }

    [Fact]
    public void Follow_ReassignedDossier_TakesOverTheNewCaseWorkerOfficeAndGender()
    {
        var newcomerId = NewcomerId.New();
        var trajectory = Trajectory.StartIntegration(Participants.For(newcomerId), IntakeDone(), new TrackPlan { StartDutchLanguage = true }, Assessment(ObligationClass.Obligated), MayWorkSince2024, Today);
        var followUp = new Participant(newcomerId, Gender.X, Organisation.Agency.AgII, Guid.NewGuid(), "case-worker-2");

        trajectory.Follow(followUp);

        Assert.Equal("case-worker-2", trajectory.CaseWorkerId);
        Assert.Equal(followUp.OfficeId, trajectory.OfficeId);
        Assert.Equal(Gender.X, trajectory.Gender);
    }

    [Fact]
    public void Follow_AnotherNewcomer_IsRefused()
    {
        var trajectory = Trajectory.StartIntegration(Participants.New(), IntakeDone(), new TrackPlan { StartDutchLanguage = true }, Assessment(ObligationClass.Obligated), MayWorkSince2024, Today);

        var exception = Assert.Throws<DomainException>(() => trajectory.Follow(Participants.New()));

        Assert.Equal("ParticipantMismatch", exception.Code);
    }
}
