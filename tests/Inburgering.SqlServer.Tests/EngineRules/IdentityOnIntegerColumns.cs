namespace Inburgering.SqlServer.Tests.EngineRules;

/// <summary>IDENTITY only on tinyint, smallint, int, bigint or decimal/numeric with scale 0 (error 2749), once per table (error 2744).</summary>
public sealed class IdentityOnIntegerColumns : IEngineRule
{
    public IEnumerable<EngineRuleFinding> Check(SqlSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        foreach (var table in schema.Tables.Values)
        {
            var identities = table.Columns.Where(c => c.IsIdentity).ToList();
            if (identities.Count > 1)
            {
                yield return new("2744 identity count", $"[{table.Name}] has {identities.Count} identity columns ({string.Join(", ", identities.Select(c => $"[{c.Name}]"))}); at most one");
            }

            foreach (var column in identities.Where(c => !c.Type.IsExactInteger))
            {
                yield return new("2749 identity type", $"[{table.Name}].[{column.Name}] is an identity column of type {column.Type}; it must be an integer or decimal with scale 0");
            }
        }
    }
}
