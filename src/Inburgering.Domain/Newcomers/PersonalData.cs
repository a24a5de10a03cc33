namespace Inburgering.Domain.Newcomers;

/// <summary>Who the newcomer is and how to reach them.</summary>
public sealed record PersonalData
{
    public const int NameMaxLength = 100;
    public const int TextMaxLength = 200;

    /// <summary>What an anonymised dossier holds instead of a name or municipality (a dash, the same in every language).</summary>
    public const string Removed = "—";

    public required string FirstName { get; init; }

    public required string LastName { get; init; }

    public required DateOnly BirthDate { get; init; }

    public required Gender Gender { get; init; }

    /// <summary>ISO 3166-1 alpha-2 code.</summary>
    public required string Nationality { get; init; }

    /// <summary>Languages spoken, as the newcomer names them (e.g. "Arabisch, Engels").</summary>
    public string? Languages { get; init; }

    public string? Phone { get; init; }

    public string? Email { get; init; }

    public required string Municipality { get; init; }

    public NationalRegisterNumber? NationalRegisterNumber { get; init; }

    /// <summary>Permanently unable to take part through illness or disability (an exemption).</summary>
    public bool PermanentlyUnable { get; init; }

    public string FullName => $"{FirstName} {LastName}";
}
