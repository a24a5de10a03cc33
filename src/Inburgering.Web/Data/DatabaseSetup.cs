using Inburgering.Web.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Web.Data;

/// <summary>Chooses the database engine from configuration: SQLite (embedded default) or PostgreSQL.</summary>
public static class DatabaseSetup
{
    public const string Sqlite = "Sqlite";
    public const string Postgres = "Postgres";

    public static IServiceCollection AddPortalDatabase(this IServiceCollection services)
    {
        // Configuration is read when the context is built, so test hosts can override it.
        services.AddDbContext<AppDbContext>((provider, options) =>
            Configure(options, provider.GetRequiredService<IConfiguration>(), provider.GetRequiredService<IHostEnvironment>().ContentRootPath));
        return services;
    }

    public static string ProviderName(IConfiguration configuration) => configuration["Database:Provider"] ?? Sqlite;

    public static void Configure(DbContextOptionsBuilder options, IConfiguration configuration, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(options);
        var provider = ProviderName(configuration);
        var connectionString = configuration["Database:ConnectionString"];
        if (string.Equals(provider, Sqlite, StringComparison.OrdinalIgnoreCase))
        {
            options.UseSqlite(SqliteConnectionString(connectionString, contentRoot)).AddInterceptors(new SqliteTuning());
        }
        else if (string.Equals(provider, Postgres, StringComparison.OrdinalIgnoreCase))
        {
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new StartupException("Database:Provider is Postgres but Database:ConnectionString is empty: set it, e.g. \"Host=127.0.0.1;Database=inburgering;Username=inburgering;Password=...\".");
            }

            options.UseNpgsql(connectionString);
        }
        else
        {
            throw new StartupException($"Database:Provider '{provider}' is unknown: use '{Sqlite}' (default) or '{Postgres}'.");
        }
    }

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
