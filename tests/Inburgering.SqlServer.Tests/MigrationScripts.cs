using Inburgering.Data.Provider;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Inburgering.SqlServer.Tests;

/// <summary>The SQL Server scripts of all real migrations, generated as <c>dotnet ef migrations script</c> does, without a connection.</summary>
public static class MigrationScripts
{
    private static readonly Lazy<string> FullScript = new(() => Generate(MigrationsSqlGenerationOptions.Default));
    private static readonly Lazy<string> IdempotentScript = new(() => Generate(MigrationsSqlGenerationOptions.Idempotent));
    private static readonly Lazy<string> ModelScript = new(() =>
    {
        using var context = new DesignTimeContextFactory().CreateDbContext(["--provider", nameof(DatabaseProvider.SqlServer)]);
        return context.Database.GenerateCreateScript();
    });

    public static string Full => FullScript.Value;

    public static string Idempotent => IdempotentScript.Value;

    /// <summary>The model's schema as one CREATE script: what all migrations together must build.</summary>
    public static string Model => ModelScript.Value;

    public static string Get(string kind) => kind switch
    {
        nameof(Full) => Full,
        nameof(Idempotent) => Idempotent,
        nameof(Model) => Model,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static string Generate(MigrationsSqlGenerationOptions options)
    {
        using var context = new DesignTimeContextFactory().CreateDbContext(["--provider", nameof(DatabaseProvider.SqlServer)]);
        return context.GetService<IMigrator>().GenerateScript(options: options);
    }
}
