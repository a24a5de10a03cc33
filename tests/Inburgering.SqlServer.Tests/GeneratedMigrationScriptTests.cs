using Inburgering.SqlServer.Tests.EngineRules;
using Microsoft.SqlServer.Dac.Model;

namespace Inburgering.SqlServer.Tests;

/// <summary>The script of all real SQL Server migrations, full and idempotent, as an agency would run it.</summary>
public class GeneratedMigrationScriptTests
{
    private static readonly string[] ScriptKinds = [nameof(MigrationScripts.Full), nameof(MigrationScripts.Idempotent), nameof(MigrationScripts.Model)];

    public static TheoryData<string> Kinds => [.. ScriptKinds];

    public static TheoryData<string, SqlServerVersion> ModelAndVersions
    {
        get
        {
            var data = new TheoryData<string, SqlServerVersion>();

            // DacFx holds objects, not changes: it validates the schema as one CREATE script (see the test below).
            foreach (var version in DacFxValidation.Versions)
            {
                data.Add(nameof(MigrationScripts.Model), version);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Parse_GeneratedScript_HasNoErrors(string kind)
    {
        var parsed = SqlScriptParser.Parse(MigrationScripts.Get(kind));
        var nested = SchemaReader.Read(parsed).ParseErrors;

        Assert.True(parsed.Errors.Count == 0, Lines(parsed.Errors));
        Assert.True(nested.Count == 0, Lines(nested));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Read_GeneratedScript_ReplaysEveryStatementAndLoadsItIntoDacFx(string kind)
    {
        var reader = SchemaReader.Read(SqlScriptParser.Parse(MigrationScripts.Get(kind)));

        Assert.True(reader.NotReplayed.Count == 0, "Extend SchemaReader for: " + Lines(reader.NotReplayed));
        Assert.NotEmpty(reader.Schema.Tables);
    }

    /// <summary>
    /// DacFx models objects, not changes: renames and column changes of later migrations cannot be loaded into it, so
    /// the model's own CREATE script is what DacFx validates, and it must equal what the migrations build.
    /// </summary>
    [Fact]
    public void Read_ModelScript_LoadsEveryStatementIntoDacFxAndEqualsTheMigratedSchema()
    {
        var model = SchemaReader.Read(SqlScriptParser.Parse(MigrationScripts.Model));
        var migrated = SchemaReader.Read(SqlScriptParser.Parse(MigrationScripts.Full)).Schema;

        Assert.True(model.NotLoadedIntoDacFx.Count == 0, "Extend SchemaReader to load into DacFx: " + Lines(model.NotLoadedIntoDacFx));
        Assert.Equal(model.Schema.Tables.Keys.Order(), migrated.Tables.Keys.Where(table => table != "dbo.__EFMigrationsHistory").Order());
        Assert.Equal(model.Schema.Indexes.Select(i => i.ToString()).Order(), migrated.Indexes.Where(i => i.Table != "dbo.__EFMigrationsHistory").Select(i => i.ToString()).Order());
        Assert.Equal(model.Schema.ForeignKeys.Count, migrated.ForeignKeys.Count);
    }

    [Fact]
    public void Read_IdempotentScript_FindsTheSchemaOfTheFullScript()
    {
        var full = SchemaReader.Read(SqlScriptParser.Parse(MigrationScripts.Full)).Schema;

        var idempotent = SchemaReader.Read(SqlScriptParser.Parse(MigrationScripts.Idempotent)).Schema;

        Assert.Equal(full.Tables.Keys.Order(), idempotent.Tables.Keys.Order());
        Assert.Equal(full.Indexes.Select(i => i.ToString()).Order(), idempotent.Indexes.Select(i => i.ToString()).Order());
        Assert.Equal(full.ForeignKeys.Count, idempotent.ForeignKeys.Count);
    }

    [Theory]
    [MemberData(nameof(ModelAndVersions))]
    public void Validate_GeneratedSchemaInDacFx_HasNoErrors(string kind, SqlServerVersion version)
    {
        var reader = SchemaReader.Read(SqlScriptParser.Parse(MigrationScripts.Get(kind)));

        var errors = DacFxValidation.Validate(reader.ModelStatements, version);

        Assert.True(errors.Count == 0, Lines(errors));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void EngineRules_GeneratedSchema_HaveNoFindings(string kind)
    {
        var schema = SchemaReader.Read(SqlScriptParser.Parse(MigrationScripts.Get(kind))).Schema;

        var findings = SqlServerEngineRules.Check(schema);

        Assert.True(findings.Count == 0, Lines(findings));
    }

    private static string Lines<T>(IEnumerable<T> items) => string.Join(Environment.NewLine, items);
}
