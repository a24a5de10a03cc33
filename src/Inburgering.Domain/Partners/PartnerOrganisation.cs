using Inburgering.Domain.Common;
using Inburgering.Domain.Organisation;

namespace Inburgering.Domain.Partners;

public enum OrganisationKind
{
    EmploymentService,
    Nt2School,
    Welfare,
    LocalGovernment,
    ParticipationOrganisation,
    Employer,
    VolunteerOrganisation,
    Other,
}

/// <summary>What an organisation is and how to reach it; checked once here for the admin's and the municipality's forms.</summary>
public sealed record OrganisationDetails
{
    public const int NameMaxLength = 150;
    public const int TextMaxLength = 200;

    public required string Name { get; init; }

    public required OrganisationKind Kind { get; init; }

    /// <summary>The municipality whose local government manages this organisation's offer (its regierol).</summary>
    public required string Municipality { get; init; }

    /// <summary>Further municipalities whose residents it takes in (its own municipality always).</summary>
    public IReadOnlyList<string> MunicipalitiesServed { get; init; } = [];

    public string? ContactName { get; init; }

    public string? Phone { get; init; }

    public string? Email { get; init; }
}

/// <summary>
/// A partner organisation around the newcomer (VDAB, an NT2 school, OCMW, a sports club...): its staff answer the
/// referrals sent to it and confirm the hours people took part in.
/// </summary>
public sealed class PartnerOrganisation
{
    public const int ServedMaxLength = 2000;

    /// <summary>";Antwerpen;Mortsel;": one text, so "serves X" is one LIKE in any database (<see cref="ServedKey"/>).</summary>
    private string _served = ";";

    private PartnerOrganisation()
    {
        Name = string.Empty;
        Municipality = string.Empty;
    }

    public PartnerOrganisation(Guid id, OrganisationDetails details)
        : this()
    {
        Id = id;
        Change(details);
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    public OrganisationKind Kind { get; private set; }

    public string Municipality { get; private set; }

    /// <summary>
    /// The agency whose territory holds <see cref="Municipality"/> (null for a place not on the list of municipalities):
    /// that agency's coordinators keep this organisation.
    /// </summary>
    public Agency? Agency { get; private set; }

    /// <summary>Every municipality it serves, its own first.</summary>
    public IReadOnlyList<string> MunicipalitiesServed => _served.Split(';', StringSplitOptions.RemoveEmptyEntries);

    public string? ContactName { get; private set; }

    public string? Phone { get; private set; }

    public string? Email { get; private set; }

    /// <summary>What the stored list contains for a municipality it serves.</summary>
    public static string ServedKey(string municipality) => ";" + municipality + ";";

    public void Change(OrganisationDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        Name = Guard.Text(details.Name, OrganisationDetails.NameMaxLength, PartnerErrors.NameRequired());
        Kind = details.Kind;
        Municipality = Guard.Text(details.Municipality, OrganisationDetails.TextMaxLength, PartnerErrors.MunicipalityRequired());
        Agency = Municipalities.Find(Municipality)?.Agency;
        List<string> served = [Municipality, .. details.MunicipalitiesServed
            .Select(m => m.Replace(";", string.Empty, StringComparison.Ordinal).Trim())
            .Where(m => m.Length > 0 && !string.Equals(m, Municipality, StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase)];
        var text = ";" + string.Join(';', served) + ";";
        _served = text.Length <= ServedMaxLength ? text : throw new DomainException(PartnerErrors.TooLong(nameof(details.MunicipalitiesServed)));

        ContactName = Guard.OptionalText(details.ContactName, OrganisationDetails.TextMaxLength, PartnerErrors.TooLong(nameof(details.ContactName)));
        Phone = Guard.OptionalText(details.Phone, 30, PartnerErrors.TooLong(nameof(details.Phone)));
        Email = Guard.OptionalText(details.Email, OrganisationDetails.TextMaxLength, PartnerErrors.TooLong(nameof(details.Email)));
    }
}
