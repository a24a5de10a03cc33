using CsCheck;
using Inburgering.Domain.Newcomers;
using Inburgering.Domain.Rules;
using Inburgering.Domain.Trajectories;

namespace Inburgering.Domain.Tests.OverTime;

/// <summary>
/// One class per person per day: the rule, the stored schedule, the dossier and its trajectory give the same answer,
/// and what hangs on the class (participation hours, the B1 deadline) follows it.
/// </summary>
public class ObligationOverTimeTests
{
    private static readonly Residence Reunified = new(ResidenceStatus.FamilyReunification, new DateOnly(2024, 1, 10));

    private static PersonalData BornOn(DateOnly birthDate, string nationality = "SY") => new()
    {
        FirstName = "Amina",
        LastName = "Haddad",
        BirthDate = birthDate,
        Gender = Gender.Female,
        Nationality = nationality,
        Municipality = "Leuven",
    };

    [Fact]
    public void Schedule_GeneratedPeopleAndDays_AgreesWithTheRuleOnEveryDay()
    {
        Gen.Select(People.Person, People.Residence, Gen.Bool, People.ContractOn, People.Day)
            .Sample((person, residence, brussels, contractOn, day) =>
            {
                var schedule = ObligationSchedule.For(person, residence, brussels, contractOn);

                Assert.Equal(ObligationRule.Assess(person, residence, brussels, day, contractOn).Class, schedule.On(day));
            }, iter: 5000);
    }

    [Fact]
    public void DossierAndTrajectory_GeneratedPeopleAndDays_ShowTheSameClassDutyAndDeadline()
    {
        Gen.Select(People.Person, People.Residence, Gen.Bool, People.ContractOn, People.Day, Gen.Bool, Gen.Bool)
            .Sample((person, residence, brussels, contractOn, day, working, studying) =>
            {
                var newcomer = People.Register(person, residence, brussels, contractOn);
                var startedOn = contractOn ?? new DateOnly(2025, 6, 1);
                if (newcomer.Obligation(startedOn).Class == ObligationClass.NotInTargetGroup)
                {
                    return;
                }

                var trajectory = Trajectory.StartIntegration(
                    newcomer.Participant,
                    new Intake { CompletedOn = startedOn, Goals = Goals.Dutch, Working = working, Studying = studying },
                    new TrackPlan { StartSocialOrientation = true, StartDutchLanguage = true, StartParticipation = true },
                    newcomer.Obligation(startedOn),
                    newcomer.WorkPermission(startedOn),
                    startedOn);

                var onDossier = newcomer.Obligation(day).Class;
                Assert.Equal(onDossier, newcomer.Obligations.On(day));
                Assert.Equal(onDossier, trajectory.ObligationOn(day));
                var duty = trajectory.ParticipationDutyOn(day);
                Assert.Equal(onDossier == ObligationClass.Obligated && !working && !studying && startedOn >= ParticipationRule.AppliesFrom, duty.Mandatory);
                Assert.Equal(duty.Mandatory, trajectory.CertificateProgress(day).Missing.Any(m => m.Kind == MissingConditionKind.ParticipationHoursMissing));
            }, iter: 3000);
    }

    [Fact]
    public void OralB1Deadline_GeneratedIssueDays_SetOnlyWhenObligatedOnThatDay()
    {
        Gen.Select(People.BirthDate, Gen.Int[0, 900])
            .Sample((birthDate, daysAfterIntake) =>
            {
                var intakeOn = new DateOnly(2023, 1, 10);
                var newcomer = People.Register(BornOn(birthDate), Reunified, brussels: false, intakeOn);
                if (newcomer.Obligation(intakeOn).Class == ObligationClass.NotInTargetGroup)
                {
                    return;
                }

                var trajectory = Certifiable(newcomer, intakeOn, working: true);
                var issuedOn = intakeOn.AddDays(daysAfterIntake);

                trajectory.IssueCertificate(issuedOn, new DateOnly(2026, 11, 30));

                Assert.Equal(newcomer.Obligation(issuedOn).Class == ObligationClass.Obligated ? issuedOn.AddMonths(24) : null, trajectory.OralB1DueOn);
            }, iter: 1000);
    }

    [Theory]
    [InlineData(-1, ObligationClass.Obligated)]
    [InlineData(0, ObligationClass.Exempt)]
    [InlineData(1, ObligationClass.Exempt)]
    public void TurningSixtyFive_DayBeforeOnAndAfter_EveryPlaceMovesTogether(int daysFromBirthday, ObligationClass expected)
    {
        var birthDate = new DateOnly(1960, 8, 20);
        var intakeOn = new DateOnly(2024, 2, 1);
        var newcomer = People.Register(BornOn(birthDate), Reunified, brussels: false, intakeOn);
        var trajectory = Certifiable(newcomer, intakeOn, working: false);
        var day = new DateOnly(2025, 8, 20).AddDays(daysFromBirthday);

        var owed = trajectory.ParticipationDutyOn(day);

        Assert.Equal(ObligationClass.Obligated, trajectory.Obligation);
        Assert.Equal(expected, newcomer.Obligation(day).Class);
        Assert.Equal(expected, trajectory.ObligationOn(day));
        Assert.Equal(expected == ObligationClass.Obligated, owed.Mandatory);
        Assert.Equal(expected == ObligationClass.Obligated, !trajectory.CertificateProgress(day).Complete);
    }

    [Fact]
    public void TurningSixtyFive_AttestIssuedOnTheBirthday_SetsNoB1DeadlineAndNeedsNoHours()
    {
        var newcomer = People.Register(BornOn(new DateOnly(1960, 8, 20)), Reunified, brussels: false, new DateOnly(2024, 2, 1));
        var trajectory = Certifiable(newcomer, new DateOnly(2024, 2, 1), working: false);

        trajectory.IssueCertificate(new DateOnly(2025, 8, 20), new DateOnly(2026, 1, 1));

        Assert.Null(trajectory.OralB1DueOn);
        Assert.Equal(TrackStatus.Stopped, trajectory.Participation.Status);
    }

    [Fact]
    public void TurningSixtyFive_AttestTheDayBefore_NeedsTheHours()
    {
        var newcomer = People.Register(BornOn(new DateOnly(1960, 8, 20)), Reunified, brussels: false, new DateOnly(2024, 2, 1));
        var trajectory = Certifiable(newcomer, new DateOnly(2024, 2, 1), working: false);

        var refused = Assert.Throws<Inburgering.Domain.Common.DomainException>(() => trajectory.IssueCertificate(new DateOnly(2025, 8, 19), new DateOnly(2026, 1, 1)));

        Assert.Equal("CertificateConditionsMissing", refused.Code);
    }

    [Theory]
    [InlineData("2008-05-10", "2026-05-09", ObligationClass.Entitled)]
    [InlineData("2008-05-10", "2026-05-10", ObligationClass.Obligated)]
    [InlineData("2010-05-10", "2026-05-09", ObligationClass.NotInTargetGroup)]
    [InlineData("2010-05-10", "2026-05-10", ObligationClass.Entitled)]
    [InlineData("2008-02-29", "2026-02-27", ObligationClass.Entitled)]
    [InlineData("2008-02-29", "2026-02-28", ObligationClass.Obligated)]
    [InlineData("1961-02-28", "2026-02-27", ObligationClass.Obligated)]
    [InlineData("1961-02-28", "2026-02-28", ObligationClass.Exempt)]
    public void Schedule_BirthdaysThatChangeTheClass_ChangeOnTheDayItself(string birth, string day, ObligationClass expected)
    {
        var person = BornOn(DateOnly.Parse(birth, System.Globalization.CultureInfo.InvariantCulture));

        var schedule = ObligationSchedule.For(person, Reunified, livesInBrussels: false, contractSignedOn: null);

        Assert.Equal(expected, schedule.On(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Schedule_SeventeenYearOldRefugee_HasThreePeriodsAfterSixteen()
    {
        var schedule = ObligationSchedule.For(BornOn(new DateOnly(2008, 5, 10)), Reunified, livesInBrussels: false, contractSignedOn: null);

        Assert.Equal(
            new ObligationSchedule(ObligationClass.NotInTargetGroup, new DateOnly(2024, 5, 10), ObligationClass.Entitled, new DateOnly(2026, 5, 10), ObligationClass.Obligated, new DateOnly(2073, 5, 10), ObligationClass.Exempt),
            schedule);
    }

    [Fact]
    public void MovingToBrussels_NewAgency_IsNoLongerObligatedFromThen()
    {
        var newcomer = People.Register(BornOn(new DateOnly(1990, 3, 15)), Reunified, brussels: true, contractOn: null);

        Assert.Equal(ObligationReason.Brussels, newcomer.Obligation(new DateOnly(2025, 6, 1)).Reason);
        Assert.Equal(ObligationClass.Entitled, newcomer.Obligations.On(new DateOnly(2025, 6, 1)));
    }

    [Fact]
    public void PermanentlyUnable_Recorded_SchedulesExemptionAndTheTrajectoryFollows()
    {
        var newcomer = People.Register(BornOn(new DateOnly(1990, 3, 15)), Reunified, brussels: false, new DateOnly(2025, 2, 1));
        var trajectory = Certifiable(newcomer, new DateOnly(2025, 2, 1), working: false);

        newcomer.UpdatePersonalData(newcomer.Person with { PermanentlyUnable = true }, new DateOnly(2025, 6, 1));
        trajectory.Follow(newcomer.Participant);

        Assert.Equal(ObligationClass.Exempt, trajectory.ObligationOn(new DateOnly(2025, 6, 1)));
        Assert.False(trajectory.ParticipationDutyOn(new DateOnly(2025, 6, 1)).Mandatory);
        Assert.True(trajectory.CertificateProgress(new DateOnly(2025, 6, 1)).Complete);
    }

    /// <summary>MO and NT2 passed: only the participation hours can stand between this trajectory and the attest.</summary>
    private static Trajectory Certifiable(Newcomer newcomer, DateOnly intakeOn, bool working)
    {
        var trajectory = Trajectory.StartIntegration(
            newcomer.Participant,
            new Intake { CompletedOn = intakeOn, Goals = Goals.Dutch, Working = working },
            new TrackPlan { StartSocialOrientation = true, StartDutchLanguage = true, StartParticipation = true },
            newcomer.Obligation(intakeOn),
            newcomer.WorkPermission(intakeOn),
            intakeOn);
        trajectory.RecordSocialOrientationTest(intakeOn, 20, 10, new DateOnly(2026, 1, 1));
        trajectory.RecordDutchExam(intakeOn, CefrLevel.A2, ExamMode.Written, passed: true, new DateOnly(2026, 1, 1));
        return trajectory;
    }
}
