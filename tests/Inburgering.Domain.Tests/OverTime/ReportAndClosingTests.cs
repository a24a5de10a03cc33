using Inburgering.Domain.Common;
using Inburgering.Domain.History;
using Inburgering.Domain.Newcomers;
using Inburgering.Domain.Rules;
using Inburgering.Domain.Trajectories;

namespace Inburgering.Domain.Tests.OverTime;

/// <summary>The report deadline, the dated rules around the attest, and how a trajectory ends.</summary>
public class ReportAndClosingTests
{
    private static readonly DateOnly Today = new(2026, 11, 30);

    private static Newcomer Obligated() => People.Register(
        new PersonalData { FirstName = "Amina", LastName = "Haddad", BirthDate = new DateOnly(1990, 3, 15), Gender = Gender.Female, Nationality = "SY", Municipality = "Leuven" },
        new Residence(ResidenceStatus.FamilyReunification, new DateOnly(2025, 1, 10)),
        brussels: false,
        contractOn: null);

    [Theory]
    [InlineData("2026-04-30", ReportDuty.Pending)]
    [InlineData("2026-05-01", ReportDuty.Overdue)]
    [InlineData("2026-05-02", ReportDuty.Overdue)]
    public void ReportDuty_LetterOnLastDayOfJanuary_DueThreeMonthsLaterAndOverdueTheDayAfter(string day, ReportDuty expected)
    {
        var newcomer = Obligated();
        newcomer.RecordAgencyLetter(new DateOnly(2026, 1, 31), Today);

        var duty = newcomer.ReportDuty(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(new DateOnly(2026, 4, 30), newcomer.ReportDueOn);
        Assert.Equal(expected, duty);
    }

    [Theory]
    [InlineData("2026-04-30", ReportDuty.ReportedInTime, false)]
    [InlineData("2026-05-01", ReportDuty.ReportedLate, true)]
    public void RecordReported_OnOrAfterTheDeadline_IsInTimeOrLateAndRecorded(string reportedOn, ReportDuty expected, bool late)
    {
        var newcomer = Obligated();
        newcomer.RecordAgencyLetter(new DateOnly(2026, 1, 31), Today);
        newcomer.ClearChanges();

        newcomer.RecordReported(DateOnly.Parse(reportedOn, System.Globalization.CultureInfo.InvariantCulture), Today);

        Assert.Equal(expected, newcomer.ReportDuty(Today));
        Assert.Equal([new ReportedToAgency(late)], newcomer.Changes);
    }

    [Fact]
    public void RecordContract_AfterTheLetter_CountsAsTheReport()
    {
        var newcomer = Obligated();
        newcomer.RecordAgencyLetter(new DateOnly(2026, 1, 31), Today);

        newcomer.RecordContract(new DateOnly(2026, 3, 2));

        Assert.Equal(new DateOnly(2026, 3, 2), newcomer.ReportedOn);
        Assert.Equal(ReportDuty.ReportedInTime, newcomer.ReportDuty(Today));
    }

    [Fact]
    public void RecordAgencyLetter_VoluntaryNewcomer_IsRefused()
    {
        var newcomer = People.Register(
            new PersonalData { FirstName = "Jan", LastName = "Kowalski", BirthDate = new DateOnly(1990, 3, 15), Gender = Gender.Male, Nationality = "PL", Municipality = "Leuven" },
            new Residence(ResidenceStatus.FreeMovement, new DateOnly(2025, 1, 10)),
            brussels: false,
            contractOn: null);

        var refused = Assert.Throws<DomainException>(() => newcomer.RecordAgencyLetter(new DateOnly(2026, 1, 31), Today));

        Assert.Equal("LetterOnlyForObligated", refused.Code);
        Assert.Equal("AgencyLetterSentOn", refused.Error.Field);
    }

    [Theory]
    [InlineData("2026-12-01", "LetterInFuture")]
    public void RecordAgencyLetter_InTheFuture_IsRefused(string sentOn, string code)
    {
        var refused = Assert.Throws<DomainException>(() => Obligated().RecordAgencyLetter(DateOnly.Parse(sentOn, System.Globalization.CultureInfo.InvariantCulture), Today));

        Assert.Equal(code, refused.Code);
    }

    [Fact]
    public void RecordReported_BeforeTheLetter_IsRefused()
    {
        var newcomer = Obligated();
        newcomer.RecordAgencyLetter(new DateOnly(2026, 1, 31), Today);

        var refused = Assert.Throws<DomainException>(() => newcomer.RecordReported(new DateOnly(2026, 1, 30), Today));

        Assert.Equal("ReportBeforeLetter", refused.Code);
    }

    [Theory]
    [InlineData("2022-02-28", null)]
    [InlineData("2022-03-01", "2024-03-01")]
    [InlineData("2022-03-02", "2024-03-02")]
    public void OralB1Rule_AroundFirstMarch2022_AppliesToAttestsFromThatDay(string issuedOn, string? dueOn)
    {
        var due = OralB1Rule.DueOn(ObligationClass.Obligated, DateOnly.Parse(issuedOn, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(dueOn is null ? null : DateOnly.Parse(dueOn, System.Globalization.CultureInfo.InvariantCulture), due);
    }

    [Theory]
    [InlineData(ObligationClass.Entitled)]
    [InlineData(ObligationClass.Exempt)]
    public void OralB1Rule_NotObligatedOnTheIssueDay_NoDeadline(ObligationClass obligation)
    {
        Assert.Null(OralB1Rule.DueOn(obligation, new DateOnly(2025, 1, 1)));
    }

    [Theory]
    [InlineData("2022-02-28", false, ParticipationDutyReason.ContractBeforeRule)]
    [InlineData("2022-03-01", true, ParticipationDutyReason.ObligatedWithoutWorkOrStudy)]
    [InlineData("2022-03-02", true, ParticipationDutyReason.ObligatedWithoutWorkOrStudy)]
    public void ParticipationRule_AroundFirstMarch2022_OwedForContractsFromThatDay(string contractOn, bool mandatory, ParticipationDutyReason reason)
    {
        var duty = ParticipationRule.Assess(ObligationClass.Obligated, works: false, studies: false, DateOnly.Parse(contractOn, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(new ParticipationDuty(mandatory, reason), duty);
    }

    [Fact]
    public void ChangeSituation_WorkStartsThenStops_DutyFollowsWithTheReasonRecorded()
    {
        var trajectory = Running(working: false);
        Assert.True(trajectory.ParticipationDutyOn(Today).Mandatory);

        trajectory.ChangeSituation(working: true, studying: false, "Vast contract in de logistiek", Today);
        var whileWorking = trajectory.ParticipationDutyOn(Today);
        trajectory.ChangeSituation(working: false, studying: false, "Contract niet verlengd", Today);

        Assert.Equal(new ParticipationDuty(false, ParticipationDutyReason.Works), whileWorking);
        Assert.True(trajectory.ParticipationDutyOn(Today).Mandatory);
        Assert.Equal(
            [new SituationChanged(true, false, "Vast contract in de logistiek"), new SituationChanged(false, false, "Contract niet verlengd")],
            trajectory.Changes.OfType<SituationChanged>());
    }

    [Fact]
    public void ChangeSituation_WithoutReason_IsRefused()
    {
        var refused = Assert.Throws<DomainException>(() => Running(working: false).ChangeSituation(true, false, " ", Today));

        Assert.Equal("ReasonRequired", refused.Code);
    }

    [Theory]
    [InlineData("2026-02-01", "StopDateBeforeTrajectory")]
    [InlineData("2026-02-02", null)]
    [InlineData("2026-11-30", null)]
    [InlineData("2026-12-01", "StopDateInFuture")]
    public void Stop_BetweenTheIntakeAndToday_OnlyThoseDaysAreAccepted(string stoppedOn, string? error)
    {
        var trajectory = Running(working: false);

        var refused = Record.Exception(() => trajectory.Stop(StopReason.MovedAway, DateOnly.Parse(stoppedOn, System.Globalization.CultureInfo.InvariantCulture), Today));

        Assert.Equal(error, (refused as DomainException)?.Code);
        Assert.Equal(error is null ? TrajectoryStatus.Stopped : TrajectoryStatus.Running, trajectory.Status);
    }

    [Fact]
    public void Stop_RunningTrajectory_EveryTrackGetsItsFinalStateAndNothingCanBeLoggedAnyMore()
    {
        var trajectory = Running(working: false);

        trajectory.Stop(StopReason.LeftCountry, Today, Today);

        Assert.Equal(TrajectoryStatus.Stopped, trajectory.Status);
        Assert.Equal(StopReason.LeftCountry, trajectory.StopReason);
        Assert.Equal(Today, trajectory.CompletedOn);
        Assert.Equal(
            [TrackStatus.Stopped, TrackStatus.Stopped, TrackStatus.NotApplicable, TrackStatus.Stopped],
            Enum.GetValues<TrackKind>().Select(k => trajectory.TrackOf(k).Status));
        Assert.Equal("TrajectoryCompleted", Assert.Throws<DomainException>(() => trajectory.StartTrack(TrackKind.Work, Today)).Code);
    }

    [Fact]
    public void IssueStatementOfEffort_ClosesTheLanguageTrackToo()
    {
        var trajectory = Running(working: true);
        trajectory.RecordSocialOrientationTest(new DateOnly(2026, 3, 1), 20, 10, Today);
        trajectory.RecordDutchExam(new DateOnly(2026, 5, 1), CefrLevel.A2, ExamMode.Oral, passed: false, Today);

        trajectory.IssueStatementOfEffort("Volgehouden inzet, A2 niet gehaald", new DateOnly(2026, 6, 1), Today);

        Assert.Equal(TrackStatus.Completed, trajectory.SocialOrientation.Status);
        Assert.Equal(TrackStatus.Stopped, trajectory.DutchLanguage.Status);
        Assert.Equal(new DateOnly(2026, 6, 1), trajectory.CertificateIssuedOn);
        Assert.Null(trajectory.OralB1DueOn);
    }

    [Theory]
    [InlineData(-1, null)]
    [InlineData(0, null)]
    [InlineData(1, "CertificateDateInFuture")]
    public void IssueCertificate_RealDateOfIssue_NeverInTheFutureAndTheB1DeadlineFollowsIt(int daysAfterToday, string? error)
    {
        var trajectory = Running(working: true);
        trajectory.RecordSocialOrientationTest(new DateOnly(2026, 3, 1), 20, 10, Today);
        trajectory.RecordDutchExam(new DateOnly(2026, 5, 1), CefrLevel.A2, ExamMode.Oral, passed: true, Today);
        var issuedOn = Today.AddDays(daysAfterToday);

        var refused = Record.Exception(() => trajectory.IssueCertificate(issuedOn, Today));

        Assert.Equal(error, (refused as DomainException)?.Code);
        Assert.Equal(error is null ? issuedOn.AddMonths(24) : null, trajectory.OralB1DueOn);
    }

    [Fact]
    public void IssueCertificate_DateFromBeforeThePortal_KeepsItAndTheDeadlineFollows()
    {
        var trajectory = Running(working: true);
        trajectory.RecordSocialOrientationTest(new DateOnly(2026, 2, 10), 20, 10, Today);
        trajectory.RecordDutchExam(new DateOnly(2026, 2, 12), CefrLevel.A2, ExamMode.Oral, passed: true, Today);

        trajectory.IssueCertificate(new DateOnly(2026, 2, 20), Today);

        Assert.Equal(new DateOnly(2026, 2, 20), trajectory.CertificateIssuedOn);
        Assert.Equal(new DateOnly(2028, 2, 20), trajectory.OralB1DueOn);
    }

    [Fact]
    public void RecordDutchExam_OralLearnerWrittenExam_IsRefused()
    {
        var trajectory = Running(working: true);

        var refused = Assert.Throws<DomainException>(() => trajectory.RecordDutchExam(new DateOnly(2026, 5, 1), CefrLevel.A2, ExamMode.Written, passed: true, Today));

        Assert.Equal("OralExamOnly", refused.Code);
        Assert.Equal("Mode", refused.Error.Field);
        Assert.Empty(trajectory.DutchExams);
    }

    [Fact]
    public void RecordDutchExam_ResultFromBeforeTheIntake_KeepsItsRealDate()
    {
        var trajectory = Running(working: true);

        var result = trajectory.RecordDutchExam(new DateOnly(2025, 10, 3), CefrLevel.A1, ExamMode.Oral, passed: true, Today);

        Assert.Equal(new DateOnly(2025, 10, 3), result.Date);
        Assert.Equal(CefrLevel.A1, trajectory.DutchLanguage.LevelReached);
    }

    /// <summary>An obligated learner who learns to read and write (oral exams), MO, NT2 and participation running since 2 February 2026.</summary>
    private static Trajectory Running(bool working)
    {
        var newcomer = Obligated();
        var intakeOn = new DateOnly(2026, 2, 2);
        newcomer.RecordContract(intakeOn);
        var trajectory = Trajectory.StartIntegration(
            newcomer.Participant,
            new Intake { CompletedOn = intakeOn, Goals = Goals.Dutch, Working = working },
            new TrackPlan { StartSocialOrientation = true, StartDutchLanguage = true, LearnerProfile = LearnerProfile.LearningToReadAndWrite, OralExam = true, StartParticipation = true },
            newcomer.Obligation(intakeOn),
            newcomer.WorkPermission(intakeOn),
            Today);
        trajectory.ClearChanges();
        return trajectory;
    }
}
