using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace Inburgering.SqlServer.Tests;

/// <summary>
/// Replays the schema statements of a parsed script in order, including those the idempotent script nests in
/// IF blocks or hides in <c>EXEC(N'...')</c> strings, and keeps the verbatim text of the statements DacFx can load.
/// </summary>
public sealed class SchemaReader : TSqlFragmentVisitor
{
    private ParsedScript _current;

    private SchemaReader(ParsedScript script) => _current = script;

    public SqlSchema Schema { get; } = new();

    /// <summary>CREATE TABLE, CREATE INDEX and ALTER TABLE ... ADD CONSTRAINT, as written in the script.</summary>
    public List<string> ModelStatements { get; } = [];

    /// <summary>Schema changes replayed for the engine rules but not loaded into DacFx (a model holds objects, not changes).</summary>
    public List<string> NotLoadedIntoDacFx { get; } = [];

    /// <summary>Schema changes this reader does not understand: extend it before trusting a clean result.</summary>
    public List<string> NotReplayed { get; } = [];

    /// <summary>Parse errors in statements hidden in EXEC strings.</summary>
    public List<string> ParseErrors { get; } = [];

    public static SchemaReader Read(ParsedScript script)
    {
        ArgumentNullException.ThrowIfNull(script);
        var reader = new SchemaReader(script);
        script.Fragment.Accept(reader);
        return reader;
    }

    public override void ExplicitVisit(CreateTableStatement node)
    {
        var table = new SqlTable(TableName(node.SchemaObjectName));
        Schema.Tables[table.Name] = table;
        AddElements(table, node.Definition);
        ModelStatements.Add(_current.TextOf(node));
    }

    public override void ExplicitVisit(CreateIndexStatement node)
    {
        var table = TableName(node.OnName);
        var kind = node.Unique ? "UNIQUE INDEX" : "INDEX";
        Schema.Indexes.Add(new SqlIndex(table, node.Name.Value, kind, node.Clustered == true, [.. node.Columns.Select(ColumnName)]));
        ModelStatements.Add(_current.TextOf(node));
    }

    public override void ExplicitVisit(AlterTableAddTableElementStatement node)
    {
        if (!Schema.Tables.TryGetValue(TableName(node.SchemaObjectName), out var table))
        {
            table = new SqlTable(TableName(node.SchemaObjectName));
        }

        AddElements(table, node.Definition);
        (node.Definition.ColumnDefinitions.Count == 0 ? ModelStatements : NotLoadedIntoDacFx).Add(_current.TextOf(node));
    }

    public override void ExplicitVisit(AlterTableAlterColumnStatement node)
    {
        var table = TableName(node.SchemaObjectName);
        var column = Schema.FindColumn(table, node.ColumnIdentifier.Value);
        Schema.ChangeFindings.AddRange(EngineRules.NoAlterOfKeyColumns.Dependents(Schema, table, node.ColumnIdentifier.Value));
        if (column is not null && node.DataType is not null)
        {
            var columns = Schema.Tables[table].Columns;
            columns[columns.IndexOf(column)] = column with { Type = SqlType.From(node.DataType) };
        }

        NotLoadedIntoDacFx.Add(_current.TextOf(node));
    }

    public override void ExplicitVisit(AlterTableDropTableElementStatement node)
    {
        var table = TableName(node.SchemaObjectName);
        foreach (var element in node.AlterTableDropTableElements)
        {
            var name = element.Name.Value;
            if (element.TableElementType == TableElementType.Column && Schema.Tables.TryGetValue(table, out var t))
            {
                t.Columns.RemoveAll(c => Same(c.Name, name));
            }
            else
            {
                Schema.Indexes.RemoveAll(i => Same(i.Table, table) && Same(i.Name, name));
                Schema.ForeignKeys.RemoveAll(f => Same(f.Table, table) && Same(f.Name, name));
            }
        }

        NotLoadedIntoDacFx.Add(_current.TextOf(node));
    }

    public override void ExplicitVisit(DropIndexStatement node)
    {
        foreach (var clause in node.DropIndexClauses.OfType<DropIndexClause>())
        {
            Schema.Indexes.RemoveAll(i => Same(i.Table, TableName(clause.Object)) && Same(i.Name, clause.Index.Value));
        }

        NotLoadedIntoDacFx.Add(_current.TextOf(node));
    }

    public override void ExplicitVisit(DropTableStatement node)
    {
        foreach (var name in node.Objects.Select(TableName))
        {
            Schema.Tables.Remove(name);
            Schema.Indexes.RemoveAll(i => Same(i.Table, name));
            Schema.ForeignKeys.RemoveAll(f => Same(f.Table, name));
        }

        NotLoadedIntoDacFx.Add(_current.TextOf(node));
    }

    /// <summary>Every other ALTER TABLE form (SET, SWITCH, REBUILD, ...): not replayed.</summary>
    public override void Visit(AlterTableStatement node) => NotReplayed.Add(_current.TextOf(node));

    public override void ExplicitVisit(ExecuteStatement node)
    {
        switch (node.ExecuteSpecification.ExecutableEntity)
        {
            case ExecutableStringList list when list.Strings.All(s => s is StringLiteral):
                ReadNested(node, string.Concat(list.Strings.Cast<StringLiteral>().Select(s => s.Value)));
                break;
            case ExecutableProcedureReference procedure
                when Same(procedure.ProcedureReference.ProcedureReference.Name.BaseIdentifier.Value, "sp_rename"):
                Rename(node, procedure.Parameters.Select(p => (p.ParameterValue as StringLiteral)?.Value).ToList());
                break;
            default:
                // EF looks up and drops default constraints by name with dynamic SQL; the rules do not track defaults.
                break;
        }
    }

    private void ReadNested(ExecuteStatement node, string sql)
    {
        var outer = _current;
        var nested = SqlScriptParser.Parse(sql);
        ParseErrors.AddRange(nested.Errors.Select(e => $"in the EXEC string on line {node.StartLine}: {e}"));
        _current = nested;
        nested.Fragment.Accept(this);
        _current = outer;
    }

    private void Rename(ExecuteStatement node, List<string?> arguments)
    {
        NotLoadedIntoDacFx.Add(_current.TextOf(node));
        var parts = arguments.Count >= 2 && arguments[0] is { } from && arguments[1] is not null ? NameParts(from) : [];
        var to = arguments.Count >= 2 ? arguments[1] : null;
        var type = arguments.Count >= 3 ? arguments[2]?.ToUpperInvariant() : null;
        if (to is null || parts.Length == 0)
        {
            NotReplayed.Add(_current.TextOf(node));
        }
        else if (type is null or "OBJECT" && Schema.Tables.Remove(Qualified(parts), out var table))
        {
            table.Name = Qualified([.. parts[..^1], to]);
            Schema.Tables[table.Name] = table;
            RenameTableReferences(Qualified(parts), table.Name);
        }
        else if (type == "COLUMN" && parts.Length >= 2 && Schema.FindColumn(Qualified(parts[..^1]), parts[^1]) is { } column)
        {
            var columns = Schema.Tables[Qualified(parts[..^1])].Columns;
            columns[columns.IndexOf(column)] = column with { Name = to };
            RenameColumnReferences(Qualified(parts[..^1]), parts[^1], to);
        }
        else if (type == "INDEX" && parts.Length >= 2)
        {
            var tableName = Qualified(parts[..^1]);
            for (var i = 0; i < Schema.Indexes.Count; i++)
            {
                if (Same(Schema.Indexes[i].Table, tableName) && Same(Schema.Indexes[i].Name, parts[^1]))
                {
                    Schema.Indexes[i] = Schema.Indexes[i] with { Name = to };
                }
            }
        }
        else
        {
            NotReplayed.Add(_current.TextOf(node));
        }
    }

    private void RenameTableReferences(string from, string to)
    {
        for (var i = 0; i < Schema.Indexes.Count; i++)
        {
            if (Same(Schema.Indexes[i].Table, from))
            {
                Schema.Indexes[i] = Schema.Indexes[i] with { Table = to };
            }
        }

        for (var i = 0; i < Schema.ForeignKeys.Count; i++)
        {
            var fk = Schema.ForeignKeys[i];
            Schema.ForeignKeys[i] = fk with
            {
                Table = Same(fk.Table, from) ? to : fk.Table,
                ReferencedTable = Same(fk.ReferencedTable, from) ? to : fk.ReferencedTable,
            };
        }
    }

    private void RenameColumnReferences(string table, string from, string to)
    {
        IReadOnlyList<string> Renamed(IReadOnlyList<string> columns) => [.. columns.Select(c => Same(c, from) ? to : c)];
        for (var i = 0; i < Schema.Indexes.Count; i++)
        {
            if (Same(Schema.Indexes[i].Table, table))
            {
                Schema.Indexes[i] = Schema.Indexes[i] with { KeyColumns = Renamed(Schema.Indexes[i].KeyColumns) };
            }
        }

        for (var i = 0; i < Schema.ForeignKeys.Count; i++)
        {
            var fk = Schema.ForeignKeys[i];
            Schema.ForeignKeys[i] = fk with
            {
                Columns = Same(fk.Table, table) ? Renamed(fk.Columns) : fk.Columns,
                ReferencedColumns = Same(fk.ReferencedTable, table) ? Renamed(fk.ReferencedColumns) : fk.ReferencedColumns,
            };
        }
    }

    private void AddElements(SqlTable table, TableDefinition definition)
    {
        foreach (var column in definition.ColumnDefinitions)
        {
            // A computed column has no declared type; the rules have nothing to check on it.
            if (column.DataType is not null)
            {
                table.Columns.Add(new SqlColumn(column.ColumnIdentifier.Value, SqlType.From(column.DataType), column.IdentityOptions is not null));
            }
        }

        foreach (var column in definition.ColumnDefinitions)
        {
            foreach (var constraint in column.Constraints)
            {
                AddConstraint(table.Name, constraint, column.ColumnIdentifier.Value);
            }

            if (column.Index is not null)
            {
                AddIndex(table.Name, column.Index);
            }
        }

        foreach (var constraint in definition.TableConstraints)
        {
            AddConstraint(table.Name, constraint, null);
        }

        foreach (var index in definition.Indexes)
        {
            AddIndex(table.Name, index);
        }
    }

    private void AddConstraint(string table, ConstraintDefinition constraint, string? column)
    {
        switch (constraint)
        {
            case UniqueConstraintDefinition key:
                var kind = key.IsPrimaryKey ? "PRIMARY KEY" : "UNIQUE";
                var clustered = key.Clustered ?? (key.IsPrimaryKey && !Schema.Indexes.Any(i => Same(i.Table, table) && i.IsClustered));
                IReadOnlyList<string> keyColumns = key.Columns.Count > 0 ? [.. key.Columns.Select(ColumnName)] : [column!];
                Schema.Indexes.Add(new SqlIndex(table, ConstraintName(key, kind, table), kind, clustered, keyColumns));
                break;
            case ForeignKeyConstraintDefinition fk:
                var referenced = TableName(fk.ReferenceTableName);
                IReadOnlyList<string> columns = fk.Columns.Count > 0 ? [.. fk.Columns.Select(c => c.Value)] : [column!];
                IReadOnlyList<string> referencedColumns = fk.ReferencedTableColumns.Count > 0
                    ? [.. fk.ReferencedTableColumns.Select(c => c.Value)]
                    : Schema.Indexes.FirstOrDefault(i => Same(i.Table, referenced) && i.Kind == "PRIMARY KEY")?.KeyColumns ?? [];
                Schema.ForeignKeys.Add(new SqlForeignKey(
                    table, ConstraintName(fk, "FOREIGN KEY", table), columns, referenced, referencedColumns, fk.DeleteAction, fk.UpdateAction));
                break;
            default:
                break;
        }
    }

    private void AddIndex(string table, IndexDefinition index) =>
        Schema.Indexes.Add(new SqlIndex(
            table,
            index.Name.Value,
            index.Unique ? "UNIQUE INDEX" : "INDEX",
            index.IndexType?.IndexTypeKind == IndexTypeKind.Clustered,
            [.. index.Columns.Select(ColumnName)]));

    private static string ConstraintName(ConstraintDefinition constraint, string kind, string table) =>
        constraint.ConstraintIdentifier?.Value ?? $"(unnamed {kind} on {table})";

    private static string ColumnName(ColumnWithSortOrder column) => column.Column.MultiPartIdentifier.Identifiers[^1].Value;

    private static string TableName(SchemaObjectName name) => $"{name.SchemaIdentifier?.Value ?? "dbo"}.{name.BaseIdentifier.Value}";

    private static string Qualified(string[] parts) => parts.Length == 1 ? $"dbo.{parts[0]}" : $"{parts[^2]}.{parts[^1]}";

    /// <summary>Splits <c>[dbo].[Table].[Column]</c> or <c>Table.Column</c> into its parts.</summary>
    private static string[] NameParts(string name) =>
        [.. name.Split("].[").Select(p => p.Trim('[', ']')).SelectMany(p => name.Contains('[', StringComparison.Ordinal) ? [p] : p.Split('.'))];

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
