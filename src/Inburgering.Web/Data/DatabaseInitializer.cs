using System.Data.Common;
using Inburgering.Data.Provider;
using Inburgering.DemoData;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Inburgering.Web.Data;

/// <summary>
/// Before the server takes requests: applies the migrations (unless <c>Database:MigrateOnStart</c> is false, when a
/// release step runs <c>--migrate</c> instead and an instance refuses a database behind its model) and, when
/// enabled, the demo data. A database that cannot be reached stops start-up with one line that says what to fix.
/// </summary>
public sealed class DatabaseInitializer(IServiceProvider services, IConfiguration configuration) : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        if (configuration.GetValue("Database:MigrateOnStart", true))
        {
            await MigrateAsync(scope.ServiceProvider, cancellationToken);
        }
        else
        {
            await RefuseWhenBehindAsync(scope.ServiceProvider, cancellationToken);
        }
    }

    /// <summary>
    /// Brings the schema up to date and seeds the demo data when enabled, holding the database's migration lock so
    /// that instances starting together take turns; an unreachable database becomes a <see cref="StartupException"/>.
    /// </summary>
    public static async Task<int> MigrateAsync(IServiceProvider scope, CancellationToken cancellationToken)
    {
        var db = scope.GetRequiredService<AppDbContext>();
        var configuration = scope.GetRequiredService<IConfiguration>();
        var applied = 0;
        await ReachAsync(configuration, async () =>
        {
            await using var migrationLock = await MigrationLock.AcquireAsync(db, cancellationToken);
            applied = (await PendingAsync(db, cancellationToken)).Count;
            await PortalMigrations.MigrateAsync(db, cancellationToken);
            if (configuration.GetValue<bool>("DemoData:Enabled"))
            {
                var seeded = await scope.GetRequiredService<DemoDataSeeder>().SeedAsync(cancellationToken);
                if (seeded)
                {
                    scope.GetRequiredService<ILogger<DatabaseInitializer>>()
                        .LogInformation("Demo data created: log in as begeleider@inburgering.test with password {Password}", DemoDataSeeder.Password);
                }
            }
        });
        return applied;
    }

    private static async Task RefuseWhenBehindAsync(IServiceProvider scope, CancellationToken cancellationToken)
    {
        var db = scope.GetRequiredService<AppDbContext>();
        var pending = new List<string>();
        await ReachAsync(scope.GetRequiredService<IConfiguration>(), async () => pending.AddRange(await PendingAsync(db, cancellationToken)));
        if (pending.Count > 0)
        {
            throw new StartupException(
                $"The database is behind this version ({pending.Count} migration(s) not applied, the first {pending[0]}): run the release step `Inburgering.Web --migrate` first.");
        }
    }

    /// <summary>
    /// This build's migrations that the database lacks. Asks whether the history table exists first: on a new database
    /// EF Core would otherwise log the failed query of a missing table as an error.
    /// </summary>
    private static async Task<List<string>> PendingAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var history = db.GetService<IHistoryRepository>();
        var applied = await history.ExistsAsync(cancellationToken)
            ? (await history.GetAppliedMigrationsAsync(cancellationToken)).Select(row => row.MigrationId).ToHashSet(StringComparer.Ordinal)
            : [];
        return [.. db.Database.GetMigrations().Where(id => !applied.Contains(id))];
    }

    private static async Task ReachAsync(IConfiguration configuration, Func<Task> work)
    {
        try
        {
            await work();
        }
        catch (Exception ex) when (ex is DbException or InvalidOperationException or TimeoutException)
        {
            throw new StartupException($"Cannot open the {DatabaseSetup.Provider(configuration)} database ({Reason(ex)}): check Database:Provider and Database:ConnectionString.", ex);
        }
    }

    /// <summary>
    /// The driver's own words, on one line: the innermost reason, except an empty one (SqlClient on Linux wraps a
    /// socket error whose message is "Success").
    /// </summary>
    private static string Reason(Exception ex)
    {
        var reason = ex;
        for (var inner = ex.InnerException; inner is not null; inner = inner.InnerException)
        {
            if (!string.Equals(inner.Message, "Success", StringComparison.Ordinal))
            {
                reason = inner;
            }
        }

        return string.Join(' ', reason.Message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).TrimEnd('.');
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
