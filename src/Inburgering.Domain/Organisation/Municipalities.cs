using System.Reflection;

namespace Inburgering.Domain.Organisation;

/// <summary>
/// The configured list of municipalities a newcomer can live in (municipalities.csv, Statbel REFNIS codes after the
/// mergers of 1 January 2025): the register and edit forms offer only these, and the office follows from it.
/// </summary>
public static class Municipalities
{
    private static readonly Lazy<List<Municipality>> List = new(Load);

    private static readonly Lazy<Dictionary<string, Municipality>> ByName = new(() =>
        List.Value.ToDictionary(m => m.Name, StringComparer.OrdinalIgnoreCase));

    public static IReadOnlyList<Municipality> All => List.Value;

    /// <summary>The municipality with that name (case-insensitive), or null when it is not on the list.</summary>
    public static Municipality? Find(string? name) =>
        name is not null && ByName.Value.TryGetValue(name.Trim(), out var municipality) ? municipality : null;

    /// <summary>The list grouped by province, provinces and names in Dutch alphabetical order (for a select with optgroups).</summary>
    public static IEnumerable<IGrouping<string, Municipality>> ByProvince() =>
        All.OrderBy(m => m.Name, StringComparer.Create(new System.Globalization.CultureInfo("nl-BE"), ignoreCase: true))
            .GroupBy(m => m.Province)
            .OrderBy(g => g.Key, StringComparer.Ordinal);

    private static List<Municipality> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Inburgering.Domain.municipalities.csv")
            ?? throw new InvalidOperationException("municipalities.csv is not embedded.");
        using var reader = new StreamReader(stream);
        var result = new List<Municipality>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#') || line.StartsWith("nis;", StringComparison.Ordinal))
            {
                continue;
            }

            var parts = line.Split(';');
            result.Add(new Municipality(parts[0], parts[1]));
        }

        return result;
    }
}
