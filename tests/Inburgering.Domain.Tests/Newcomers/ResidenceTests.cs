using Inburgering.Domain.Common;
using Inburgering.Domain.Newcomers;

namespace Inburgering.Domain.Tests.Newcomers;

public class ResidenceTests
{
    private static readonly DateOnly Today = new(2025, 6, 1);
    private static readonly DateOnly AppliedOn = new(2025, 1, 15);

    private static string ValidationError(Residence residence) =>
        Assert.Throws<DomainException>(() => residence.Validate(Today)).Code;

    [Fact]
    public void Validate_AsylumApplicationWithLateRefusalAndAppeal_Passes()
    {
        var residence = new Residence(ResidenceStatus.AsylumApplicant, null, asylumAppliedOn: AppliedOn, refusalNotifiedOn: new DateOnly(2025, 5, 20), appealLodgedOn: new DateOnly(2025, 5, 20));

        var exception = Record.Exception(() => residence.Validate(Today));

        Assert.Null(exception);
    }

    [Fact]
    public void Validate_AllDatesToday_Passes()
    {
        var residence = new Residence(ResidenceStatus.RecognisedRefugee, Today, asylumAppliedOn: Today, protectionGrantedOn: Today);

        var exception = Record.Exception(() => residence.Validate(Today));

        Assert.Null(exception);
    }

    [Fact]
    public void Validate_ProtectionBeforeApplication_NamesTheProtectionDateField()
    {
        var residence = new Residence(ResidenceStatus.RecognisedRefugee, Today, asylumAppliedOn: AppliedOn, protectionGrantedOn: AppliedOn.AddDays(-1));

        var error = Assert.Throws<DomainException>(() => residence.Validate(Today)).Error;

        Assert.Equal("DecisionBeforeApplication", error.Code);
        Assert.Equal(nameof(Residence.ProtectionGrantedOn), error.Field);
    }

    [Fact]
    public void Validate_RefusalBeforeApplication_Throws()
    {
        var residence = new Residence(ResidenceStatus.AsylumApplicant, null, asylumAppliedOn: AppliedOn, refusalNotifiedOn: AppliedOn.AddDays(-1));

        var code = ValidationError(residence);

        Assert.Equal("DecisionBeforeApplication", code);
    }

    [Fact]
    public void Validate_ProtectionBeforeApplication_Throws()
    {
        var residence = new Residence(ResidenceStatus.RecognisedRefugee, Today, asylumAppliedOn: AppliedOn, protectionGrantedOn: AppliedOn.AddDays(-1));

        var code = ValidationError(residence);

        Assert.Equal("DecisionBeforeApplication", code);
    }

    [Fact]
    public void Validate_RefusalWithoutApplication_Throws()
    {
        var residence = new Residence(ResidenceStatus.Regularised, Today, refusalNotifiedOn: AppliedOn);

        var code = ValidationError(residence);

        Assert.Equal("DecisionWithoutApplication", code);
    }

    [Fact]
    public void Validate_AppealWithoutRefusal_Throws()
    {
        var residence = new Residence(ResidenceStatus.AsylumApplicant, null, asylumAppliedOn: AppliedOn, appealLodgedOn: new DateOnly(2025, 5, 20));

        var code = ValidationError(residence);

        Assert.Equal("AppealWithoutRefusal", code);
    }

    [Fact]
    public void Validate_AppealBeforeRefusal_Throws()
    {
        var residence = new Residence(ResidenceStatus.AsylumApplicant, null, asylumAppliedOn: AppliedOn, refusalNotifiedOn: new DateOnly(2025, 5, 20), appealLodgedOn: new DateOnly(2025, 5, 19));

        var code = ValidationError(residence);

        Assert.Equal("AppealBeforeRefusal", code);
    }

    [Fact]
    public void Validate_AsylumApplicantWithoutApplicationDate_Throws()
    {
        var residence = new Residence(ResidenceStatus.AsylumApplicant, new DateOnly(2025, 2, 1));

        var code = ValidationError(residence);

        Assert.Equal("AsylumAppliedOnRequired", code);
    }

    [Fact]
    public void Validate_ResidenceRightWithoutRegistrationDate_Throws()
    {
        var residence = new Residence(ResidenceStatus.FamilyReunification, null);

        var code = ValidationError(residence);

        Assert.Equal("RegisteredOnRequired", code);
    }

    [Fact]
    public void Validate_RegisteredTomorrow_Throws()
    {
        var residence = new Residence(ResidenceStatus.FamilyReunification, Today.AddDays(1));

        var code = ValidationError(residence);

        Assert.Equal("RegisteredOnInFuture", code);
    }

    [Fact]
    public void Validate_AppliedTomorrow_Throws()
    {
        var residence = new Residence(ResidenceStatus.AsylumApplicant, null, asylumAppliedOn: Today.AddDays(1));

        var code = ValidationError(residence);

        Assert.Equal("AsylumAppliedOnInFuture", code);
    }

    [Fact]
    public void Validate_RefusalNotifiedTomorrow_Throws()
    {
        var residence = new Residence(ResidenceStatus.AsylumApplicant, null, asylumAppliedOn: AppliedOn, refusalNotifiedOn: Today.AddDays(1));

        var code = ValidationError(residence);

        Assert.Equal("RefusalNotifiedOnInFuture", code);
    }

    [Fact]
    public void Validate_AppealLodgedTomorrow_Throws()
    {
        var residence = new Residence(ResidenceStatus.AsylumApplicant, null, asylumAppliedOn: AppliedOn, refusalNotifiedOn: Today, appealLodgedOn: Today.AddDays(1));

        var code = ValidationError(residence);

        Assert.Equal("AppealLodgedOnInFuture", code);
    }

    [Fact]
    public void Validate_ProtectionGrantedTomorrow_Throws()
    {
        var residence = new Residence(ResidenceStatus.RecognisedRefugee, Today, asylumAppliedOn: AppliedOn, protectionGrantedOn: Today.AddDays(1));

        var code = ValidationError(residence);

        Assert.Equal("ProtectionGrantedOnInFuture", code);
    }
}
