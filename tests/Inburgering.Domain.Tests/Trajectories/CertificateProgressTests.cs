using Inburgering.Domain.Common;
using Inburgering.Domain.History;
using Inburgering.Domain.Rules;
using Inburgering.Domain.Trajectories;

namespace Inburgering.Domain.Tests.Trajectories;

public class CertificateProgressTests
{
    private static readonly DateOnly IntakeOn = new(2025, 3, 3);
    private static readonly DateOnly Today = new(2025, 6, 2);

    private static readonly TrackPlan AllFour = new()
    {
        StartSocialOrientation = true,
        StartDutchLanguage = true,
        StartWork = true,
        VdabRequired = true,
        StartParticipation = true,
    };

    private static Trajectory Start(TrackPlan plan, ObligationClass obligation = ObligationClass.Obligated) =>
        Trajectory.StartIntegration(
            Participants.New(),
            new Intake { CompletedOn = IntakeOn, Goals = Goals.Dutch | Goals.Work },
            plan,
            new ObligationAssessment(obligation, ObligationReason.NonEuResidenceRight),
            new WorkPermission(WorkPermissionStatus.Allowed, new DateOnly(2024, 1, 10), WorkPermissionReason.ResidenceRight),
            Today);

    private static void PassSocialOrientation(Trajectory trajectory) => trajectory.RecordSocialOrientationTest(Today, 20, 10, Today);

    private static void PassDutch(Trajectory trajectory) => trajectory.RecordDutchExam(Today, CefrLevel.A2, ExamMode.Written, passed: true, Today);

    private static void RegisterWithVdab(Trajectory trajectory) =>
        trajectory.LogAction(new ActionDetails { Track = TrackKind.Work, Type = ActionType.Registration, Date = new DateOnly(2025, 4, 1) }, done: true, null, Today);

    private static void Participate(Trajectory trajectory, decimal hours)
    {
        var action = trajectory.LogAction(new ActionDetails { Track = TrackKind.Participation, Type = ActionType.ParticipationActivity, Date = new DateOnly(2025, 5, 5), Hours = hours }, done: true, null, Today);
        trajectory.SignHours(action.Id, "Amina Haddad", Today);
    }

    private static Trajectory AllFourMetExcept(params MissingConditionKind[] left)
    {
        var trajectory = Start(AllFour);
        if (!left.Contains(MissingConditionKind.SocialOrientationTestNotPassed))
        {
            PassSocialOrientation(trajectory);
        }

        if (!left.Contains(MissingConditionKind.DutchLevelNotReached))
        {
            PassDutch(trajectory);
        }

        if (!left.Contains(MissingConditionKind.VdabRegistrationMissing))
        {
            RegisterWithVdab(trajectory);
        }

        if (!left.Contains(MissingConditionKind.ParticipationHoursMissing))
        {
            Participate(trajectory, 40);
        }

        trajectory.ClearChanges();
        return trajectory;
    }

    [Fact]
    public void CertificateProgress_NothingDoneYet_ListsEveryConditionWithItsDetails()
    {
        var trajectory = Start(AllFour);

        var progress = trajectory.CertificateProgress(Today);

        Assert.False(progress.Complete);
        Assert.Equal(
            [
                new MissingCondition(MissingConditionKind.SocialOrientationTestNotPassed),
                new MissingCondition(MissingConditionKind.DutchLevelNotReached, Level: CefrLevel.A2),
                new MissingCondition(MissingConditionKind.VdabRegistrationMissing, DueOn: new DateOnly(2025, 5, 2)),
                new MissingCondition(MissingConditionKind.ParticipationHoursMissing, Hours: 40m),
            ],
            progress.Missing);
    }

    [Theory]
    [InlineData(MissingConditionKind.SocialOrientationTestNotPassed)]
    [InlineData(MissingConditionKind.DutchLevelNotReached)]
    [InlineData(MissingConditionKind.VdabRegistrationMissing)]
    [InlineData(MissingConditionKind.ParticipationHoursMissing)]
    public void CertificateProgress_OneConditionLeft_ListsExactlyThatOne(MissingConditionKind left)
    {
        var trajectory = AllFourMetExcept(left);

        var progress = trajectory.CertificateProgress(Today);

        Assert.Equal(left, Assert.Single(progress.Missing).Kind);
        Assert.False(progress.Complete);
    }

    [Fact]
    public void CertificateProgress_EveryConditionMet_IsComplete()
    {
        var trajectory = AllFourMetExcept();

        var progress = trajectory.CertificateProgress(Today);

        Assert.Empty(progress.Missing);
        Assert.True(progress.Complete);
    }

    [Fact]
    public void CertificateProgress_SomeParticipationHours_ListsTheHoursStillToDo()
    {
        var trajectory = AllFourMetExcept(MissingConditionKind.ParticipationHoursMissing);
        Participate(trajectory, 25.5m);

        var progress = trajectory.CertificateProgress(Today);

        Assert.Equal(new MissingCondition(MissingConditionKind.ParticipationHoursMissing, Hours: 14.5m), Assert.Single(progress.Missing));
    }

    [Fact]
    public void CertificateProgress_UnsignedParticipationHours_StillMissing()
    {
        var trajectory = AllFourMetExcept(MissingConditionKind.ParticipationHoursMissing);
        trajectory.LogAction(new ActionDetails { Track = TrackKind.Participation, Type = ActionType.ParticipationActivity, Date = Today, Hours = 40 }, done: true, null, Today);

        var progress = trajectory.CertificateProgress(Today);

        Assert.Equal(new MissingCondition(MissingConditionKind.ParticipationHoursMissing, Hours: 40m), Assert.Single(progress.Missing));
    }

    [Fact]
    public void CertificateProgress_FailedOrLowerDutchExams_StillMissDutch()
    {
        var trajectory = AllFourMetExcept(MissingConditionKind.DutchLevelNotReached);
        trajectory.RecordDutchExam(Today, CefrLevel.A1, ExamMode.Written, passed: true, Today);
        trajectory.RecordDutchExam(Today, CefrLevel.A2, ExamMode.Written, passed: false, Today);

        var progress = trajectory.CertificateProgress(Today);

        Assert.Equal(MissingConditionKind.DutchLevelNotReached, Assert.Single(progress.Missing).Kind);
    }

    [Fact]
    public void CertificateProgress_FailedSocialOrientationTest_StillMissing()
    {
        var trajectory = AllFourMetExcept(MissingConditionKind.SocialOrientationTestNotPassed);
        trajectory.RecordSocialOrientationTest(Today, 15, 11, Today);

        var progress = trajectory.CertificateProgress(Today);

        Assert.Equal(MissingConditionKind.SocialOrientationTestNotPassed, Assert.Single(progress.Missing).Kind);
    }

    [Fact]
    public void CertificateProgress_NoVdabDutyAndVoluntaryNewcomer_AsksOnlyOrientationAndDutch()
    {
        var trajectory = Start(new TrackPlan { StartSocialOrientation = true, StartDutchLanguage = true, StartWork = true, StartParticipation = true }, ObligationClass.Entitled);

        var progress = trajectory.CertificateProgress(Today);

        Assert.Equal(
            [MissingConditionKind.SocialOrientationTestNotPassed, MissingConditionKind.DutchLevelNotReached],
            progress.Missing.Select(m => m.Kind));
    }

    [Fact]
    public void CertificateProgress_TracksPlannedButNotStarted_AreStillRequired()
    {
        var trajectory = Start(new TrackPlan { VdabRequired = true });

        var progress = trajectory.CertificateProgress(Today);

        Assert.Equal(4, progress.Missing.Count);
    }

    [Fact]
    public void IssueCertificate_ConditionsMissing_ThrowsAndKeepsRunning()
    {
        var trajectory = AllFourMetExcept(MissingConditionKind.VdabRegistrationMissing);

        var exception = Assert.Throws<DomainException>(() => trajectory.IssueCertificate(Today, Today));

        Assert.Equal("CertificateConditionsMissing", exception.Code);
        Assert.Equal(TrajectoryStatus.Running, trajectory.Status);
        Assert.Null(trajectory.CertificateKind);
        Assert.Empty(trajectory.Changes);
    }

    [Fact]
    public void IssueCertificate_AllMetForObligatedNewcomer_CompletesWithOralB1Deadline()
    {
        var trajectory = AllFourMetExcept();

        trajectory.IssueCertificate(Today, Today);

        Assert.Equal(TrajectoryStatus.Completed, trajectory.Status);
        Assert.Equal(CertificateKind.IntegrationCertificate, trajectory.CertificateKind);
        Assert.Equal(Today, trajectory.CertificateIssuedOn);
        Assert.Equal(Today, trajectory.CompletedOn);
        Assert.Equal(new DateOnly(2027, 6, 2), trajectory.OralB1DueOn);
        Assert.Equal([new CertificateIssued()], trajectory.Changes);
    }

    [Theory]
    [InlineData(ObligationClass.Entitled)]
    [InlineData(ObligationClass.Exempt)]
    public void IssueCertificate_VoluntaryParticipant_HasNoOralB1Deadline(ObligationClass obligation)
    {
        var trajectory = Start(new TrackPlan { StartSocialOrientation = true, StartDutchLanguage = true }, obligation);
        PassSocialOrientation(trajectory);
        PassDutch(trajectory);

        trajectory.IssueCertificate(Today, Today);

        Assert.Equal(CertificateKind.IntegrationCertificate, trajectory.CertificateKind);
        Assert.Null(trajectory.OralB1DueOn);
    }

    [Fact]
    public void IssueCertificate_Twice_Throws()
    {
        var trajectory = AllFourMetExcept();
        trajectory.IssueCertificate(Today, Today);

        var exception = Assert.Throws<DomainException>(() => trajectory.IssueCertificate(Today, Today));

        Assert.Equal("TrajectoryCompleted", exception.Code);
    }

    [Fact]
    public void IssueCertificate_OnAFollowUpTrajectory_Throws()
    {
        var integration = AllFourMetExcept();
        integration.IssueCertificate(Today, Today);
        var followUp = integration.OpenFollowUp(Perspective.Professional, "Werk als lasser", Today);

        var exception = Assert.Throws<DomainException>(() => followUp.IssueCertificate(Today, Today));

        Assert.Equal("CertificateOnlyForIntegration", exception.Code);
        Assert.True(followUp.CertificateProgress(Today).Complete);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void IssueStatementOfEffort_WithoutMotivation_Throws(string motivation)
    {
        var trajectory = AllFourMetExcept(MissingConditionKind.DutchLevelNotReached);
        trajectory.RecordDutchExam(Today, CefrLevel.A2, ExamMode.Oral, passed: false, Today);

        var exception = Assert.Throws<DomainException>(() => trajectory.IssueStatementOfEffort(motivation, Today, Today));

        Assert.Equal("MotivationRequired", exception.Code);
    }

    [Fact]
    public void IssueStatementOfEffort_DutchNeverAttempted_Throws()
    {
        var trajectory = AllFourMetExcept(MissingConditionKind.DutchLevelNotReached);

        var exception = Assert.Throws<DomainException>(() => trajectory.IssueStatementOfEffort("Beperkte leerbaarheid", Today, Today));

        Assert.Equal("EffortNeedsAttempt", exception.Code);
        Assert.Null(trajectory.CertificateKind);
    }

    [Fact]
    public void IssueStatementOfEffort_OrientationNeverAttempted_Throws()
    {
        var trajectory = AllFourMetExcept(MissingConditionKind.SocialOrientationTestNotPassed);

        var exception = Assert.Throws<DomainException>(() => trajectory.IssueStatementOfEffort("Beperkte leerbaarheid", Today, Today));

        Assert.Equal("EffortNeedsAttempt", exception.Code);
    }

    [Fact]
    public void IssueStatementOfEffort_OneOfTwoLearningObjectivesAttempted_Throws()
    {
        var trajectory = AllFourMetExcept(MissingConditionKind.SocialOrientationTestNotPassed, MissingConditionKind.DutchLevelNotReached);
        trajectory.RecordDutchExam(Today, CefrLevel.A2, ExamMode.Oral, passed: false, Today);

        var exception = Assert.Throws<DomainException>(() => trajectory.IssueStatementOfEffort("Beperkte leerbaarheid", Today, Today));

        Assert.Equal("EffortNeedsAttempt", exception.Code);
    }

    [Fact]
    public void IssueStatementOfEffort_OtherConditionMissing_Throws()
    {
        var trajectory = AllFourMetExcept(MissingConditionKind.DutchLevelNotReached, MissingConditionKind.ParticipationHoursMissing);
        trajectory.RecordDutchExam(Today, CefrLevel.A2, ExamMode.Oral, passed: false, Today);

        var exception = Assert.Throws<DomainException>(() => trajectory.IssueStatementOfEffort("Beperkte leerbaarheid", Today, Today));

        Assert.Equal("CertificateConditionsMissing", exception.Code);
    }

    [Fact]
    public void IssueStatementOfEffort_EverythingMet_Throws()
    {
        var trajectory = AllFourMetExcept();

        var exception = Assert.Throws<DomainException>(() => trajectory.IssueStatementOfEffort("Beperkte leerbaarheid", Today, Today));

        Assert.Equal("EffortNotNeeded", exception.Code);
    }

    [Fact]
    public void IssueStatementOfEffort_DutchAttemptedAndAllElseMet_IssuesWithoutOralB1Deadline()
    {
        var trajectory = AllFourMetExcept(MissingConditionKind.DutchLevelNotReached);
        trajectory.RecordDutchExam(Today, CefrLevel.A2, ExamMode.Oral, passed: false, Today);
        trajectory.ClearChanges();

        trajectory.IssueStatementOfEffort("  Beperkte leerbaarheid na vier examenpogingen ", Today, Today);

        Assert.Equal(TrajectoryStatus.Completed, trajectory.Status);
        Assert.Equal(CertificateKind.StatementOfEffort, trajectory.CertificateKind);
        Assert.Equal(Today, trajectory.CertificateIssuedOn);
        Assert.Equal("Beperkte leerbaarheid na vier examenpogingen", trajectory.EffortMotivation);
        Assert.Null(trajectory.OralB1DueOn);
        Assert.Equal([new StatementOfEffortIssued()], trajectory.Changes);
    }

    [Fact]
    public void IssueStatementOfEffort_BothLearningObjectivesAttempted_Issues()
    {
        var trajectory = AllFourMetExcept(MissingConditionKind.SocialOrientationTestNotPassed, MissingConditionKind.DutchLevelNotReached);
        trajectory.RecordSocialOrientationTest(Today, 12, 5, Today);
        trajectory.RecordDutchExam(Today, CefrLevel.A2, ExamMode.Oral, passed: false, Today);

        trajectory.IssueStatementOfEffort("Beperkte leerbaarheid", Today, Today);

        Assert.Equal(CertificateKind.StatementOfEffort, trajectory.CertificateKind);
    }
}
