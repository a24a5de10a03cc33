using Inburgering.Domain.Common;
using Inburgering.Domain.History;
using Inburgering.Domain.Newcomers;
using Inburgering.Domain.Organisation;
using Inburgering.Domain.Trajectories;

namespace Inburgering.Domain.Tests.OverTime;

/// <summary>The contribution for MO and NT2: due from contracts of 1 September 2023 in Flanders, free in Brussels, with exemptions and payments.</summary>
public sealed class FeeTests
{
    private static readonly DateOnly Today = new(2026, 6, 1);

    private static Trajectory Contract(DateOnly on, bool brussels = false, bool socialOrientation = true, bool dutch = true)
    {
        var newcomer = People.Register(
            new PersonalData { FirstName = "Amina", LastName = "Haddad", BirthDate = new DateOnly(1990, 3, 15), Gender = Gender.Female, Nationality = "SY", Municipality = "Leuven" },
            new Residence(ResidenceStatus.FamilyReunification, new DateOnly(2023, 1, 10)),
            brussels,
            contractOn: on);
        var trajectory = Trajectory.StartIntegration(
            newcomer.Participant,
            new Intake { CompletedOn = on, Goals = Goals.Dutch },
            new TrackPlan { StartSocialOrientation = socialOrientation, StartDutchLanguage = dutch, LearnerProfile = LearnerProfile.Standard },
            newcomer.Obligation(on),
            newcomer.WorkPermission(on),
            Today);
        trajectory.ClearChanges();
        return trajectory;
    }

    [Theory]
    [InlineData("2023-08-31", false, 0, 0, FeeState.Free)]
    [InlineData("2023-09-01", false, 180, 180, FeeState.Due)]
    [InlineData("2023-09-02", false, 180, 180, FeeState.Due)]
    [InlineData("2023-08-31", true, 0, 0, FeeState.Free)]
    [InlineData("2023-09-01", true, 0, 0, FeeState.Free)]
    [InlineData("2023-09-02", true, 0, 0, FeeState.Free)]
    public void Fees_AroundFirstSeptember2023_DueInFlandersOnlyFromThatContractDay(string contractOn, bool brussels, int mo, int nt2, FeeState state)
    {
        var trajectory = Contract(DateOnly.Parse(contractOn, System.Globalization.CultureInfo.InvariantCulture), brussels);

        var fees = trajectory.Fees(brussels ? Region.Brussels : Region.Flanders);

        Assert.Equal((mo, nt2), ((int)fees.SocialOrientation.Due, (int)fees.DutchLanguage.Due));
        Assert.Equal((state, state), (fees.SocialOrientation.State, fees.DutchLanguage.State));
    }

    [Fact]
    public void FeeRules_PartNotInThePlan_CostsNothing() =>
        Assert.Equal((180m, 0m), Inburgering.Domain.Rules.FeeRules.Due(new DateOnly(2024, 1, 8), brussels: false, socialOrientationPlanned: true, dutchPlanned: false));

    [Fact]
    public void Fees_PartNotStartedAtTheIntake_IsStillDue()
    {
        // Tracks run in parallel and may start later: the NT2 part belongs to the contract from its signature.
        var fees = Contract(new DateOnly(2024, 1, 8), dutch: false).Fees(Region.Flanders);

        Assert.Equal((180m, 180m), (fees.SocialOrientation.Due, fees.DutchLanguage.Due));
        Assert.Equal(FeeState.Due, fees.DutchLanguage.State);
    }

    [Fact]
    public void ExemptFromFee_WithCategoryAndReason_BothPartsExemptAndRecorded()
    {
        var trajectory = Contract(new DateOnly(2024, 1, 8));

        trajectory.ExemptFromFee(FeeExemption.IntegrationIncome, "Attest OCMW Leuven van 5 januari 2024", Region.Flanders);

        var fees = trajectory.Fees(Region.Flanders);
        Assert.Equal((FeeState.Exempt, FeeState.Exempt), (fees.SocialOrientation.State, fees.DutchLanguage.State));
        Assert.Equal((FeeExemption.IntegrationIncome, "Attest OCMW Leuven van 5 januari 2024"), (fees.Exemption, fees.ExemptionReason));
        Assert.Equal(0m, fees.SocialOrientation.Outstanding);
        Assert.Equal(new FeeExemptionRecorded(FeeExemption.IntegrationIncome), Assert.Single(trajectory.Changes));
    }

    [Theory]
    [InlineData("2023-08-31", false, "FeeNothingDue")]
    [InlineData("2024-01-08", true, "FeeNothingDue")]
    public void ExemptFromFee_NothingDue_IsRefused(string contractOn, bool brussels, string code)
    {
        var trajectory = Contract(DateOnly.Parse(contractOn, System.Globalization.CultureInfo.InvariantCulture), brussels);

        var refused = Assert.Throws<DomainException>(() => trajectory.ExemptFromFee(FeeExemption.UnemploymentBenefit, "Uitkering RVA", brussels ? Region.Brussels : Region.Flanders));

        Assert.Equal(code, refused.Code);
    }

    [Fact]
    public void ExemptFromFee_WithoutReason_IsRefused()
    {
        var refused = Assert.Throws<DomainException>(() => Contract(new DateOnly(2024, 1, 8)).ExemptFromFee(FeeExemption.Other, "  ", Region.Flanders));

        Assert.Equal("ReasonRequired", refused.Code);
    }

    [Theory]
    [InlineData(180, null)]
    [InlineData(1, null)]
    [InlineData(181, "FeeAmountInvalid")]
    [InlineData(0, "FeeAmountInvalid")]
    public void RecordFeePayment_Amount_NeverMoreThanStillDue(int amount, string? error)
    {
        var trajectory = Contract(new DateOnly(2024, 1, 8));

        var refused = Record.Exception(() => trajectory.RecordFeePayment(TrackKind.DutchLanguage, new DateOnly(2024, 2, 1), amount, Region.Flanders, Today));

        Assert.Equal(error, (refused as DomainException)?.Code);
        Assert.Equal(error is null ? amount : 0m, trajectory.Fees(Region.Flanders).DutchLanguage.Paid);
    }

    [Fact]
    public void RecordFeePayment_InTwoParts_PaidWhenTheSumReachesTheFeeAndNoMoreAfter()
    {
        var trajectory = Contract(new DateOnly(2024, 1, 8));

        trajectory.RecordFeePayment(TrackKind.SocialOrientation, new DateOnly(2024, 2, 1), 100m, Region.Flanders, Today);
        var half = trajectory.Fees(Region.Flanders).SocialOrientation;
        trajectory.RecordFeePayment(TrackKind.SocialOrientation, new DateOnly(2024, 3, 1), 80m, Region.Flanders, Today);
        var full = trajectory.Fees(Region.Flanders).SocialOrientation;
        var refused = Assert.Throws<DomainException>(() => trajectory.RecordFeePayment(TrackKind.SocialOrientation, Today, 1m, Region.Flanders, Today));

        Assert.Equal((FeeState.Due, 80m), (half.State, half.Outstanding));
        Assert.Equal((FeeState.Paid, 180m, new DateOnly(2024, 3, 1)), (full.State, full.Paid, full.PaidOn));
        Assert.Equal("FeeNothingDue", refused.Code);
    }

    [Theory]
    [InlineData("2026-06-02", "FeePaidInFuture")]
    [InlineData("2026-06-01", null)]
    [InlineData("2024-01-08", null)]
    [InlineData("2024-01-07", "FeePaidBeforeContract")]
    public void RecordFeePayment_Date_BetweenContractAndToday(string paidOn, string? error)
    {
        var trajectory = Contract(new DateOnly(2024, 1, 8));

        var refused = Record.Exception(() => trajectory.RecordFeePayment(TrackKind.SocialOrientation, DateOnly.Parse(paidOn, System.Globalization.CultureInfo.InvariantCulture), 50m, Region.Flanders, Today));

        Assert.Equal(error, (refused as DomainException)?.Code);
    }

    [Theory]
    [InlineData(TrackKind.Work)]
    [InlineData(TrackKind.Participation)]
    public void RecordFeePayment_FreeTrack_IsRefused(TrackKind part)
    {
        var refused = Assert.Throws<DomainException>(() => Contract(new DateOnly(2024, 1, 8)).RecordFeePayment(part, Today, 50m, Region.Flanders, Today));

        Assert.Equal("FeePartInvalid", refused.Code);
    }

    [Fact]
    public void RecordFeePayment_AfterExemption_IsRefused()
    {
        var trajectory = Contract(new DateOnly(2024, 1, 8));
        trajectory.ExemptFromFee(FeeExemption.DisabilityAllowance, "Tegemoetkoming FOD", Region.Flanders);

        var refused = Assert.Throws<DomainException>(() => trajectory.RecordFeePayment(TrackKind.DutchLanguage, Today, 50m, Region.Flanders, Today));

        Assert.Equal("FeeAlreadyExempt", refused.Code);
    }
}
