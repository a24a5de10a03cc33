using Inburgering.Data.Provider;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Web.Data;

/// <summary>Chooses the database engine from configuration: SQLite (embedded default), PostgreSQL or SQL Server.</summary>
public static class DatabaseSetup
{
    public static IServiceCollection AddPortalDatabase(this IServiceCollection services)
    {
        // Configuration is read when the options are first needed, after the host is built, so test hosts can override
        // it. The options are built once, not per request: per request they cost a light page 6% of its CPU
        // (docs/performance.md, "Under load, third round").
        services.AddDbContext<AppDbContext>(
            (provider, options) => Configure(options, provider.GetRequiredService<IConfiguration>(), provider.GetRequiredService<IHostEnvironment>().ContentRootPath),
            contextLifetime: ServiceLifetime.Scoped,
            optionsLifetime: ServiceLifetime.Singleton);
        return services;
    }

    public static DatabaseProvider Provider(IConfiguration configuration) => DatabaseProviders.Parse(configuration["Database:Provider"]);

    public static void Configure(DbContextOptionsBuilder options, IConfiguration configuration, string contentRoot)
    {
        var provider = Provider(configuration);
        var connectionString = configuration["Database:ConnectionString"];
        if (provider == DatabaseProvider.Sqlite)
        {
            connectionString = SqliteConnectionString(connectionString, contentRoot);
        }
        else if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new StartupException($"Database:Provider is {provider} but Database:ConnectionString is empty: set it, e.g. \"{ExampleConnectionString(provider)}\".");
        }

        options.UseProvider(provider, connectionString);
    }

    private static string ExampleConnectionString(DatabaseProvider provider) => provider == DatabaseProvider.Postgres
        ? "Host=127.0.0.1;Database=inburgering;Username=inburgering;Password=..."
        : "Server=db.example;Database=inburgering;User Id=inburgering;Password=...;Encrypt=true";

    /// <summary>The default database file lives in a data folder under the app, created on first run.</summary>
    private static string SqliteConnectionString(string? configured, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(configured)
            ? $"Data Source={Path.Combine(contentRoot, "data", "inburgering.db")}"
            : configured);
        if (builder.DataSource is { Length: > 0 } file && file != ":memory:" && builder.Mode != SqliteOpenMode.Memory)
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(file));
            if (folder is not null)
            {
                Directory.CreateDirectory(folder);
            }
        }

        builder.Pooling = true;
        builder.DefaultTimeout = 30;
        return builder.ToString();
    }
}
