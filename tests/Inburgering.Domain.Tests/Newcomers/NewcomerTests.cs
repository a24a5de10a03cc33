using Inburgering.Domain.Common;
using Inburgering.Domain.History;
using Inburgering.Domain.Newcomers;
using Inburgering.Domain.Organisation;
using Inburgering.Domain.Rules;

namespace Inburgering.Domain.Tests.Newcomers;

public class NewcomerTests
{
    private static readonly DateOnly Today = new(2025, 6, 1);

    private static readonly Office Leuven = new(Guid.Parse("11111111-1111-1111-1111-111111111111"), Agency.AgII, "Leuven", "Vlaams-Brabant");
    private static readonly Office Mechelen = new(Guid.Parse("22222222-2222-2222-2222-222222222222"), Agency.AgII, "Mechelen", "Antwerpen");
    private static readonly Office Antwerp = new(Guid.Parse("33333333-3333-3333-3333-333333333333"), Agency.Atlas, "Antwerpen", "Antwerpen");
    private static readonly Office Brussels = new(Guid.Parse("44444444-4444-4444-4444-444444444444"), Agency.Bon, "Brussel", "Brussel");

    private static PersonalData Person() => new()
    {
        FirstName = "Amina",
        LastName = "Haddad",
        BirthDate = new DateOnly(1990, 3, 15),
        Gender = Gender.Female,
        Nationality = "SY",
        Municipality = "Leuven",
        Languages = "Arabisch, Engels",
        Phone = "0470 12 34 56",
    };

    private static Residence FamilyReunification() => new(ResidenceStatus.FamilyReunification, new DateOnly(2025, 1, 10));

    private static Newcomer Register(PersonalData? person = null, Residence? residence = null, Office? office = null, string caseWorkerId = "cw-1") =>
        Newcomer.Register(NewcomerId.New(), DossierNumber.Parse("IB-7KQ3-M9XZ"), person ?? Person(), residence ?? FamilyReunification(), office ?? Leuven, caseWorkerId, Today);

    private static string RegistrationError(PersonalData person) =>
        Assert.Throws<DomainException>(() => Register(person)).Code;

    [Fact]
    public void Register_ValidData_KeepsTheDossierAndRecordsRegistration()
    {
        var id = NewcomerId.New();

        var newcomer = Newcomer.Register(id, DossierNumber.Parse("IB-7KQ3-M9XZ"), Person(), FamilyReunification(), Leuven, "cw-1", Today);

        Assert.Equal(id, newcomer.Id);
        Assert.Equal(id, newcomer.DossierId);
        Assert.Equal("IB-7KQ3-M9XZ", newcomer.Number.ToString());
        Assert.Equal(Leuven.Id, newcomer.OfficeId);
        Assert.Equal(Agency.AgII, newcomer.Agency);
        Assert.Equal("cw-1", newcomer.CaseWorkerId);
        Assert.Equal(Today, newcomer.RegisteredOn);
        Assert.Equal([new Registered()], newcomer.Changes);
    }

    [Fact]
    public void Register_NamesWithSurroundingSpaces_AreTrimmed()
    {
        var person = Person() with { FirstName = "  Amina ", LastName = " Haddad  ", Municipality = " Leuven ", Phone = "  ", Email = " amina@example.org " };

        var newcomer = Register(person);

        Assert.Equal("Amina", newcomer.Person.FirstName);
        Assert.Equal("Haddad", newcomer.Person.LastName);
        Assert.Equal("Leuven", newcomer.Person.Municipality);
        Assert.Null(newcomer.Person.Phone);
        Assert.Equal("amina@example.org", newcomer.Person.Email);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Register_BlankFirstName_Throws(string firstName)
    {
        var person = Person() with { FirstName = firstName };

        var code = RegistrationError(person);

        Assert.Equal("FirstNameRequired", code);
    }

    [Fact]
    public void Register_BlankLastName_Throws()
    {
        var person = Person() with { LastName = " " };

        var code = RegistrationError(person);

        Assert.Equal("LastNameRequired", code);
    }

    [Fact]
    public void Register_BlankMunicipality_Throws()
    {
        var person = Person() with { Municipality = "" };

        var code = RegistrationError(person);

        Assert.Equal("MunicipalityRequired", code);
    }

    [Fact]
    public void Register_FirstNameLongerThanMaximum_Throws()
    {
        var person = Person() with { FirstName = new string('a', PersonalData.NameMaxLength + 1) };

        var code = RegistrationError(person);

        Assert.Equal("TextTooLong", code);
    }

    [Fact]
    public void Register_BirthDateTomorrow_Throws()
    {
        var person = Person() with { BirthDate = Today.AddDays(1) };

        var code = RegistrationError(person);

        Assert.Equal("BirthDateInvalid", code);
    }

    [Fact]
    public void Register_OlderThan120_Throws()
    {
        var person = Person() with { BirthDate = new DateOnly(1904, 5, 31) };

        var code = RegistrationError(person);

        Assert.Equal("BirthDateInvalid", code);
    }

    [Theory]
    [InlineData("")]
    [InlineData("S")]
    [InlineData("SYR")]
    [InlineData("S1")]
    public void Register_InvalidNationality_Throws(string nationality)
    {
        var person = Person() with { Nationality = nationality };

        var code = RegistrationError(person);

        Assert.Equal("NationalityInvalid", code);
    }

    [Fact]
    public void Register_InvalidResidence_ThrowsTheResidenceCode()
    {
        var residence = new Residence(ResidenceStatus.FamilyReunification, Today.AddDays(1));

        var exception = Assert.Throws<DomainException>(() => Register(residence: residence));

        Assert.Equal("RegisteredOnInFuture", exception.Code);
    }

    [Fact]
    public void Register_BlankCaseWorker_Throws()
    {
        var exception = Assert.Throws<DomainException>(() => Register(caseWorkerId: " "));

        Assert.Equal("CaseWorkerRequired", exception.Code);
    }

    [Fact]
    public void UpdatePersonalData_TwoFieldsChanged_RecordsTheirNames()
    {
        var newcomer = Register();
        newcomer.ClearChanges();

        newcomer.UpdatePersonalData(Person() with { LastName = "Haddad-Saleh", Phone = "0470 99 88 77" }, Today);

        Assert.Equal("Haddad-Saleh", newcomer.Person.LastName);
        Assert.Equal([new PersonalDataChanged(["LastName", "Phone"])], newcomer.Changes);
    }

    [Fact]
    public void UpdatePersonalData_NationalRegisterNumberAdded_RecordsFieldNameButNotTheNumber()
    {
        var newcomer = Register();
        newcomer.ClearChanges();
        var number = NationalRegisterNumber.For(new DateOnly(1990, 3, 15), 123);

        newcomer.UpdatePersonalData(Person() with { NationalRegisterNumber = number }, Today);

        var change = Assert.Single(newcomer.Changes);
        Assert.Equal(new PersonalDataChanged(["NationalRegisterNumber"]), change);
        Assert.Equal(number, newcomer.Person.NationalRegisterNumber);
    }

    [Fact]
    public void UpdatePersonalData_SameDataWithExtraSpaces_RecordsNothing()
    {
        var newcomer = Register();
        newcomer.ClearChanges();

        newcomer.UpdatePersonalData(Person() with { FirstName = " Amina ", Municipality = "Leuven  " }, Today);

        Assert.Empty(newcomer.Changes);
        Assert.Equal("Amina", newcomer.Person.FirstName);
    }

    [Fact]
    public void UpdatePersonalData_Invalid_ThrowsAndKeepsTheOldData()
    {
        var newcomer = Register();
        newcomer.ClearChanges();

        var exception = Assert.Throws<DomainException>(() => newcomer.UpdatePersonalData(Person() with { LastName = "Saleh", BirthDate = Today.AddDays(1) }, Today));

        Assert.Equal("BirthDateInvalid", exception.Code);
        Assert.Equal("Haddad", newcomer.Person.LastName);
        Assert.Empty(newcomer.Changes);
    }

    [Fact]
    public void UpdateResidence_DatesChanged_RecordsEveryChangedField()
    {
        var newcomer = Register();
        newcomer.ClearChanges();

        newcomer.UpdateResidence(new Residence(ResidenceStatus.FamilyReunification, new DateOnly(2025, 2, 1), new DateOnly(2024, 6, 1), protectionGrantedOn: new DateOnly(2024, 12, 1)), Today);

        Assert.Equal([new ResidenceChanged(["RegisteredOn", "AsylumAppliedOn", "ProtectionGrantedOn"])], newcomer.Changes);
    }

    [Fact]
    public void UpdateResidence_StatusChanged_RecordsWhichFieldsChanged()
    {
        var newcomer = Register();
        newcomer.ClearChanges();
        var residence = new Residence(ResidenceStatus.Regularised, new DateOnly(2025, 1, 10));

        newcomer.UpdateResidence(residence, Today);

        Assert.Equal(residence, newcomer.Residence);
        Assert.Equal([new ResidenceChanged(["Status"])], newcomer.Changes);
    }

    [Fact]
    public void UpdateResidence_SameResidence_RecordsNothing()
    {
        var newcomer = Register();
        newcomer.ClearChanges();

        newcomer.UpdateResidence(FamilyReunification(), Today);

        Assert.Empty(newcomer.Changes);
    }

    [Fact]
    public void AssignTo_OfficeOfAnotherAgency_ThrowsAndKeepsTheCaseWorker()
    {
        var newcomer = Register();
        newcomer.ClearChanges();

        var exception = Assert.Throws<DomainException>(() => newcomer.AssignTo("cw-2", Antwerp, "Verhuisd naar Antwerpen"));

        Assert.Equal("ReassignOutsideAgency", exception.Code);
        Assert.Equal("cw-1", newcomer.CaseWorkerId);
        Assert.Equal(Leuven.Id, newcomer.OfficeId);
        Assert.Empty(newcomer.Changes);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void AssignTo_WithoutReason_Throws(string reason)
    {
        var newcomer = Register();

        var exception = Assert.Throws<DomainException>(() => newcomer.AssignTo("cw-2", Mechelen, reason));

        Assert.Equal("ReasonRequired", exception.Code);
        Assert.Equal("cw-1", newcomer.CaseWorkerId);
    }

    [Fact]
    public void AssignTo_SameCaseWorker_Throws()
    {
        var newcomer = Register();

        var exception = Assert.Throws<DomainException>(() => newcomer.AssignTo("cw-1", Leuven, "Herverdeling"));

        Assert.Equal("AlreadyAssigned", exception.Code);
    }

    [Fact]
    public void AssignTo_CaseWorkerOfSameAgency_MovesTheDossierAndRecordsTheReason()
    {
        var newcomer = Register();
        newcomer.ClearChanges();

        newcomer.AssignTo("cw-2", Mechelen, "  Verhuisd naar Mechelen ");

        Assert.Equal("cw-2", newcomer.CaseWorkerId);
        Assert.Equal(Mechelen.Id, newcomer.OfficeId);
        Assert.Equal(Agency.AgII, newcomer.Agency);
        Assert.Equal([new Reassigned("Verhuisd naar Mechelen")], newcomer.Changes);
    }

    [Fact]
    public void Obligation_NewcomerOfBrusselsAgency_IsEntitled()
    {
        var newcomer = Register(Person() with { Municipality = "Elsene" }, office: Brussels);

        var obligation = newcomer.Obligation(Today);

        Assert.Equal(new ObligationAssessment(ObligationClass.Entitled, ObligationReason.Brussels), obligation);
    }

    [Fact]
    public void Obligation_NewcomerOfFlemishAgency_IsObligated()
    {
        var newcomer = Register(office: Leuven);

        var obligation = newcomer.Obligation(Today);

        Assert.Equal(ObligationClass.Obligated, obligation.Class);
    }

    [Fact]
    public void WorkPermissionAndAge_ReadTheDossier()
    {
        var newcomer = Register();

        var permission = newcomer.WorkPermission(Today);
        var age = newcomer.AgeOn(Today);

        Assert.Equal(new WorkPermission(WorkPermissionStatus.Allowed, new DateOnly(2025, 1, 10), WorkPermissionReason.ResidenceRight), permission);
        Assert.Equal(35, age);
    }

    [Fact]
    public void Record_Event_IsAddedToTheChanges()
    {
        var newcomer = Register();
        newcomer.ClearChanges();

        newcomer.RecordDataExported("csv");

        Assert.Equal([new DataExported("csv")], newcomer.Changes);
    }
}
