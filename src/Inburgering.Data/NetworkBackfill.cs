using Inburgering.Domain.Organisation;

namespace Inburgering.Data;

/// <summary>
/// Fills the columns migration 20261203130000 adds for rows that existed before it: an offer's NIS code and an
/// organisation's agency, both derived from the municipality name by the list of municipalities (as the domain does
/// on every save). Names off the list stay null, as they would on a save.
/// </summary>
public static class NetworkBackfill
{
    /// <param name="quote">Quotes an identifier the provider's way (<c>"Offers"</c> or <c>[Offers]</c>).</param>
    public static IEnumerable<string> Statements(Func<string, string> quote)
    {
        ArgumentNullException.ThrowIfNull(quote);
        yield return Update(quote, "Offers", "NisCode", m => m.NisCode);
        yield return Update(quote, "Organisations", "Agency", m => m.Agency.ToString());
    }

    private static string Update(Func<string, string> quote, string table, string column, Func<Municipality, string> value)
    {
        var cases = Municipalities.All.Select(m => " WHEN '" + m.Name.Replace("'", "''", StringComparison.Ordinal) + "' THEN '" + value(m) + "'");
        return "UPDATE " + quote(table) + " SET " + quote(column) + " = CASE " + quote("Municipality") + string.Concat(cases)
            + " END WHERE " + quote(column) + " IS NULL;";
    }
}
