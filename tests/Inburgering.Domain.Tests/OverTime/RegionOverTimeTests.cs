using Inburgering.Domain.Common;
using Inburgering.Domain.Enforcement;
using Inburgering.Domain.Newcomers;
using Inburgering.Domain.Organisation;
using Inburgering.Domain.Rules;
using Inburgering.Domain.Trajectories;

namespace Inburgering.Domain.Tests.OverTime;

/// <summary>
/// The region per day: a move between Flanders and Brussels (an accepted transfer) is a dated fact, and every rule that
/// reads the region for a day (class, participation duty, fee, fine range, the legal timeline) reads the region of that
/// day, not the current one.
/// </summary>
public class RegionOverTimeTests
{
    private static readonly Office Atlas = new(Guid.Parse("22222222-2222-2222-2222-222222222222"), Agency.Atlas, "Atlas Antwerpen", "Antwerpen");
    private static readonly DateOnly ContractOn = new(2025, 9, 1);
    private static readonly DateOnly ToBrussels = new(2026, 3, 10);
    private static readonly DateOnly BackToFlanders = new(2026, 8, 3);
    private static readonly DateOnly Today = new(2026, 11, 30);

    private static Newcomer Registered(bool brussels = false, DateOnly? birth = null, DateOnly? contractOn = null) => People.Register(
        new PersonalData { FirstName = "Amina", LastName = "Haddad", BirthDate = birth ?? new DateOnly(1990, 3, 15), Gender = Gender.Female, Nationality = "SY", Municipality = "Leuven" },
        new Residence(ResidenceStatus.RecognisedRefugee, new DateOnly(2025, 1, 10)),
        brussels,
        contractOn);

    /// <summary>The real accept flow: the sender asks a few days after the move, the receiver accepts.</summary>
    private static void Move(Newcomer newcomer, string municipality, DateOnly movedOn)
    {
        var today = movedOn.AddDays(5);
        var office = Municipalities.Find(municipality)!.Region == Region.Brussels ? People.Brussels : municipality == "Leuven" ? People.Leuven : Atlas;
        AgencyTransfer.Request(newcomer, municipality, movedOn, "Verhuisd", "cw", [], today).Accept(newcomer, office, "cw-new", "coord", today);
    }

    private static Trajectory Contract(Newcomer newcomer, DateOnly on)
    {
        var trajectory = Trajectory.StartIntegration(
            newcomer.Participant,
            new Intake { CompletedOn = on, Goals = Goals.Dutch },
            new TrackPlan { StartSocialOrientation = true, StartDutchLanguage = true, StartWork = true, StartParticipation = true },
            newcomer.Obligation(on),
            newcomer.WorkPermission(on),
            on);
        trajectory.ClearChanges();
        return trajectory;
    }

    private static decimal Due(Newcomer newcomer, Trajectory trajectory)
    {
        var fees = trajectory.Fees(newcomer.FeeRegion(trajectory));
        return fees.SocialOrientation.Due + fees.DutchLanguage.Due;
    }

    /// <summary>The stored schedule gives the rule's own answer on every day from <paramref name="from"/> to <paramref name="to"/>.</summary>
    private static void AssertScheduleAgreesWithTheRule(Newcomer newcomer, DateOnly from, DateOnly to)
    {
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            Assert.True(newcomer.Obligations.On(day) == newcomer.Obligation(day).Class, $"{day:yyyy-MM-dd}: schedule {newcomer.Obligations.On(day)}, rule {newcomer.Obligation(day).Class}");
        }
    }

    [Fact]
    public void MoveToBrussels_FlemishAndObligatedUntilTheDayBefore_BrusselsAndVoluntaryFromTheMoveDay()
    {
        var newcomer = Registered();

        Move(newcomer, "Schaarbeek", ToBrussels);

        Assert.Equal([ToBrussels], newcomer.RegionChangedOn);
        Assert.Equal(
            [(Region.Flanders, ObligationClass.Obligated), (Region.Brussels, ObligationClass.Entitled), (Region.Brussels, ObligationClass.Entitled)],
            new[] { ToBrussels.AddDays(-1), ToBrussels, ToBrussels.AddDays(1) }.Select(d => (newcomer.RegionOn(d), newcomer.Obligation(d).Class)));
        Assert.Equal(ObligationReason.Brussels, newcomer.Obligation(ToBrussels).Reason);
        Assert.Equal(ObligationReason.NonEuResidenceRight, newcomer.Obligation(ToBrussels.AddDays(-1)).Reason);
        AssertScheduleAgreesWithTheRule(newcomer, ToBrussels.AddYears(-1), Today);
    }

    [Fact]
    public void MoveFromBrusselsToFlanders_VoluntaryUntilTheDayBefore_ObligatedFromTheMoveDay()
    {
        var newcomer = Registered(brussels: true);

        Move(newcomer, "Antwerpen", ToBrussels);

        Assert.Equal(
            [(Region.Brussels, ObligationClass.Entitled), (Region.Flanders, ObligationClass.Obligated), (Region.Flanders, ObligationClass.Obligated)],
            new[] { ToBrussels.AddDays(-1), ToBrussels, ToBrussels.AddDays(1) }.Select(d => (newcomer.RegionOn(d), newcomer.Obligation(d).Class)));
        AssertScheduleAgreesWithTheRule(newcomer, ToBrussels.AddYears(-1), Today);
    }

    [Fact]
    public void MoveToBrusselsAndBack_TwoChanges_EveryDayReadsItsOwnRegion()
    {
        var newcomer = Registered();

        Move(newcomer, "Schaarbeek", ToBrussels);
        Move(newcomer, "Antwerpen", BackToFlanders);

        Assert.Equal([ToBrussels, BackToFlanders], newcomer.RegionChangedOn);
        Assert.Equal(
            [Region.Flanders, Region.Brussels, Region.Brussels, Region.Brussels, Region.Flanders, Region.Flanders],
            new[] { ToBrussels.AddDays(-1), ToBrussels, ToBrussels.AddDays(1), BackToFlanders.AddDays(-1), BackToFlanders, BackToFlanders.AddDays(1) }.Select(newcomer.RegionOn));

        // Born 1990: entitled at 16, obligated at 18, voluntary in Brussels, obligated again back in Flanders, exempt at
        // 65: five changes. The two earliest fold into the class at the start, so the schedule is exact from the 18th
        // birthday on; an earlier day is the rule's own answer (Newcomer.Obligation).
        var turns65 = new DateOnly(2055, 3, 15);
        Assert.Equal(
            new ObligationSchedule(ObligationClass.Obligated, ToBrussels, ObligationClass.Entitled, BackToFlanders, ObligationClass.Obligated, turns65, ObligationClass.Exempt),
            newcomer.Obligations);
        AssertScheduleAgreesWithTheRule(newcomer, new DateOnly(2008, 3, 15), Today);
        AssertScheduleAgreesWithTheRule(newcomer, turns65.AddDays(-1), turns65);
        Assert.Equal(ObligationClass.Entitled, newcomer.Obligation(new DateOnly(2008, 3, 14)).Class);
    }

    [Fact]
    public void ThreeMoves_SixClassChanges_TheEarliestFoldIntoTheStartAndTheScheduleIsExactFromTheLastFoldedChange()
    {
        var newcomer = Registered();
        var third = new DateOnly(2026, 10, 1);

        Move(newcomer, "Schaarbeek", ToBrussels);
        Move(newcomer, "Antwerpen", BackToFlanders);
        Move(newcomer, "Ukkel", third);

        // Six changes (16, 18, three moves, 65): the last three stay, the class just before them is the start.
        Assert.Equal(
            new ObligationSchedule(ObligationClass.Entitled, BackToFlanders, ObligationClass.Obligated, third, ObligationClass.Entitled, new DateOnly(2055, 3, 15), ObligationClass.Exempt),
            newcomer.Obligations);
        AssertScheduleAgreesWithTheRule(newcomer, ToBrussels, Today);
        Assert.Equal(ObligationClass.Obligated, newcomer.Obligation(ToBrussels.AddDays(-1)).Class);
        Assert.Equal(ObligationClass.Entitled, newcomer.Obligations.On(ToBrussels.AddDays(-1)));
    }

    [Fact]
    public void Turns65AfterAMoveToBrussels_VoluntaryFromTheMoveExemptFromTheBirthdayAndAMoveBackChangesNothing()
    {
        var turns65 = new DateOnly(2026, 5, 20);
        var newcomer = Registered(birth: turns65.AddYears(-65));

        Move(newcomer, "Schaarbeek", ToBrussels);
        Move(newcomer, "Leuven", BackToFlanders);

        Assert.Equal(
            [ObligationClass.Obligated, ObligationClass.Entitled, ObligationClass.Entitled, ObligationClass.Exempt, ObligationClass.Exempt, ObligationClass.Exempt],
            new[] { ToBrussels.AddDays(-1), ToBrussels, turns65.AddDays(-1), turns65, BackToFlanders.AddDays(-1), BackToFlanders }.Select(d => newcomer.Obligation(d).Class));
        Assert.Equal((ToBrussels, ObligationClass.Entitled), (newcomer.Obligations.ThirdFrom, newcomer.Obligations.Third));
        Assert.Equal((turns65, ObligationClass.Exempt), (newcomer.Obligations.FourthFrom, newcomer.Obligations.Fourth));
        AssertScheduleAgreesWithTheRule(newcomer, turns65.AddYears(-47), Today);
    }

    [Fact]
    public void ParticipationDuty_FollowsTheClassOfTheDay_MandatoryBeforeTheMoveToBrusselsNotFromIt()
    {
        var newcomer = Registered(contractOn: ContractOn);
        var trajectory = Contract(newcomer, ContractOn);
        var watch = new TimelineWatch(newcomer, trajectory, ToBrussels.AddDays(5));

        Move(newcomer, "Schaarbeek", ToBrussels);
        watch.Finish();

        Assert.Equal(
            [ParticipationDutyReason.ObligatedWithoutWorkOrStudy, ParticipationDutyReason.NotObligated, ParticipationDutyReason.NotObligated],
            new[] { ToBrussels.AddDays(-1), ToBrussels, ToBrussels.AddDays(1) }.Select(d => trajectory.ParticipationDutyOn(d).Reason));
        Assert.Equal(newcomer.Obligations, trajectory.Obligations);
    }

    [Theory]
    [InlineData("2026-03-09", null)]
    [InlineData("2026-03-10", "EnforcementOnlyForObligated")]
    public void MissedReportDeadline_NoticeOnlyWhileObligated_TheDayBeforeTheMoveToBrusselsNotTheMoveDay(string notifiedOn, string? error)
    {
        var newcomer = Registered();
        newcomer.RecordAgencyLetter(new DateOnly(2025, 10, 1), new DateOnly(2025, 10, 1));
        Move(newcomer, "Schaarbeek", ToBrussels);

        var refused = Record.Exception(() => newcomer.NotifyEnforcement(EnforcementReason.MissedReportDeadline, DateOnly.Parse(notifiedOn, System.Globalization.CultureInfo.InvariantCulture), Today));

        Assert.Equal(error, (refused as DomainException)?.Code);
        Assert.Equal(ReportDuty.Overdue, newcomer.ReportDuty(Today));
    }

    [Fact]
    public void FlemishContract_AfterAMoveToBrussels_TheFeeStaysDueAndCanBePaid()
    {
        var newcomer = Registered(contractOn: ContractOn);
        var trajectory = Contract(newcomer, ContractOn);

        Move(newcomer, "Schaarbeek", ToBrussels);
        trajectory.RecordFeePayment(TrackKind.DutchLanguage, Today, 180m, newcomer.FeeRegion(trajectory), Today);

        Assert.Equal(Region.Brussels, newcomer.Region);
        Assert.Equal(Region.Flanders, newcomer.FeeRegion(trajectory));
        Assert.Equal(360m, Due(newcomer, trajectory));
        Assert.Equal((180m, 180m), (trajectory.Fees(newcomer.FeeRegion(trajectory)).DutchLanguage.Paid, trajectory.Fees(newcomer.FeeRegion(trajectory)).SocialOrientation.Outstanding));
    }

    [Fact]
    public void BrusselsContract_AfterAMoveToFlanders_StaysFreeAndCannotBeExempted()
    {
        var newcomer = Registered(brussels: true, contractOn: ContractOn);
        var trajectory = Contract(newcomer, ContractOn);

        Move(newcomer, "Antwerpen", ToBrussels);
        var refused = Assert.Throws<DomainException>(() => trajectory.ExemptFromFee(FeeExemption.Other, "Leefloon", newcomer.FeeRegion(trajectory)));

        Assert.Equal((Region.Flanders, Region.Brussels), (newcomer.Region, newcomer.FeeRegion(trajectory)));
        Assert.Equal(0m, Due(newcomer, trajectory));
        Assert.Equal("FeeNothingDue", refused.Code);
    }

    [Theory]
    [InlineData(-1, 360)]
    [InlineData(0, 0)]
    [InlineData(1, 0)]
    public void ContractAroundTheMoveToBrussels_TheFeeFollowsTheRegionOfTheContractDay(int daysAfterTheMove, int due)
    {
        var newcomer = Registered();
        Move(newcomer, "Schaarbeek", ToBrussels);
        var contractOn = ToBrussels.AddDays(daysAfterTheMove);
        newcomer.RecordContract(contractOn);

        var trajectory = Contract(newcomer, contractOn);

        Assert.Equal(due, Due(newcomer, trajectory));
    }

    [Fact]
    public void FineForANoticeGivenInFlanders_DecidedAfterTheMoveToBrussels_UsesTheFlemishRange()
    {
        var newcomer = Registered(contractOn: ContractOn);
        var notice = newcomer.NotifyEnforcement(EnforcementReason.ContractNotMet, ToBrussels.AddDays(-1), ToBrussels.AddDays(-1));
        Move(newcomer, "Schaarbeek", ToBrussels);

        newcomer.RecordEnforcementOutcome(notice.Id, EnforcementOutcome.Fine, Today, 3000m, Today);

        Assert.Equal((50m, 5000m), newcomer.FineRangeFor(notice, Today));
        Assert.Equal((100m, 2500m), FineRules.For(Today).RangeFor(newcomer.Region));
        Assert.Equal(3000m, notice.FineAmount);
    }

    [Fact]
    public void Request_MoveDatedBeforeTheLastRegionChange_IsRefusedAtTheMoveDate_OnThatDayIsTaken()
    {
        var newcomer = Registered();
        Move(newcomer, "Schaarbeek", ToBrussels);

        var error = Assert.Throws<DomainException>(() => AgencyTransfer.Request(newcomer, "Antwerpen", ToBrussels.AddDays(-1), "Verhuisd", "cw", [], Today)).Error;
        var sameDay = AgencyTransfer.Request(newcomer, "Antwerpen", ToBrussels, "Verhuisd", "cw", [], Today);

        Assert.Equal(("TransferMovedBeforeLastMove", "MovedOn", ToBrussels), (error.Code, error.Field, (DateOnly)error.Arguments[0]));
        Assert.Equal(ToBrussels, sameDay.MovedOn);
    }

    [Fact]
    public void TransferWithinTheRegion_RecordsNoRegionChange()
    {
        var newcomer = Registered();

        Move(newcomer, "Antwerpen", ToBrussels);

        Assert.Empty(newcomer.RegionChangedOn);
        Assert.Equal(Region.Flanders, newcomer.RegionOn(ToBrussels.AddDays(-1)));
    }

    [Fact]
    public void LegalTimeline_AfterAMoveToBrussels_ShowsTheMoveAndEachEntryReadsTheRegionOfItsDay()
    {
        var newcomer = Registered(contractOn: ContractOn);
        var trajectory = Contract(newcomer, ContractOn);
        Move(newcomer, "Schaarbeek", ToBrussels);

        var timeline = LegalTimeline.For(newcomer, trajectory, Today);

        var moved = Assert.Single(timeline, e => e.Kind == TimelineKind.Moved);
        Assert.Equal((ToBrussels, nameof(Region.Brussels), nameof(AgencyTransfer)), (moved.On, moved.Value, moved.Rule));
        Assert.Equal([("MovedOn", "2026-03-10"), ("RegionBefore", "Flanders"), ("Region", "Brussels")], moved.Facts);
        var becameVoluntary = Assert.Single(timeline, e => e.Kind == TimelineKind.ObligationChanges && e.On == ToBrussels);
        Assert.Equal(nameof(ObligationClass.Entitled), becameVoluntary.Value);
        Assert.Contains(("Region", "Brussels"), becameVoluntary.Facts);
        var fee = Assert.Single(timeline, e => e.Kind == TimelineKind.Fee);
        Assert.Equal("360", fee.Value);
        Assert.Contains(("Region", "Flanders"), fee.Facts);
        Assert.DoesNotContain(fee.Facts, f => f.Fact == "Municipality");
        Assert.True(timeline.ToList().IndexOf(moved) < timeline.ToList().IndexOf(becameVoluntary));
    }

    [Fact]
    public void LegalTimeline_ParticipationDuty_DatedFromTheContractUntilAMoveChangesTheClass_ThenFromTheMoveDay()
    {
        var newcomer = Registered(contractOn: ContractOn);
        var trajectory = Contract(newcomer, ContractOn);
        var before = Assert.Single(LegalTimeline.For(newcomer, trajectory, ToBrussels.AddDays(-1)), e => e.Kind == TimelineKind.ParticipationDuty);
        Assert.Equal((ContractOn, nameof(ParticipationDutyReason.ObligatedWithoutWorkOrStudy)), (before.On, before.Value));

        Move(newcomer, "Schaarbeek", ToBrussels);
        trajectory.Follow(newcomer.Participant); // as saving the dossier does (AppDbContext)

        var after = Assert.Single(LegalTimeline.For(newcomer, trajectory, Today), e => e.Kind == TimelineKind.ParticipationDuty);
        Assert.Equal(ToBrussels, after.On);
        Assert.Equal(nameof(ParticipationDutyReason.NotObligated), after.Value);
    }

    [Fact]
    public void Anonymise_KeepsTheMonthOfEachRegionChange()
    {
        var newcomer = Registered();
        Move(newcomer, "Schaarbeek", ToBrussels);

        newcomer.Anonymise(Today);

        Assert.Equal([new DateOnly(2026, 3, 1)], newcomer.RegionChangedOn);
    }
}
