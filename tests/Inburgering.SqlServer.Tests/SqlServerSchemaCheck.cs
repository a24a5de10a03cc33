using Inburgering.SqlServer.Tests.EngineRules;
using Microsoft.SqlServer.Dac.Model;

namespace Inburgering.SqlServer.Tests;

/// <summary>The three checks in a row: parse (ScriptDom), validate (DacFx), engine rules (own code).</summary>
public sealed record SqlServerSchemaCheck(
    IReadOnlyList<string> ParseErrors,
    IReadOnlyList<string> DacFxErrors,
    IReadOnlyList<EngineRuleFinding> Findings,
    IReadOnlyList<string> NotLoadedIntoDacFx,
    IReadOnlyList<string> NotReplayed)
{
    public static SqlServerSchemaCheck Run(string sql, SqlServerVersion version = SqlServerVersion.Sql170)
    {
        var parsed = SqlScriptParser.Parse(sql);
        if (parsed.Errors.Count > 0)
        {
            return new(parsed.Errors, [], [], [], []);
        }

        var reader = SchemaReader.Read(parsed);
        return new(
            reader.ParseErrors,
            DacFxValidation.Validate(reader.ModelStatements, version),
            SqlServerEngineRules.Check(reader.Schema),
            reader.NotLoadedIntoDacFx,
            reader.NotReplayed);
    }
}
