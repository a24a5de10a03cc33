using Microsoft.EntityFrameworkCore;

namespace Inburgering.Data.Provider;

/// <summary>The database engines the portal runs on; each has its own generated migrations assembly (ADR 0005).</summary>
public enum DatabaseProvider
{
    /// <summary>Embedded default: one file, for trying the portal and for a small office.</summary>
    Sqlite,

    /// <summary>The open-source server.</summary>
    Postgres,

    /// <summary>The production choice for agencies on Microsoft infrastructure.</summary>
    SqlServer,
}

public static class DatabaseProviders
{
    public static DatabaseProvider Parse(string? name) =>
        string.IsNullOrWhiteSpace(name)
            ? DatabaseProvider.Sqlite
            : Enum.TryParse<DatabaseProvider>(name, ignoreCase: true, out var provider) && Enum.IsDefined(provider)
                ? provider
                : throw new StartupException($"Database:Provider '{name}' is unknown: use '{DatabaseProvider.Sqlite}' (default), '{DatabaseProvider.Postgres}' or '{DatabaseProvider.SqlServer}'.");

    /// <summary>The assembly that holds this provider's migrations and model snapshot.</summary>
    public static string MigrationsAssembly(this DatabaseProvider provider) => $"Inburgering.Data.{provider}";

    /// <summary>Points the context at one engine, with that engine's migrations.</summary>
    public static DbContextOptionsBuilder UseProvider(this DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(options);
        var migrations = provider.MigrationsAssembly();
        return provider switch
        {
            DatabaseProvider.Sqlite => options.UseSqlite(connectionString, o => o.MigrationsAssembly(migrations)).AddInterceptors(new SqliteTuning()),
            DatabaseProvider.Postgres => options.UseNpgsql(PostgresTuning.Apply(connectionString), o => o.MigrationsAssembly(migrations)),
            DatabaseProvider.SqlServer => options.UseSqlServer(connectionString, o => o.MigrationsAssembly(migrations)),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, null),
        };
    }
}
