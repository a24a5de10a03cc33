using System.Reflection;

namespace Inburgering.Domain.Organisation;

/// <summary>
/// Which regional network (regionaal netwerk) a municipality belongs to, for the reports per network
/// (regional-networks.csv, by NIS code). The embedded list is a demo reference list for the demo municipalities only;
/// a municipality that is not on it belongs to no network and shows only in the report per municipality.
/// </summary>
public static class RegionalNetworks
{
    private static readonly Lazy<Dictionary<string, string>> ByNisCode = new(Load);

    /// <summary>The networks in Dutch alphabetical order, each with the names of its municipalities (those on the list).</summary>
    public static IReadOnlyList<(string Network, IReadOnlyList<string> Municipalities)> All { get; } = Group();

    /// <summary>The network of a municipality (by its name on the list of municipalities), or null.</summary>
    public static string? Of(string? municipality) =>
        Municipalities.Find(municipality) is { } found && ByNisCode.Value.TryGetValue(found.NisCode, out var network) ? network : null;

    /// <summary>The names of the municipalities of a network; empty for a name that is not a network.</summary>
    public static IReadOnlyList<string> MunicipalitiesOf(string? network) =>
        All.FirstOrDefault(n => string.Equals(n.Network, network, StringComparison.Ordinal)).Municipalities ?? [];

    private static List<(string, IReadOnlyList<string>)> Group()
    {
        var dutch = StringComparer.Create(new System.Globalization.CultureInfo("nl-BE"), ignoreCase: true);
        return [.. Municipalities.All
            .Where(m => ByNisCode.Value.ContainsKey(m.NisCode))
            .GroupBy(m => ByNisCode.Value[m.NisCode])
            .OrderBy(g => g.Key, dutch)
            .Select(g => (g.Key, (IReadOnlyList<string>)[.. g.Select(m => m.Name).Order(dutch)]))];
    }

    private static Dictionary<string, string> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Inburgering.Domain.regional-networks.csv")
            ?? throw new InvalidOperationException("regional-networks.csv is not embedded.");
        using var reader = new StreamReader(stream);
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#') || line.StartsWith("nis;", StringComparison.Ordinal))
            {
                continue;
            }

            var parts = line.Split(';');
            result.Add(parts[0], parts[1]);
        }

        return result;
    }
}
