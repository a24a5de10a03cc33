using Inburgering.Domain.Common;
using Inburgering.Domain.History;
using Inburgering.Domain.Newcomers;
using Inburgering.Domain.Rules;
using Inburgering.Domain.Trajectories;

namespace Inburgering.Domain.Tests.OverTime;

/// <summary>Changing the plan after the contract: a track added, stopped or given another objective, always with a reason.</summary>
public class PlanChangeTests
{
    private static readonly DateOnly IntakeOn = new(2026, 2, 2);
    private static readonly DateOnly Today = new(2026, 11, 30);

    private static Newcomer Obligated() => People.Register(
        new PersonalData { FirstName = "Amina", LastName = "Haddad", BirthDate = new DateOnly(1990, 3, 15), Gender = Gender.Female, Nationality = "SY", Municipality = "Leuven" },
        new Residence(ResidenceStatus.RecognisedRefugee, new DateOnly(2025, 1, 10)),
        brussels: false,
        contractOn: IntakeOn);

    private static Trajectory Running(TrackPlan? plan = null, bool working = false)
    {
        var newcomer = Obligated();
        var trajectory = Trajectory.StartIntegration(
            newcomer.Participant,
            new Intake { CompletedOn = IntakeOn, Goals = Goals.Dutch, Working = working },
            plan ?? new TrackPlan { StartSocialOrientation = true, StartDutchLanguage = true, StartWork = true, StartParticipation = true },
            newcomer.Obligation(IntakeOn),
            newcomer.WorkPermission(IntakeOn),
            IntakeOn);
        trajectory.ClearChanges();
        return trajectory;
    }

    private static WorkPermission MayWork => new(WorkPermissionStatus.Allowed, null, WorkPermissionReason.ProtectionGranted);

    private static string Code(Action change) => Assert.Throws<DomainException>(change).Error.Code;

    [Fact]
    public void StopTrack_Running_StopsTodayAndRecordsTheReason()
    {
        var trajectory = Running();

        trajectory.StopTrack(TrackKind.Work, "Zwanger, werk later", Today);

        Assert.Equal((TrackStatus.Stopped, Today), (trajectory.Work.Status, trajectory.Work.CompletedOn));
        Assert.Equal([new TrackStopped(TrackKind.Work, "Zwanger, werk later")], trajectory.Changes);
    }

    [Fact]
    public void StopTrack_WithOpenActions_CancelsThoseOfThatTrackOnlyAndNothingIsDueOnIt()
    {
        var trajectory = Running();
        var workCall = trajectory.LogAction(new ActionDetails { Track = TrackKind.Work, Type = ActionType.Conversation, Date = Today.AddDays(-10), DueOn = Today.AddDays(-3) }, done: false, null, Today);
        var dutchCall = trajectory.LogAction(new ActionDetails { Track = TrackKind.DutchLanguage, Type = ActionType.Conversation, Date = Today.AddDays(-10), DueOn = Today.AddDays(5) }, done: false, null, Today);
        Assert.Equal(Today.AddDays(-3), trajectory.NextDueOn);
        trajectory.ClearChanges();

        trajectory.StopTrack(TrackKind.Work, "Zwanger, werk later", Today);

        Assert.Equal((ActionStatus.Cancelled, "Zwanger, werk later"), (workCall.Status, workCall.Outcome));
        Assert.Equal(ActionStatus.Open, dutchCall.Status);
        Assert.Equal(Today.AddDays(5), trajectory.NextDueOn);
        Assert.Equal([new TrackStopped(TrackKind.Work, "Zwanger, werk later"), new ActionCancelled(ActionType.Conversation)], trajectory.Changes);
    }

    [Fact]
    public void StopTrack_Completed_IsRefusedAndTheTrackKeepsItsResult()
    {
        var trajectory = Running();
        trajectory.RecordSocialOrientationTest(IntakeOn.AddDays(30), 20, 10, Today);
        trajectory.ClearChanges();

        Assert.Equal("TrackStopCompleted", Code(() => trajectory.StopTrack(TrackKind.SocialOrientation, "Toch niet", Today)));

        Assert.Equal(TrackStatus.Completed, trajectory.SocialOrientation.Status);
        Assert.Empty(trajectory.Changes);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void StopTrack_WithoutReason_IsRefused(string reason)
    {
        var trajectory = Running();

        Assert.Equal("ReasonRequired", Code(() => trajectory.StopTrack(TrackKind.Work, reason, Today)));

        Assert.Equal(TrackStatus.Running, trajectory.Work.Status);
    }

    [Fact]
    public void StopTrack_DutchLanguage_AttestStillNeedsA2AndAStatementOfEffortNeedsAnAttempt()
    {
        var trajectory = Running(new TrackPlan { StartSocialOrientation = true, StartDutchLanguage = true }, working: true);
        trajectory.RecordSocialOrientationTest(IntakeOn.AddDays(30), 20, 10, Today);
        trajectory.StopTrack(TrackKind.DutchLanguage, "Lessen te zwaar naast de zorg voor kinderen", Today);

        var missing = trajectory.CertificateProgress(Today).Missing.Select(m => m.Kind);
        var withoutAttempt = Code(() => trajectory.IssueStatementOfEffort("Leert traag ondanks inzet", Today, Today));
        trajectory.RecordDutchExam(Today.AddDays(-1), CefrLevel.A2, ExamMode.Written, passed: false, Today);
        trajectory.IssueStatementOfEffort("Leert traag ondanks inzet", Today, Today);

        Assert.Contains(MissingConditionKind.DutchLevelNotReached, missing);
        Assert.Equal("EffortNeedsAttempt", withoutAttempt);
        Assert.Equal((CertificateKind.StatementOfEffort, TrackStatus.Stopped, (DateOnly?)null), (trajectory.CertificateKind!.Value, trajectory.DutchLanguage.Status, trajectory.OralB1DueOn));
    }

    [Fact]
    public void StopTrack_ParticipationWhileHoursAreOwed_TheDutyStaysDerivedAndTheAttestWaits()
    {
        var trajectory = Running();

        trajectory.StopTrack(TrackKind.Participation, "Wil eerst de taal", Today);

        Assert.True(trajectory.ParticipationDutyOn(Today).Mandatory);
        Assert.Contains(trajectory.CertificateProgress(Today).Missing, m => m.Kind == MissingConditionKind.ParticipationHoursMissing);
    }

    [Fact]
    public void AddTrack_AStoppedTrack_RunsAgainFromTodayWithTheReason()
    {
        var trajectory = Running();
        trajectory.StopTrack(TrackKind.Work, "Zwanger", Today.AddDays(-60));
        trajectory.ClearChanges();

        trajectory.AddTrack(TrackKind.Work, "Kinderopvang gevonden", Today);

        Assert.Equal((TrackStatus.Running, (DateOnly?)Today, (DateOnly?)null), (trajectory.Work.Status, trajectory.Work.StartedOn, trajectory.Work.CompletedOn));
        Assert.Equal([new TrackAdded(TrackKind.Work, "Kinderopvang gevonden")], trajectory.Changes);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void AddTrack_ATrackStillInThePlan_IsRefused(bool started)
    {
        var trajectory = Running(new TrackPlan { StartSocialOrientation = true, StartWork = started });

        Assert.Equal("TrackInPlan", Code(() => trajectory.AddTrack(TrackKind.Work, "Reden", Today)));
    }

    [Theory]
    [InlineData(CefrLevel.A1, "TargetBelowCertificate")]
    [InlineData(CefrLevel.A2, "ObjectiveUnchanged")]
    [InlineData(CefrLevel.B1, null)]
    public void ChangeObjective_TargetLevelAroundA2_BelowTheAttestIsRefused(CefrLevel target, string? error)
    {
        var trajectory = Running();
        var objective = TrackObjective.Of(trajectory) with { TargetLevel = target };

        var refused = Record.Exception(() => trajectory.ChangeObjective(TrackKind.DutchLanguage, objective, "Wil verder studeren", MayWork, Today));

        Assert.Equal(error, (refused as DomainException)?.Error.Code);
        Assert.Equal(error is null ? target : CefrLevel.A2, trajectory.DutchLanguage.TargetLevel);
        Assert.Equal(error is null ? 1 : 0, trajectory.Changes.Count);
    }

    [Fact]
    public void ChangeObjective_LearnerWhoLearnsToReadWithoutOralExam_IsRefused()
    {
        var trajectory = Running();
        var objective = TrackObjective.Of(trajectory) with { LearnerProfile = LearnerProfile.LearningToReadAndWrite, OralExam = false };

        Assert.Equal("OralExamForLiteracyLearners", Code(() => trajectory.ChangeObjective(TrackKind.DutchLanguage, objective, "Kan niet lezen", MayWork, Today)));
    }

    [Fact]
    public void ChangeObjective_TargetAlreadyPassed_CompletesTheTrackOnTheExamsDay()
    {
        var trajectory = Running(new TrackPlan { StartSocialOrientation = true, StartDutchLanguage = true, TargetLevel = CefrLevel.B1 });
        var passedOn = IntakeOn.AddDays(90);
        trajectory.RecordDutchExam(passedOn, CefrLevel.A2, ExamMode.Written, passed: true, Today);
        trajectory.ClearChanges();

        trajectory.ChangeObjective(TrackKind.DutchLanguage, TrackObjective.Of(trajectory) with { TargetLevel = CefrLevel.A2 }, "B1 te hoog gemikt", MayWork, Today);

        Assert.Equal((TrackStatus.Completed, (DateOnly?)passedOn), (trajectory.DutchLanguage.Status, trajectory.DutchLanguage.CompletedOn));
        Assert.Equal(new TrackCompleted(TrackKind.DutchLanguage), trajectory.Changes[^1]);
    }

    [Fact]
    public void ChangeObjective_VdabBecomesACondition_DueSixtyDaysFromToday()
    {
        var trajectory = Running(new TrackPlan { StartSocialOrientation = true, StartWork = true, VdabRequired = false });

        trajectory.ChangeObjective(TrackKind.Work, TrackObjective.Of(trajectory) with { VdabRequired = true, WorkRoute = WorkRoute.VocationalTraining }, "Mag nu werken", MayWork, Today);

        Assert.Equal((true, (DateOnly?)Today.AddDays(60), WorkRoute.VocationalTraining), (trajectory.Work.VdabRequired, trajectory.Work.VdabDueOn, trajectory.Work.Route));
    }

    [Fact]
    public void ChangeObjective_VdabWithoutWorkPermission_IsRefused()
    {
        var trajectory = Running(new TrackPlan { StartSocialOrientation = true, StartWork = true });
        var noWork = new WorkPermission(WorkPermissionStatus.NotAllowed, null, WorkPermissionReason.RefusedWithinFourMonths);

        Assert.Equal("VdabRequiresWorkPermission", Code(() => trajectory.ChangeObjective(TrackKind.Work, TrackObjective.Of(trajectory) with { VdabRequired = true }, "Reden", noWork, Today)));
    }

    [Fact]
    public void ChangeObjective_Participation_HasNoObjectiveOfItsOwn()
    {
        var trajectory = Running();

        Assert.Equal("ParticipationHasNoObjective", Code(() => trajectory.ChangeObjective(TrackKind.Participation, TrackObjective.Of(trajectory), "Reden", MayWork, Today)));
    }

    [Fact]
    public void PlanChange_AfterTheAttest_IsRefused()
    {
        var trajectory = Running(new TrackPlan { StartSocialOrientation = true, StartDutchLanguage = true });
        trajectory.RecordSocialOrientationTest(IntakeOn.AddDays(30), 20, 10, Today);
        trajectory.RecordDutchExam(IntakeOn.AddDays(40), CefrLevel.A2, ExamMode.Written, passed: true, Today);
        trajectory.ChangeSituation(working: true, studying: false, "Werkt", Today);
        trajectory.IssueCertificate(Today, Today);

        Assert.Equal("TrajectoryCompleted", Code(() => trajectory.AddTrack(TrackKind.Work, "Reden", Today)));
    }
}
