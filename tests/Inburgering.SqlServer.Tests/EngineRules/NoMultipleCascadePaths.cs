using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace Inburgering.SqlServer.Tests.EngineRules;

/// <summary>
/// Error 1785: a table may be reached from another table by at most one path of cascading foreign keys
/// (CASCADE, SET NULL or SET DEFAULT), and cascades may not form a cycle. Delete and update actions are separate graphs.
/// </summary>
public sealed class NoMultipleCascadePaths : IEngineRule
{
    public IEnumerable<EngineRuleFinding> Check(SqlSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return Check(schema, "ON DELETE", fk => fk.OnDelete).Concat(Check(schema, "ON UPDATE", fk => fk.OnUpdate)).Distinct();
    }

    private static List<EngineRuleFinding> Check(SqlSchema schema, string action, Func<SqlForeignKey, DeleteUpdateAction> actionOf)
    {
        var edges = schema.ForeignKeys
            .Where(fk => actionOf(fk) is DeleteUpdateAction.Cascade or DeleteUpdateAction.SetNull or DeleteUpdateAction.SetDefault)
            .ToLookup(fk => fk.ReferencedTable, StringComparer.OrdinalIgnoreCase);
        var findings = new List<EngineRuleFinding>();
        foreach (var start in edges.Select(g => g.Key))
        {
            var firstPath = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            Walk(start, [start], $"[{start}]");

            void Walk(string table, List<string> onPath, string path)
            {
                foreach (var fk in edges[table])
                {
                    var next = $"{path} -{fk.Name}-> [{fk.Table}]";
                    if (onPath.Contains(fk.Table, StringComparer.OrdinalIgnoreCase))
                    {
                        findings.Add(new("1785 cascade cycle", $"{action} cascades form a cycle: {next}"));
                    }
                    else if (firstPath.TryGetValue(fk.Table, out var first))
                    {
                        findings.Add(new("1785 multiple cascade paths", $"{action} reaches [{fk.Table}] from [{start}] by two paths: {first} and {next}"));
                    }
                    else
                    {
                        firstPath[fk.Table] = next;
                        Walk(fk.Table, [.. onPath, fk.Table], next);
                    }
                }
            }
        }

        return findings;
    }
}
