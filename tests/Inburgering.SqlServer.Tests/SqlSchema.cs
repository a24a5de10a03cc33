using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace Inburgering.SqlServer.Tests;

/// <summary>The tables, keys, indexes and foreign keys a script leaves behind: what the engine rules look at.</summary>
public sealed class SqlSchema
{
    public Dictionary<string, SqlTable> Tables { get; } = new(StringComparer.OrdinalIgnoreCase);

    public List<SqlIndex> Indexes { get; } = [];

    public List<SqlForeignKey> ForeignKeys { get; } = [];

    /// <summary>Rules broken by a change at the moment it runs (a key column altered), not visible in the final schema.</summary>
    public List<EngineRuleFinding> ChangeFindings { get; } = [];

    public SqlColumn? FindColumn(string table, string column) =>
        Tables.TryGetValue(table, out var t) ? t.Columns.FirstOrDefault(c => c.Name.Equals(column, StringComparison.OrdinalIgnoreCase)) : null;
}

public sealed class SqlTable(string name)
{
    public string Name { get; set; } = name;

    public List<SqlColumn> Columns { get; } = [];
}

public sealed record SqlColumn(string Name, SqlType Type, bool IsIdentity);

/// <summary>A primary key, unique constraint or index: all three are an index with a key in the engine.</summary>
public sealed record SqlIndex(string Table, string Name, string Kind, bool IsClustered, IReadOnlyList<string> KeyColumns);

public sealed record SqlForeignKey(
    string Table,
    string Name,
    IReadOnlyList<string> Columns,
    string ReferencedTable,
    IReadOnlyList<string> ReferencedColumns,
    DeleteUpdateAction OnDelete,
    DeleteUpdateAction OnUpdate);

/// <summary>One broken engine rule, worded so the failing test names the table, column or constraint.</summary>
public sealed record EngineRuleFinding(string Rule, string Message)
{
    public override string ToString() => $"{Rule}: {Message}";
}
