using Inburgering.Domain.Newcomers;
using Inburgering.Domain.Rules;

namespace Inburgering.Domain.Tests.Rules;

public class ObligationRuleTests
{
    private static readonly DateOnly Today = new(2025, 6, 1);

    private static PersonalData PersonBornOn(DateOnly birthDate, string nationality = "SY", bool permanentlyUnable = false) => new()
    {
        FirstName = "Amina",
        LastName = "Haddad",
        BirthDate = birthDate,
        Gender = Gender.Female,
        Nationality = nationality,
        Municipality = "Leuven",
        PermanentlyUnable = permanentlyUnable,
    };

    private static PersonalData Adult(string nationality = "SY", bool permanentlyUnable = false) =>
        PersonBornOn(new DateOnly(1990, 3, 15), nationality, permanentlyUnable);

    private static Residence ResidenceWith(ResidenceStatus status) => status == ResidenceStatus.AsylumApplicant
        ? new Residence(status, registeredOn: null, asylumAppliedOn: new DateOnly(2021, 9, 1))
        : new Residence(status, registeredOn: new DateOnly(2024, 1, 10));

    private static ObligationAssessment Assess(PersonalData person, ResidenceStatus status, bool livesInBrussels = false, DateOnly? today = null, DateOnly? contractSignedOn = null) =>
        ObligationRule.Assess(person, ResidenceWith(status), livesInBrussels, today ?? Today, contractSignedOn);

    [Theory]
    [InlineData(ResidenceStatus.RecognisedRefugee)]
    [InlineData(ResidenceStatus.SubsidiaryProtection)]
    [InlineData(ResidenceStatus.FamilyReunification)]
    [InlineData(ResidenceStatus.Regularised)]
    [InlineData(ResidenceStatus.OtherResidenceRight)]
    public void Assess_NonEuAdultWithResidenceRightInFlanders_IsObligated(ResidenceStatus status)
    {
        var person = Adult("SY");

        var assessment = Assess(person, status);

        Assert.Equal(new ObligationAssessment(ObligationClass.Obligated, ObligationReason.NonEuResidenceRight), assessment);
    }

    [Theory]
    [InlineData("PL")]
    [InlineData("BE")]
    [InlineData("NL")]
    [InlineData("NO")]
    [InlineData("IS")]
    [InlineData("LI")]
    [InlineData("CH")]
    public void Assess_FreeMovementCitizen_IsNeverObligatedWhateverTheResidenceStatus(string nationality)
    {
        var person = Adult(nationality);

        var classes = Enum.GetValues<ResidenceStatus>()
            .Select(status => Assess(person, status, contractSignedOn: new DateOnly(2022, 2, 1)).Class)
            .ToList();

        Assert.DoesNotContain(ObligationClass.Obligated, classes);
    }

    [Theory]
    [InlineData(ResidenceStatus.RecognisedRefugee)]
    [InlineData(ResidenceStatus.FamilyReunification)]
    [InlineData(ResidenceStatus.OtherResidenceRight)]
    [InlineData(ResidenceStatus.FreeMovement)]
    public void Assess_FreeMovementCitizenWithNonEuResidenceStatus_IsEntitledByFreeMovement(ResidenceStatus status)
    {
        var person = Adult("PL");

        var assessment = Assess(person, status);

        Assert.Equal(new ObligationAssessment(ObligationClass.Entitled, ObligationReason.FreeMovementCitizen), assessment);
    }

    [Fact]
    public void Assess_NonEuFamilyMemberUnderFreeMovement_IsEntitled()
    {
        var person = Adult("MA");

        var assessment = Assess(person, ResidenceStatus.FreeMovement);

        Assert.Equal(new ObligationAssessment(ObligationClass.Entitled, ObligationReason.FreeMovementCitizen), assessment);
    }

    [Fact]
    public void Assess_DayBefore65thBirthday_IsObligated()
    {
        var person = PersonBornOn(new DateOnly(1960, 6, 1));

        var assessment = Assess(person, ResidenceStatus.FamilyReunification, today: new DateOnly(2025, 5, 31));

        Assert.Equal(ObligationClass.Obligated, assessment.Class);
    }

    [Theory]
    [InlineData(2025, 6, 1)]
    [InlineData(2025, 6, 2)]
    [InlineData(2030, 1, 1)]
    public void Assess_OnAndAfter65thBirthday_IsExempt(int year, int month, int day)
    {
        var person = PersonBornOn(new DateOnly(1960, 6, 1));

        var assessment = Assess(person, ResidenceStatus.FamilyReunification, today: new DateOnly(year, month, day));

        Assert.Equal(new ObligationAssessment(ObligationClass.Exempt, ObligationReason.AgedOver65), assessment);
    }

    [Fact]
    public void Assess_AsylumApplicantWithContractSignedBeforeCutOff_IsEntitled()
    {
        var person = Adult();

        var assessment = Assess(person, ResidenceStatus.AsylumApplicant, contractSignedOn: new DateOnly(2022, 2, 28));

        Assert.Equal(new ObligationAssessment(ObligationClass.Entitled, ObligationReason.AsylumApplicantContractBeforeCutOff), assessment);
    }

    [Fact]
    public void Assess_AsylumApplicantWithContractSignedOnCutOffDay_IsNotInTargetGroup()
    {
        var person = Adult();

        var assessment = Assess(person, ResidenceStatus.AsylumApplicant, contractSignedOn: new DateOnly(2022, 3, 1));

        Assert.Equal(new ObligationAssessment(ObligationClass.NotInTargetGroup, ObligationReason.AsylumApplicant), assessment);
    }

    [Fact]
    public void Assess_AsylumApplicantWithoutContract_IsNotInTargetGroup()
    {
        var person = Adult();

        var assessment = Assess(person, ResidenceStatus.AsylumApplicant);

        Assert.Equal(new ObligationAssessment(ObligationClass.NotInTargetGroup, ObligationReason.AsylumApplicant), assessment);
    }

    [Theory]
    [InlineData(2009, 6, 1)]
    [InlineData(2007, 6, 2)]
    public void Assess_Aged16Or17_IsEntitledAsMinor(int year, int month, int day)
    {
        var person = PersonBornOn(new DateOnly(year, month, day));

        var assessment = Assess(person, ResidenceStatus.FamilyReunification);

        Assert.Equal(new ObligationAssessment(ObligationClass.Entitled, ObligationReason.Minor), assessment);
    }

    [Fact]
    public void Assess_DayBefore16thBirthday_IsNotInTargetGroup()
    {
        var person = PersonBornOn(new DateOnly(2009, 6, 2));

        var assessment = Assess(person, ResidenceStatus.FamilyReunification);

        Assert.Equal(new ObligationAssessment(ObligationClass.NotInTargetGroup, ObligationReason.TooYoung), assessment);
    }

    [Fact]
    public void Assess_On18thBirthday_IsObligated()
    {
        var person = PersonBornOn(new DateOnly(2007, 6, 1));

        var assessment = Assess(person, ResidenceStatus.FamilyReunification);

        Assert.Equal(ObligationClass.Obligated, assessment.Class);
    }

    [Fact]
    public void Assess_NonEuAdultInBrussels_IsEntitled()
    {
        var person = Adult();

        var assessment = Assess(person, ResidenceStatus.FamilyReunification, livesInBrussels: true);

        Assert.Equal(new ObligationAssessment(ObligationClass.Entitled, ObligationReason.Brussels), assessment);
    }

    [Fact]
    public void Assess_PermanentlyUnable_IsExempt()
    {
        var person = Adult(permanentlyUnable: true);

        var assessment = Assess(person, ResidenceStatus.RecognisedRefugee);

        Assert.Equal(new ObligationAssessment(ObligationClass.Exempt, ObligationReason.PermanentlyUnable), assessment);
    }

    [Theory]
    [InlineData("SY")]
    [InlineData("PL")]
    public void Assess_ShortStay_IsNotInTargetGroup(string nationality)
    {
        var person = Adult(nationality);

        var assessment = Assess(person, ResidenceStatus.ShortStay);

        Assert.Equal(new ObligationAssessment(ObligationClass.NotInTargetGroup, ObligationReason.ShortStay), assessment);
    }

    [Fact]
    public void Assess_TemporaryProtection_IsEntitled()
    {
        var person = Adult("UA");

        var assessment = Assess(person, ResidenceStatus.TemporaryProtection);

        Assert.Equal(new ObligationAssessment(ObligationClass.Entitled, ObligationReason.TemporaryProtection), assessment);
    }

    [Fact]
    public void Assess_MissingPersonOrResidence_ThrowsArgumentNull()
    {
        var residence = ResidenceWith(ResidenceStatus.FamilyReunification);
        var person = Adult();

        Assert.Throws<ArgumentNullException>(() => ObligationRule.Assess(null!, residence, false, Today));
        Assert.Throws<ArgumentNullException>(() => ObligationRule.Assess(person, null!, false, Today));
    }
}
