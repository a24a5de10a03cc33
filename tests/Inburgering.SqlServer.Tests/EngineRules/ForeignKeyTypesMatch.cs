namespace Inburgering.SqlServer.Tests.EngineRules;

/// <summary>
/// A foreign key column must have exactly the type, length, precision and scale of the column it references
/// (errors 1778 and 1753), and it must reference a primary key or unique constraint or index of that table (error 1776).
/// </summary>
public sealed class ForeignKeyTypesMatch : IEngineRule
{
    public IEnumerable<EngineRuleFinding> Check(SqlSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        foreach (var fk in schema.ForeignKeys)
        {
            var name = $"FOREIGN KEY [{fk.Name}] on [{fk.Table}]";
            if (fk.Columns.Count != fk.ReferencedColumns.Count)
            {
                yield return new("8139 column count", $"{name} has {fk.Columns.Count} columns but references {fk.ReferencedColumns.Count} of [{fk.ReferencedTable}]");
                continue;
            }

            var referencesKey = schema.Indexes.Any(i =>
                i.Kind != "INDEX"
                && string.Equals(i.Table, fk.ReferencedTable, StringComparison.OrdinalIgnoreCase)
                && i.KeyColumns.Order(StringComparer.OrdinalIgnoreCase).SequenceEqual(fk.ReferencedColumns.Order(StringComparer.OrdinalIgnoreCase), StringComparer.OrdinalIgnoreCase));
            if (!referencesKey)
            {
                yield return new("1776 referenced key", $"{name}: ({string.Join(", ", fk.ReferencedColumns)}) is no primary key or unique key of [{fk.ReferencedTable}]");
            }

            foreach (var (column, referenced) in fk.Columns.Zip(fk.ReferencedColumns))
            {
                var from = schema.FindColumn(fk.Table, column);
                var to = schema.FindColumn(fk.ReferencedTable, referenced);
                if (from is null || to is null)
                {
                    yield return new("foreign key column", $"{name}: column [{(from is null ? fk.Table : fk.ReferencedTable)}].[{(from is null ? column : referenced)}] does not exist");
                }
                else if (from.Type.Name != to.Type.Name)
                {
                    yield return new("1778 foreign key type", $"{name}: [{column}] {from.Type} is not the type of [{fk.ReferencedTable}].[{referenced}] {to.Type}");
                }
                else if (from.Type != to.Type)
                {
                    yield return new("1753 foreign key length", $"{name}: [{column}] {from.Type} differs in length or scale from [{fk.ReferencedTable}].[{referenced}] {to.Type}");
                }
            }
        }
    }
}
