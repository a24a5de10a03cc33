using Inburgering.Domain.Common;
using Inburgering.Domain.Newcomers;
using Inburgering.Domain.Organisation;
using Inburgering.Domain.Rules;
using Inburgering.Domain.Trajectories;

namespace Inburgering.Domain.Tests.Trajectories;

/// <summary>Rules found broken in review, kept fixed.</summary>
public sealed class RegressionTests
{
    private static readonly DateOnly Today = new(2025, 6, 2);
    private static readonly DateOnly IntakeOn = new(2025, 1, 10);

    private static Trajectory Running(bool mandatoryParticipation = true)
    {
        var intake = new Intake { CompletedOn = IntakeOn, Goals = Goals.Dutch };
        var plan = new TrackPlan
        {
            StartSocialOrientation = true,
            StartDutchLanguage = true,
            StartWork = false,
            StartParticipation = true,
        };
        return Trajectory.StartIntegration(Participants.New(), intake, plan, new ObligationAssessment(mandatoryParticipation ? ObligationClass.Obligated : ObligationClass.Entitled, ObligationReason.NonEuResidenceRight), new WorkPermission(WorkPermissionStatus.Allowed, IntakeOn, WorkPermissionReason.ResidenceRight), IntakeOn);
    }

    private static ActionDetails Activity(DateOnly date, decimal hours) => new()
    {
        Track = TrackKind.Participation,
        Type = ActionType.ParticipationActivity,
        Date = date,
        Hours = hours,
    };

    private static void LogSigned(Trajectory trajectory, ActionDetails details)
    {
        var action = trajectory.LogAction(details, done: true, null, Today);
        trajectory.SignHours(action.Id, "Amina Haddad", Today);
    }

    private static Trajectory Certified()
    {
        var trajectory = Running();
        trajectory.RecordSocialOrientationTest(new DateOnly(2025, 3, 1), 20, 10, Today);
        trajectory.RecordDutchExam(new DateOnly(2025, 4, 1), CefrLevel.A2, ExamMode.Written, true, Today);
        LogSigned(trajectory, Activity(new DateOnly(2025, 2, 1), 20));
        LogSigned(trajectory, Activity(new DateOnly(2025, 2, 15), 20));
        trajectory.IssueCertificate(new DateOnly(2025, 5, 1), Today);
        return trajectory;
    }

    [Fact]
    public void UpdateAction_AfterTheCertificate_IsRefusedSoTheAttestsFactsStay()
    {
        var trajectory = Certified();
        var activity = trajectory.Actions.First();

        var exception = Assert.Throws<DomainException>(() => trajectory.UpdateAction(activity.Id, Activity(activity.Date, 5), Today));

        Assert.Equal("TrajectoryCompleted", exception.Code);
        Assert.Equal(40m, trajectory.Participation.Hours);
    }

    [Fact]
    public void UpdateAction_DoneActionMovedToALaterPastDay_IsAccepted()
    {
        var trajectory = Running();
        var conversation = trajectory.LogAction(new ActionDetails { Track = TrackKind.DutchLanguage, Type = ActionType.Conversation, Date = new DateOnly(2025, 5, 10) }, done: true, null, Today);

        trajectory.UpdateAction(conversation.Id, new ActionDetails { Track = TrackKind.DutchLanguage, Type = ActionType.Conversation, Date = new DateOnly(2025, 5, 12) }, Today);

        Assert.Equal(new DateOnly(2025, 5, 12), conversation.Date);
        Assert.Equal(new DateOnly(2025, 5, 12), conversation.CompletedOn);
    }

    [Fact]
    public void LogAction_EarlierHoursAddedLater_MoveTheParticipationCompletionDate()
    {
        var trajectory = Running();
        LogSigned(trajectory, Activity(new DateOnly(2025, 3, 10), 30));
        LogSigned(trajectory, Activity(new DateOnly(2025, 3, 20), 10));

        LogSigned(trajectory, Activity(new DateOnly(2025, 3, 5), 10));

        Assert.Equal(TrackStatus.Completed, trajectory.Participation.Status);
        Assert.Equal(new DateOnly(2025, 3, 10), trajectory.Participation.CompletedOn);
    }

    [Fact]
    public void IssueStatementOfEffort_OnlyAnA1ExamTried_IsRefused()
    {
        var trajectory = Running(mandatoryParticipation: false);
        trajectory.RecordSocialOrientationTest(new DateOnly(2025, 3, 1), 20, 10, Today);
        trajectory.RecordDutchExam(new DateOnly(2025, 4, 1), CefrLevel.A1, ExamMode.Oral, true, Today);

        var exception = Assert.Throws<DomainException>(() => trajectory.IssueStatementOfEffort("Volgehouden inzet, geen A2.", Today, Today));

        Assert.Equal("EffortNeedsAttempt", exception.Code);
    }

    [Fact]
    public void OpenFollowUp_BeforeTheCertificateDate_IsRefused()
    {
        var trajectory = Certified();

        var exception = Assert.Throws<DomainException>(() => trajectory.OpenFollowUp(Perspective.Professional, "Werk in de zorg", new DateOnly(2025, 4, 30)));

        Assert.Equal("DateBeforeCertificate", exception.Code);
    }

    [Fact]
    public void AssignTo_EmptyCaseWorker_IsRefused()
    {
        var office = new Office(Guid.NewGuid(), Agency.AgII, "AgII Leuven", "Vlaams-Brabant");
        var person = new PersonalData { FirstName = "Omar", LastName = "Haddad", BirthDate = new DateOnly(1990, 1, 1), Gender = Gender.Male, Nationality = "sy", Municipality = "Leuven" };
        var newcomer = Newcomer.Register(NewcomerId.New(), DossierNumber.Create(new Random(1)), person, new Residence(ResidenceStatus.RecognisedRefugee, IntakeOn), office, "cw-1", Today);

        var exception = Assert.Throws<DomainException>(() => newcomer.AssignTo(" ", office, "Vertrek collega"));

        Assert.Equal("CaseWorkerRequired", exception.Code);
        Assert.Equal("cw-1", newcomer.CaseWorkerId);
        Assert.Equal("SY", newcomer.Person.Nationality);
    }
}
