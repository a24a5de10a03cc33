using Inburgering.Domain.History;
using Inburgering.Domain.Newcomers;
using Inburgering.Domain.Rules;
using Inburgering.Domain.Trajectories;

namespace Inburgering.Domain.Tests.OverTime;

/// <summary>When a fact changes, the legal timeline records what moved (before, after) and which fact caused it.</summary>
public class TimelineMoveTests
{
    private static readonly DateOnly IntakeOn = new(2026, 2, 2);
    private static readonly DateOnly Today = new(2026, 11, 30);

    private static PersonalData Person(DateOnly birth) => new()
    {
        FirstName = "Amina",
        LastName = "Haddad",
        BirthDate = birth,
        Gender = Gender.Female,
        Nationality = "SY",
        Municipality = "Leuven",
    };

    private static Newcomer Obligated(DateOnly? birth = null, DateOnly? contractOn = null) => People.Register(
        Person(birth ?? new DateOnly(1990, 3, 15)), new Residence(ResidenceStatus.RecognisedRefugee, new DateOnly(2025, 1, 10)), brussels: false, contractOn);

    private static Trajectory Contract(Newcomer newcomer, bool startParticipation = true)
    {
        var trajectory = Trajectory.StartIntegration(
            newcomer.Participant,
            new Intake { CompletedOn = IntakeOn, Goals = Goals.Dutch },
            new TrackPlan { StartSocialOrientation = true, StartDutchLanguage = true, StartWork = true, StartParticipation = startParticipation },
            newcomer.Obligation(IntakeOn),
            newcomer.WorkPermission(IntakeOn),
            IntakeOn);
        trajectory.ClearChanges();
        newcomer.ClearChanges();
        return trajectory;
    }

    private static LegalDatesMoved Moved(Newcomer newcomer) => Assert.IsType<LegalDatesMoved>(newcomer.Changes[^1]);

    [Fact]
    public void BirthDateCorrected_The65thBirthdayMovesWithTheBirthDateAsCause()
    {
        var newcomer = Obligated(new DateOnly(1962, 3, 15));
        newcomer.ClearChanges();
        var watch = new TimelineWatch(newcomer, null, Today);

        newcomer.UpdatePersonalData(Person(new DateOnly(1962, 5, 1)), Today);
        var moves = watch.Finish();

        var exempt = new TimelineMove(TimelineKind.ObligationChanges, new DateOnly(2027, 3, 15), new DateOnly(2027, 5, 1), "Exempt", "Exempt");
        Assert.Equal([exempt], moves);
        Assert.Equal(new LegalDatesMoved([exempt], [TimelineCause.BirthDate]), Moved(newcomer));
    }

    [Fact]
    public void AgencyLetterDateCorrected_TheReportDeadlineMovesByAsMuch()
    {
        var newcomer = Obligated();
        newcomer.RecordAgencyLetter(new DateOnly(2026, 1, 31), Today);
        var watch = new TimelineWatch(newcomer, null, Today);

        newcomer.RecordAgencyLetter(new DateOnly(2026, 2, 28), Today);
        watch.Finish();

        var moved = Moved(newcomer);
        Assert.Equal([TimelineCause.AgencyLetter], moved.Causes);
        Assert.Equal((new DateOnly(2026, 4, 30), new DateOnly(2026, 5, 28)), (moved.Moves.Single().From!.Value, moved.Moves.Single().To!.Value));
    }

    [Fact]
    public void AttestRecordedWithItsDate_TheB1DeadlineAppearsWithTheCertificateAsCause()
    {
        var newcomer = Obligated(contractOn: IntakeOn);
        var trajectory = Contract(newcomer, startParticipation: false);
        trajectory.ChangeSituation(working: true, studying: false, "Werkt", Today);
        trajectory.RecordSocialOrientationTest(IntakeOn.AddDays(30), 20, 10, Today);
        trajectory.RecordDutchExam(IntakeOn.AddDays(40), CefrLevel.A2, ExamMode.Written, passed: true, Today);
        var watch = new TimelineWatch(newcomer, trajectory, Today);

        trajectory.IssueCertificate(new DateOnly(2026, 6, 1), Today);
        watch.Finish();

        var moved = Moved(newcomer);
        Assert.Equal([TimelineCause.Certificate], moved.Causes);
        Assert.Contains(new TimelineMove(TimelineKind.OralB1Due, null, new DateOnly(2028, 6, 1), null, "Obligated"), moved.Moves);
    }

    [Fact]
    public void WorkStarts_TheParticipationDutyChangesWithTheSituationAsCause()
    {
        var newcomer = Obligated(contractOn: IntakeOn);
        var trajectory = Contract(newcomer);
        var watch = new TimelineWatch(newcomer, trajectory, Today);

        trajectory.ChangeSituation(working: true, studying: false, "Vast contract", Today);
        watch.Finish();

        var moved = Moved(newcomer);
        Assert.Equal([new TimelineMove(TimelineKind.ParticipationDuty, IntakeOn, IntakeOn, "ObligatedWithoutWorkOrStudy", "Works")], moved.Moves);
        Assert.Equal([TimelineCause.Situation], moved.Causes);
    }

    /// <summary>
    /// An edit of the municipality corrects where the person lived all along (a move between regions is an accepted
    /// transfer with its date, see RegionOverTimeTests): the contract was a Brussels one, so it is free.
    /// </summary>
    [Fact]
    public void MunicipalityCorrectedToBrussels_TheFeeAndTheParticipationDutyChangeWithTheMunicipalityAsCause()
    {
        var newcomer = Obligated(contractOn: IntakeOn);
        var trajectory = Contract(newcomer);
        var watch = new TimelineWatch(newcomer, trajectory, Today);

        newcomer.UpdatePersonalData(newcomer.Person with { Municipality = "Schaarbeek" }, Today);
        watch.Finish();

        var moved = Moved(newcomer);
        Assert.Equal([TimelineCause.Municipality], moved.Causes);
        Assert.Contains(new TimelineMove(TimelineKind.Fee, IntakeOn, IntakeOn, "360", "0"), moved.Moves);
        Assert.Contains(moved.Moves, m => m.Kind == TimelineKind.ParticipationDuty && m.ToValue == nameof(ParticipationDutyReason.NotObligated));
    }

    [Fact]
    public void VdabBecomesACondition_ItsDeadlineAppearsWithThePlanAsCause()
    {
        var newcomer = Obligated(contractOn: IntakeOn);
        var trajectory = Contract(newcomer);
        var watch = new TimelineWatch(newcomer, trajectory, Today);

        trajectory.ChangeObjective(TrackKind.Work, TrackObjective.Of(trajectory) with { VdabRequired = true }, "Mag werken", newcomer.WorkPermission(Today), Today);
        watch.Finish();

        var moved = Moved(newcomer);
        Assert.Equal([new TimelineMove(TimelineKind.VdabRegistrationDue, null, Today.AddDays(60), null, "Pending")], moved.Moves);
        Assert.Equal([TimelineCause.Plan], moved.Causes);
    }

    [Fact]
    public void PhoneChanged_NothingMovesAndNothingIsRecorded()
    {
        var newcomer = Obligated(contractOn: IntakeOn);
        var trajectory = Contract(newcomer);
        var watch = new TimelineWatch(newcomer, trajectory, Today);

        newcomer.UpdatePersonalData(newcomer.Person with { Phone = "0470 12 34 56" }, Today);
        var moves = watch.Finish();

        Assert.Empty(moves);
        Assert.DoesNotContain(newcomer.Changes, c => c is LegalDatesMoved);
    }
}
