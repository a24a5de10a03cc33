namespace Inburgering.SqlServer.Tests.EngineRules;

/// <summary>
/// The declared key of a clustered index may take 900 bytes, of a nonclustered one 1700 bytes, with at most 32 key columns
/// (SQL Server "Maximum capacity specifications"). The engine only warns at CREATE time for variable-length keys and then
/// fails the INSERT that exceeds the limit, so the declared size is what must stay within it.
/// </summary>
public sealed class KeySizeWithinLimit : IEngineRule
{
    public const int ClusteredLimit = 900;
    public const int NonclusteredLimit = 1700;
    public const int MaxKeyColumns = 32;

    public IEnumerable<EngineRuleFinding> Check(SqlSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        foreach (var index in schema.Indexes)
        {
            var columns = index.KeyColumns.Select(name => (Name: name, schema.FindColumn(index.Table, name)?.Type)).ToList();
            if (columns.Count > MaxKeyColumns)
            {
                yield return new("1904 key columns", $"{SqlServerEngineRules.Describe(index)} has {columns.Count} key columns; at most {MaxKeyColumns}");
            }

            // Missing and large-object columns are NoLargeObjectKeyColumns' findings.
            if (columns.Any(c => c.Type is null || c.Type.IsLargeObject))
            {
                continue;
            }

            foreach (var (name, type) in columns.Where(c => c.Type!.KeyBytes is null))
            {
                yield return new("key size", $"{SqlServerEngineRules.Describe(index)}: the key size of [{name}] {type} is not known to this check");
            }

            var bytes = columns.Sum(c => c.Type!.KeyBytes ?? 0);
            var limit = index.IsClustered ? ClusteredLimit : NonclusteredLimit;
            if (bytes > limit)
            {
                var parts = string.Join(" + ", columns.Select(c => $"[{c.Name}] {c.Type} {c.Type!.KeyBytes}"));
                var kind = index.IsClustered ? "clustered" : "nonclustered";
                var effect = columns.All(c => !c.Type!.IsVariableLength)
                    ? "CREATE fails (error 1944)"
                    : $"CREATE warns (1945) and every INSERT or UPDATE whose key values exceed {limit} bytes fails (1946)";
                yield return new("key size", $"{SqlServerEngineRules.Describe(index)}: key of {bytes} bytes ({parts}) exceeds the {limit} bytes of a {kind} index: {effect}");
            }
        }
    }
}
