using Inburgering.Domain.Common;
using Inburgering.Domain.History;
using Inburgering.Domain.Organisation;
using Inburgering.Domain.Rules;

namespace Inburgering.Domain.Newcomers;

/// <summary>The newcomer's dossier: who they are, their residence, and who guides them.</summary>
public sealed class Newcomer : IRecordsChanges
{
    private readonly List<DossierChange> _changes = [];

    private Newcomer()
    {
        Number = null!;
        Person = null!;
        Residence = null!;
        CaseWorkerId = null!;
    }

    public NewcomerId Id { get; private set; }

    /// <summary>The dossier number (see <see cref="DossierNumber"/>), kept as text so lists can sort and page on it.</summary>
    public string Number { get; private set; }

    public PersonalData Person { get; private set; }

    public Residence Residence { get; private set; }

    public Guid OfficeId { get; private set; }

    /// <summary>Kept beside the office so every access check and report filters without a join.</summary>
    public Agency Agency { get; private set; }

    public string CaseWorkerId { get; private set; }

    public DateOnly RegisteredOn { get; private set; }

    public NewcomerId DossierId => Id;

    public Trajectories.Participant Participant => new(Id, Person.Gender, Agency, OfficeId, CaseWorkerId);

    public IReadOnlyList<DossierChange> Changes => _changes;

    public void ClearChanges() => _changes.Clear();

    public static Newcomer Register(NewcomerId id, DossierNumber number, PersonalData person, Residence residence, Office office, string caseWorkerId, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(number);
        ArgumentNullException.ThrowIfNull(office);
        var newcomer = new Newcomer
        {
            Id = id,
            Number = number.Value,
            Person = Validated(person, today),
            Residence = Validated(residence, today),
            OfficeId = office.Id,
            Agency = office.Agency,
            CaseWorkerId = Guard.Text(caseWorkerId, 450, "CaseWorkerRequired"),
            RegisteredOn = today,
        };
        newcomer._changes.Add(new(DossierEventType.Registered));
        return newcomer;
    }

    public void UpdatePersonalData(PersonalData person, DateOnly today)
    {
        var updated = Validated(person, today);
        var fields = ChangedFields(Person, updated);
        if (fields.Count == 0)
        {
            return;
        }

        Person = updated;
        _changes.Add(new(DossierEventType.PersonalDataChanged, string.Join(", ", fields)));
    }

    public void UpdateResidence(Residence residence, DateOnly today)
    {
        var updated = Validated(residence, today);
        if (updated == Residence)
        {
            return;
        }

        var fields = new List<string>();
        void Compare<T>(string name, T before, T after)
        {
            if (!EqualityComparer<T>.Default.Equals(before, after))
            {
                fields.Add(name);
            }
        }

        Compare(nameof(Residence.Status), Residence.Status, updated.Status);
        Compare(nameof(Residence.RegisteredOn), Residence.RegisteredOn, updated.RegisteredOn);
        Compare(nameof(Residence.AsylumAppliedOn), Residence.AsylumAppliedOn, updated.AsylumAppliedOn);
        Compare(nameof(Residence.RefusalNotifiedOn), Residence.RefusalNotifiedOn, updated.RefusalNotifiedOn);
        Compare(nameof(Residence.AppealLodgedOn), Residence.AppealLodgedOn, updated.AppealLodgedOn);
        Compare(nameof(Residence.ProtectionGrantedOn), Residence.ProtectionGrantedOn, updated.ProtectionGrantedOn);
        Residence = updated;
        _changes.Add(new(DossierEventType.ResidenceChanged, string.Join(", ", fields)));
    }

    /// <summary>Hands the dossier to another case worker (of the same agency), with the reason.</summary>
    public void AssignTo(string caseWorkerId, Office office, string reason)
    {
        ArgumentNullException.ThrowIfNull(office);
        if (office.Agency != Agency)
        {
            throw new DomainException("ReassignOutsideAgency");
        }

        var why = Guard.Text(reason, DossierEvent.DetailMaxLength, "ReasonRequired");
        caseWorkerId = Guard.Text(caseWorkerId, 450, "CaseWorkerRequired");
        if (caseWorkerId == CaseWorkerId)
        {
            throw new DomainException("AlreadyAssigned");
        }

        CaseWorkerId = caseWorkerId;
        OfficeId = office.Id;
        _changes.Add(new(DossierEventType.Reassigned, why));
    }

    /// <summary>Records something that happened around the dossier (an invitation, an export).</summary>
    public void Record(DossierEventType type, string? detail = null) => _changes.Add(new(type, detail));

    public ObligationAssessment Obligation(DateOnly today, DateOnly? contractSignedOn = null) =>
        ObligationRule.Assess(Person, Residence, Agency == Agency.Bon, today, contractSignedOn);

    public WorkPermission WorkPermission(DateOnly today) => WorkPermissionRule.Assess(Residence, today);

    public int AgeOn(DateOnly today) => Age.InYears(Person.BirthDate, today);

    private static PersonalData Validated(PersonalData person, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(person);
        if (person.BirthDate > today || Age.InYears(person.BirthDate, today) > 120)
        {
            throw new DomainException("BirthDateInvalid");
        }

        var nationality = person.Nationality?.Trim().ToUpperInvariant();
        if (!Nationality.IsValidCode(nationality))
        {
            throw new DomainException("NationalityInvalid");
        }

        return person with
        {
            Nationality = nationality!,
            FirstName = Guard.Text(person.FirstName, PersonalData.NameMaxLength, "FirstNameRequired"),
            LastName = Guard.Text(person.LastName, PersonalData.NameMaxLength, "LastNameRequired"),
            Municipality = Guard.Text(person.Municipality, PersonalData.NameMaxLength, "MunicipalityRequired"),
            Languages = Guard.OptionalText(person.Languages, PersonalData.TextMaxLength, "TextTooLong"),
            Phone = Guard.OptionalText(person.Phone, 30, "PhoneInvalid"),
            Email = Guard.OptionalText(person.Email, PersonalData.TextMaxLength, "EmailInvalid"),
        };
    }

    private static Residence Validated(Residence residence, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(residence);
        residence.Validate(today);
        return residence;
    }

    private static List<string> ChangedFields(PersonalData before, PersonalData after)
    {
        var fields = new List<string>();
        void Compare<T>(string name, T a, T b)
        {
            if (!EqualityComparer<T>.Default.Equals(a, b))
            {
                fields.Add(name);
            }
        }

        Compare(nameof(PersonalData.FirstName), before.FirstName, after.FirstName);
        Compare(nameof(PersonalData.LastName), before.LastName, after.LastName);
        Compare(nameof(PersonalData.BirthDate), before.BirthDate, after.BirthDate);
        Compare(nameof(PersonalData.Gender), before.Gender, after.Gender);
        Compare(nameof(PersonalData.Nationality), before.Nationality, after.Nationality);
        Compare(nameof(PersonalData.Languages), before.Languages, after.Languages);
        Compare(nameof(PersonalData.Phone), before.Phone, after.Phone);
        Compare(nameof(PersonalData.Email), before.Email, after.Email);
        Compare(nameof(PersonalData.Municipality), before.Municipality, after.Municipality);
        Compare(nameof(PersonalData.NationalRegisterNumber), before.NationalRegisterNumber, after.NationalRegisterNumber);
        Compare(nameof(PersonalData.PermanentlyUnable), before.PermanentlyUnable, after.PermanentlyUnable);
        return fields;
    }
}
