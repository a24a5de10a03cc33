using FluentValidation;
using Inburgering.Domain.Newcomers;
using Inburgering.Domain.Organisation;
using Inburgering.Web.Infrastructure;
using Inburgering.Web.Localization;
using Microsoft.Extensions.Localization;

namespace Inburgering.Web.Pages.Dossiers;

/// <summary>Personal data and residence as the register and edit forms post them.</summary>
public sealed class DossierInput
{
    public string FirstName { get; set; } = string.Empty;

    public string LastName { get; set; } = string.Empty;

    public DateOnly? BirthDate { get; set; }

    public Gender? Gender { get; set; }

    public string? Nationality { get; set; }

    public string? Languages { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public string Municipality { get; set; } = string.Empty;

    public string? NationalRegisterNumber { get; set; }

    public bool PermanentlyUnable { get; set; }

    public ResidenceStatus? ResidenceStatus { get; set; }

    public DateOnly? RegisteredOn { get; set; }

    public DateOnly? AsylumAppliedOn { get; set; }

    public DateOnly? RefusalNotifiedOn { get; set; }

    public DateOnly? AppealLodgedOn { get; set; }

    public DateOnly? ProtectionGrantedOn { get; set; }

    public static DossierInput From(Newcomer newcomer)
    {
        ArgumentNullException.ThrowIfNull(newcomer);
        var person = newcomer.Person;
        var residence = newcomer.Residence;
        return new DossierInput
        {
            FirstName = person.FirstName,
            LastName = person.LastName,
            BirthDate = person.BirthDate,
            Gender = person.Gender,
            Nationality = person.Nationality,
            Languages = person.Languages,
            Phone = person.Phone,
            Email = person.Email,
            Municipality = person.Municipality,
            NationalRegisterNumber = person.NationalRegisterNumber?.Formatted,
            PermanentlyUnable = person.PermanentlyUnable,
            ResidenceStatus = residence.Status,
            RegisteredOn = residence.RegisteredOn,
            AsylumAppliedOn = residence.AsylumAppliedOn,
            RefusalNotifiedOn = residence.RefusalNotifiedOn,
            AppealLodgedOn = residence.AppealLodgedOn,
            ProtectionGrantedOn = residence.ProtectionGrantedOn,
        };
    }

    public PersonalData ToPersonalData() => new()
    {
        FirstName = FirstName,
        LastName = LastName,
        BirthDate = BirthDate ?? throw new InvalidOperationException("Validated input has a birth date."),
        Gender = Gender ?? throw new InvalidOperationException("Validated input has a gender."),
        Nationality = Nationality ?? string.Empty,
        Languages = Languages,
        Phone = Phone,
        Email = Email,
        Municipality = Municipalities.Find(Municipality)?.Name ?? Municipality,
        NationalRegisterNumber = string.IsNullOrWhiteSpace(NationalRegisterNumber) ? null : Domain.Newcomers.NationalRegisterNumber.Parse(NationalRegisterNumber),
        PermanentlyUnable = PermanentlyUnable,
    };

    public Residence ToResidence() => new(
        ResidenceStatus ?? throw new InvalidOperationException("Validated input has a residence status."),
        RegisteredOn,
        AsylumAppliedOn,
        RefusalNotifiedOn,
        AppealLodgedOn,
        ProtectionGrantedOn);
}

public sealed class DossierInputValidator : AbstractValidator<DossierInput>
{
    private const string PhoneCharacters = "0123456789 +()/.-";

    public DossierInputValidator(IStringLocalizer<SharedResource> localizer, TimeProvider time)
    {
        var today = time.Today();
        string Message(string code) => localizer[$"Error.{code}"];

        RuleFor(x => x.FirstName).NotEmpty().MaximumLength(PersonalData.NameMaxLength)
            .Must(CleanText.HasVisibleLetter).WithMessage(_ => Message("NameNeedsLetter"));
        RuleFor(x => x.LastName).NotEmpty().MaximumLength(PersonalData.NameMaxLength)
            .Must(CleanText.HasVisibleLetter).WithMessage(_ => Message("NameNeedsLetter"));
        RuleFor(x => x.BirthDate).NotNull()
            .LessThanOrEqualTo(today).WithMessage(_ => Message("BirthDateInFuture"))
            .GreaterThan(today.AddYears(-120)).WithMessage(_ => Message("BirthDateInvalid"));
        RuleFor(x => x.Gender).NotNull().IsInEnum();
        RuleFor(x => x.Nationality).NotEmpty().Must(Countries.Exists).WithMessage(_ => Message("NationalityInvalid"));
        RuleFor(x => x.Languages).MaximumLength(PersonalData.TextMaxLength);
        RuleFor(x => x.Phone).MaximumLength(30)
            .Must(p => string.IsNullOrEmpty(p) || p.All(PhoneCharacters.Contains)).WithMessage(_ => Message("PhoneInvalid"));
        RuleFor(x => x.Email).MaximumLength(PersonalData.TextMaxLength).EmailAddress().WithMessage(_ => Message("EmailInvalid")).When(x => !string.IsNullOrWhiteSpace(x.Email));
        RuleFor(x => x.Municipality).NotEmpty()
            .Must(m => Municipalities.Find(m) is not null).WithMessage(_ => Message("MunicipalityUnknown"));
        RuleFor(x => x.NationalRegisterNumber)
            .Must(n => Domain.Newcomers.NationalRegisterNumber.TryParse(n, out _)).WithMessage(_ => Message("NationalRegisterNumberInvalid"))
            .When(x => !string.IsNullOrWhiteSpace(x.NationalRegisterNumber));

        RuleFor(x => x.ResidenceStatus).NotNull().IsInEnum();
        RuleFor(x => x.RegisteredOn).NotNull().WithMessage(_ => Message("RegisteredOnRequired"))
            .When(x => x.ResidenceStatus != Domain.Newcomers.ResidenceStatus.AsylumApplicant);
        RuleFor(x => x.RegisteredOn).LessThanOrEqualTo(today).WithMessage(_ => Message("RegisteredOnInFuture"));
        RuleFor(x => x.AsylumAppliedOn).NotNull().WithMessage(_ => Message("AsylumAppliedOnRequired"))
            .When(x => x.ResidenceStatus == Domain.Newcomers.ResidenceStatus.AsylumApplicant || x.RefusalNotifiedOn is not null || x.ProtectionGrantedOn is not null);
        RuleFor(x => x.AsylumAppliedOn).LessThanOrEqualTo(today).WithMessage(_ => Message("AsylumAppliedOnInFuture"));
        RuleFor(x => x.RefusalNotifiedOn).LessThanOrEqualTo(today).WithMessage(_ => Message("RefusalNotifiedOnInFuture"))
            .GreaterThanOrEqualTo(x => x.AsylumAppliedOn).When(x => x.AsylumAppliedOn is not null).WithMessage(_ => Message("DecisionBeforeApplication"));
        RuleFor(x => x.ProtectionGrantedOn).LessThanOrEqualTo(today).WithMessage(_ => Message("ProtectionGrantedOnInFuture"))
            .GreaterThanOrEqualTo(x => x.AsylumAppliedOn).When(x => x.AsylumAppliedOn is not null).WithMessage(_ => Message("DecisionBeforeApplication"));
        RuleFor(x => x.AppealLodgedOn).LessThanOrEqualTo(today).WithMessage(_ => Message("AppealLodgedOnInFuture"));
        RuleFor(x => x.AppealLodgedOn).Null().WithMessage(_ => Message("AppealWithoutRefusal")).When(x => x.RefusalNotifiedOn is null);
        RuleFor(x => x.AppealLodgedOn).GreaterThanOrEqualTo(x => x.RefusalNotifiedOn).WithMessage(_ => Message("AppealBeforeRefusal"))
            .When(x => x.RefusalNotifiedOn is not null && x.AppealLodgedOn is not null);
    }
}
