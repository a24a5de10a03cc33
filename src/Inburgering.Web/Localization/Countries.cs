using System.Collections.Concurrent;
using System.Globalization;

namespace Inburgering.Web.Localization;

/// <summary>
/// Country names in the reader's language, from the ICU data that ships with .NET: the region part
/// of a culture's display name ("Arabisch (Syrië)" → "Syrië"). No list to maintain by hand.
/// </summary>
public static class Countries
{
    private static readonly Lazy<IReadOnlyDictionary<string, CultureInfo>> CultureByRegion = new(() =>
        CultureInfo.GetCultures(CultureTypes.SpecificCultures)
            .Select(c => (Culture: c, Region: RegionOf(c)))
            .Where(x => x.Region is { Length: 2 } && x.Region.All(char.IsAsciiLetterUpper))
            .GroupBy(x => x.Region!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Culture, StringComparer.Ordinal));

    private static readonly ConcurrentDictionary<string, IReadOnlyList<(string Code, string Name)>> Lists = new();

    public static string Name(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (!CultureByRegion.Value.TryGetValue(code.ToUpperInvariant(), out var culture))
        {
            return code;
        }

        var display = culture.DisplayName;
        var open = display.LastIndexOf('(');
        var close = display.LastIndexOf(')');
        if (open < 0 || close < open)
        {
            return code;
        }

        var inside = display[(open + 1)..close];
        var comma = inside.LastIndexOf(", ", StringComparison.Ordinal);
        return comma >= 0 ? inside[(comma + 2)..] : inside;
    }

    /// <summary>Every country, sorted by its name in the current UI culture.</summary>
    public static IReadOnlyList<(string Code, string Name)> All() =>
        Lists.GetOrAdd(CultureInfo.CurrentUICulture.Name, _ =>
            [.. CultureByRegion.Value.Keys
                .Select(code => (Code: code, Name: Name(code)))
                .OrderBy(c => c.Name, StringComparer.Create(CultureInfo.CurrentUICulture, ignoreCase: true))]);

    public static bool Exists(string? code) => code is not null && CultureByRegion.Value.ContainsKey(code);

    private static string? RegionOf(CultureInfo culture)
    {
        try
        {
            return new RegionInfo(culture.Name).TwoLetterISORegionName;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
