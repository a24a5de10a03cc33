using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace Inburgering.SqlServer.Tests;

/// <summary>A script as Microsoft's T-SQL parser reads it, with the text it was parsed from.</summary>
public sealed record ParsedScript(string Text, TSqlFragment Fragment, IReadOnlyList<string> Errors)
{
    /// <summary>The exact text of one statement of this script.</summary>
    public string TextOf(TSqlFragment fragment) => Text.Substring(fragment.StartOffset, fragment.FragmentLength);
}

public static class SqlScriptParser
{
    /// <summary>The newest grammar ScriptDom offers; it accepts everything older SQL Server versions accept.</summary>
    public static TSqlParser CreateParser() => new TSql180Parser(initialQuotedIdentifiers: true);

    public static ParsedScript Parse(string sql)
    {
        using var reader = new StringReader(sql);
        var fragment = CreateParser().Parse(reader, out var errors);
        var lines = sql.Split('\n');
        return new ParsedScript(sql, fragment, [.. errors.Select(e => Describe(e, lines))]);
    }

    private static string Describe(ParseError error, string[] lines)
    {
        var text = error.Line >= 1 && error.Line <= lines.Length ? lines[error.Line - 1].TrimEnd('\r').Trim() : "";
        return $"line {error.Line}, column {error.Column}: error {error.Number} {error.Message} | {text}";
    }
}
