using System.Data.Common;
using Inburgering.Web.Data.Demo;
using Inburgering.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Web.Data;

/// <summary>
/// Applies the migrations (and, when enabled, the demo data) before the server takes requests.
/// A database that cannot be reached stops start-up with one line that says what to fix.
/// </summary>
public sealed class DatabaseInitializer(IServiceProvider services, IConfiguration configuration, ILogger<DatabaseInitializer> logger) : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        await MigrateAsync(scope.ServiceProvider, cancellationToken);
        if (configuration.GetValue<bool>("DemoData:Enabled"))
        {
            var seeded = await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync(cancellationToken);
            if (seeded)
            {
                logger.LogInformation("Demo data created: log in as begeleider@inburgering.test with password {Password}", DemoDataSeeder.Password);
            }
        }
    }

    /// <summary>Brings the schema up to date; an unreachable database becomes a <see cref="StartupException"/>.</summary>
    public static async Task MigrateAsync(IServiceProvider scope, CancellationToken cancellationToken)
    {
        var db = scope.GetRequiredService<AppDbContext>();
        var provider = DatabaseSetup.ProviderName(scope.GetRequiredService<IConfiguration>());
        try
        {
            await db.Database.MigrateAsync(cancellationToken);
            if (db.Database.IsSqlite())
            {
                // Write-ahead logging lets pages read while another request writes; "optimize" refreshes the
                // statistics the query planner uses to pick the reporting indexes.
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
                await db.Database.ExecuteSqlRawAsync("PRAGMA optimize=0x10002;", cancellationToken);
            }
        }
        catch (Exception ex) when (ex is DbException or InvalidOperationException or TimeoutException)
        {
            throw new StartupException($"Cannot open the {provider} database ({ex.GetBaseException().Message.TrimEnd('.')}): check Database:Provider and Database:ConnectionString.", ex);
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
