using Inburgering.Domain.Common;
using Inburgering.Domain.Enforcement;
using Inburgering.Domain.Newcomers;
using Inburgering.Domain.Rules;

namespace Inburgering.Domain.Tests.OverTime;

public class EnforcementTests
{
    private static readonly DateOnly Today = new(2026, 11, 30);
    private static readonly DateOnly Letter = new(2026, 1, 31);

    private static Newcomer LetterSent(bool brussels = false)
    {
        var newcomer = People.Register(
            new PersonalData { FirstName = "Amina", LastName = "Haddad", BirthDate = new DateOnly(1990, 3, 15), Gender = Gender.Female, Nationality = "SY", Municipality = "Leuven" },
            new Residence(ResidenceStatus.FamilyReunification, new DateOnly(2025, 1, 10)),
            brussels,
            contractOn: null);
        if (!brussels)
        {
            newcomer.RecordAgencyLetter(Letter, Today);
        }

        return newcomer;
    }

    [Theory]
    [InlineData("2026-04-30", "EnforcementWithoutGround.MissedReportDeadline")]
    [InlineData("2026-05-01", null)]
    public void NotifyEnforcement_MissedReportDeadline_OnlyAfterTheDeadlineDay(string notifiedOn, string? error)
    {
        var newcomer = LetterSent();

        var refused = Record.Exception(() => newcomer.NotifyEnforcement(EnforcementReason.MissedReportDeadline, DateOnly.Parse(notifiedOn, System.Globalization.CultureInfo.InvariantCulture), Today));

        Assert.Equal(error, (refused as DomainException)?.Code);
        Assert.Equal(error is null ? 1 : 0, newcomer.Enforcement.Count);
    }

    [Fact]
    public void NotifyEnforcement_ContractNotMetWithoutContract_IsRefused()
    {
        var refused = Assert.Throws<DomainException>(() => LetterSent().NotifyEnforcement(EnforcementReason.ContractNotMet, Today, Today));

        Assert.Equal("EnforcementWithoutGround.ContractNotMet", refused.Code);
    }

    [Theory]
    [InlineData(49, "FineOutOfRange")]
    [InlineData(50, null)]
    [InlineData(5000, null)]
    [InlineData(5001, "FineOutOfRange")]
    public void RecordEnforcementOutcome_FlemishFine_WithinFiftyAndFiveThousand(int amount, string? error)
    {
        var newcomer = LetterSent();
        var notice = newcomer.NotifyEnforcement(EnforcementReason.MissedReportDeadline, new DateOnly(2026, 6, 1), Today);

        var refused = Record.Exception(() => newcomer.RecordEnforcementOutcome(notice.Id, EnforcementOutcome.Fine, new DateOnly(2026, 7, 1), amount, Today));

        Assert.Equal(error, (refused as DomainException)?.Code);
        Assert.Equal(error is null ? amount : null, notice.FineAmount);
        Assert.Equal(ObligationClass.Obligated, newcomer.Obligation(Today).Class);
    }

    [Fact]
    public void FineRules_Brussels_HasItsOwnRange()
    {
        Assert.Equal((100m, 2500m), FineRules.For(Today).RangeFor(Organisation.Region.Brussels));
        Assert.Equal((50m, 5000m), FineRules.For(Today).RangeFor(Organisation.Region.Flanders));
    }

    [Fact]
    public void RecordEnforcementOutcome_DecidedTwice_IsRefused()
    {
        var newcomer = LetterSent();
        var notice = newcomer.NotifyEnforcement(EnforcementReason.MissedReportDeadline, new DateOnly(2026, 6, 1), Today);
        newcomer.RecordEnforcementOutcome(notice.Id, EnforcementOutcome.Warning, new DateOnly(2026, 6, 5), null, Today);

        var refused = Assert.Throws<DomainException>(() => newcomer.RecordEnforcementOutcome(notice.Id, EnforcementOutcome.Dropped, new DateOnly(2026, 6, 6), null, Today));

        Assert.Equal("EnforcementAlreadyDecided", refused.Code);
        Assert.Equal(EnforcementOutcome.Warning, notice.Outcome);
    }

    [Fact]
    public void NotifyEnforcement_VoluntaryInBrussels_IsRefused()
    {
        var refused = Assert.Throws<DomainException>(() => LetterSent(brussels: true).NotifyEnforcement(EnforcementReason.MissedReportDeadline, Today, Today));

        Assert.Equal("EnforcementOnlyForObligated", refused.Code);
    }

    [Theory]
    [InlineData("2023-08-31", false, 0, 0)]
    [InlineData("2023-09-01", false, 180, 180)]
    [InlineData("2023-09-02", false, 180, 180)]
    [InlineData("2024-01-01", true, 0, 0)]
    public void FeeRules_AroundFirstSeptember2023_PaidInTheFlemishRegionOnly(string contractOn, bool brussels, int mo, int nt2)
    {
        var due = FeeRules.Due(DateOnly.Parse(contractOn, System.Globalization.CultureInfo.InvariantCulture), brussels, socialOrientationPlanned: true, dutchPlanned: true);

        Assert.Equal(((decimal)mo, (decimal)nt2), due);
    }

    [Fact]
    public void LegalTimeline_ObligatedWithLetter_ListsEveryDateWithItsRuleInOrder()
    {
        var newcomer = LetterSent();

        var timeline = LegalTimeline.For(newcomer, null, Today);

        Assert.Equal(
            [TimelineKind.MayWorkFrom, TimelineKind.ReportDeadline, TimelineKind.ObligationChanges],
            timeline.Select(e => e.Kind));
        var report = timeline.Single(e => e.Kind == TimelineKind.ReportDeadline);
        Assert.Equal((new DateOnly(2026, 4, 30), nameof(ReportDeadlineRule), nameof(ReportDuty.Overdue)), (report.On!.Value, report.Rule, report.Value!));
        Assert.Contains(("AgencyLetterSentOn", "2026-01-31"), report.Facts);
        Assert.Equal((new DateOnly(2055, 3, 15), nameof(ObligationClass.Exempt)), (timeline[^1].On!.Value, timeline[^1].Value!));
    }
}
