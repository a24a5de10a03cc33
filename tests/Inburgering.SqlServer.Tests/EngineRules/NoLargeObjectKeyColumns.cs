namespace Inburgering.SqlServer.Tests.EngineRules;

/// <summary>Error 1919: a (max), text, ntext, image or xml column cannot be a key column of an index or constraint.</summary>
public sealed class NoLargeObjectKeyColumns : IEngineRule
{
    public IEnumerable<EngineRuleFinding> Check(SqlSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        foreach (var index in schema.Indexes)
        {
            foreach (var name in index.KeyColumns)
            {
                var column = schema.FindColumn(index.Table, name);
                if (column is null)
                {
                    yield return new("key column", $"{SqlServerEngineRules.Describe(index)}: column [{name}] does not exist");
                }
                else if (column.Type.IsLargeObject)
                {
                    yield return new("1919 large-object key", $"{SqlServerEngineRules.Describe(index)}: key column [{name}] is {column.Type}");
                }
            }
        }

        foreach (var fk in schema.ForeignKeys)
        {
            foreach (var (table, name) in fk.Columns.Select(c => (fk.Table, c)).Concat(fk.ReferencedColumns.Select(c => (fk.ReferencedTable, c))))
            {
                if (schema.FindColumn(table, name) is { Type.IsLargeObject: true } column)
                {
                    yield return new("1919 large-object key", $"FOREIGN KEY [{fk.Name}] on [{fk.Table}]: column [{table}].[{name}] is {column.Type}");
                }
            }
        }
    }
}
