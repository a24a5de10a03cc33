namespace Inburgering.SqlServer.Tests.EngineRules;

/// <summary>
/// ALTER COLUMN fails while a primary key, unique constraint, index or foreign key still uses the column (5074, 4922).
/// EF rebuilds indexes around an altered column but not keys, so a migration that changes a key column's type must drop
/// and re-add the keys itself. Found while the script is replayed, in order: see <see cref="SqlSchema.ChangeFindings"/>.
/// </summary>
public sealed class NoAlterOfKeyColumns : IEngineRule
{
    public IEnumerable<EngineRuleFinding> Check(SqlSchema schema) => schema.ChangeFindings;

    /// <summary>The keys and foreign keys that still depend on a column at the moment it is altered.</summary>
    public static IEnumerable<EngineRuleFinding> Dependents(SqlSchema schema, string table, string column)
    {
        ArgumentNullException.ThrowIfNull(schema);
        bool Same(string a, string b) => a.Equals(b, StringComparison.OrdinalIgnoreCase);
        var indexes = schema.Indexes
            .Where(i => Same(i.Table, table) && i.KeyColumns.Any(c => Same(c, column)))
            .Select(SqlServerEngineRules.Describe);
        var foreignKeys = schema.ForeignKeys
            .Where(f => (Same(f.Table, table) && f.Columns.Any(c => Same(c, column)))
                || (Same(f.ReferencedTable, table) && f.ReferencedColumns.Any(c => Same(c, column))))
            .Select(f => $"FOREIGN KEY [{f.Name}] on [{f.Table}]");
        return indexes.Concat(foreignKeys).Select(dependent => new EngineRuleFinding(
            "5074 alter key column",
            $"ALTER COLUMN [{table}].[{column}] while {dependent} depends on it: SQL Server refuses it (5074); drop and re-add the key around the change"));
    }
}
