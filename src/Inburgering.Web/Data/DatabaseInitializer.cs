using System.Data.Common;
using Inburgering.Data.Provider;
using Inburgering.DemoData;

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
        var provider = DatabaseSetup.Provider(scope.GetRequiredService<IConfiguration>());
        try
        {
            await PortalMigrations.MigrateAsync(db, cancellationToken);
        }
        catch (Exception ex) when (ex is DbException or InvalidOperationException or TimeoutException)
        {
            throw new StartupException($"Cannot open the {provider} database ({Reason(ex)}): check Database:Provider and Database:ConnectionString.", ex);
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
