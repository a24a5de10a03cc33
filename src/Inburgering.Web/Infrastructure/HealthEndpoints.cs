using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Inburgering.Web.Infrastructure;

/// <summary>
/// Probes for orchestrators and load balancers: <c>/health/live</c> (the process answers) and <c>/health/ready</c>
/// (the database answers and its schema is the one this build expects). Anonymous answers carry only the status word.
/// </summary>
public static class HealthEndpoints
{
    private const string Ready = "ready";

    public static IServiceCollection AddPortalHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddDbContextCheck<AppDbContext>("database", tags: [Ready])
            .AddCheck<MigrationsCurrentCheck>("migrations", tags: [Ready]);
        return services;
    }

    public static void MapPortalHealthChecks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(Ready) }).AllowAnonymous();

        // The first probe, kept for existing monitors: the same as ready.
        endpoints.MapHealthChecks("/health", new HealthCheckOptions { Predicate = check => check.Tags.Contains(Ready) }).AllowAnonymous();
    }

    /// <summary>An instance must not serve a database whose schema is behind its model.</summary>
    private sealed class MigrationsCurrentCheck(AppDbContext db) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
            (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any()
                ? HealthCheckResult.Unhealthy("The database is behind this version's migrations.")
                : HealthCheckResult.Healthy();
    }
}
