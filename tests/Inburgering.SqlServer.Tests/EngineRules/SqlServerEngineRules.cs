namespace Inburgering.SqlServer.Tests.EngineRules;

public static class SqlServerEngineRules
{
    public static IReadOnlyList<IEngineRule> All { get; } =
    [
        new NoLargeObjectKeyColumns(),
        new KeySizeWithinLimit(),
        new ForeignKeyTypesMatch(),
        new IdentityOnIntegerColumns(),
        new NoMultipleCascadePaths(),
        new NoAlterOfKeyColumns(),
    ];

    public static IReadOnlyList<EngineRuleFinding> Check(SqlSchema schema) => [.. All.SelectMany(rule => rule.Check(schema))];

    internal static string Describe(SqlIndex index) => $"{index.Kind} [{index.Name}] on [{index.Table}]";
}
