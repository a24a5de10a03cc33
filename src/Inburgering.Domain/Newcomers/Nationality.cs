namespace Inburgering.Domain.Newcomers;

/// <summary>Nationality as an ISO 3166-1 alpha-2 code.</summary>
public static class Nationality
{
    /// <summary>EU member states, the other EEA states and Switzerland: free movement, so never obligated.</summary>
    private static readonly HashSet<string> FreeMovement = new(StringComparer.OrdinalIgnoreCase)
    {
        "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV",
        "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
        "IS", "LI", "NO",
        "CH",
    };

    public static bool HasFreeMovement(string countryCode) => FreeMovement.Contains(countryCode);

    public static bool IsValidCode(string? countryCode) =>
        countryCode is { Length: 2 } && countryCode.All(char.IsAsciiLetterUpper);
}
