using System.Diagnostics;
using System.Security.Claims;
using Inburgering.Web.Identity;
using Inburgering.Web.Infrastructure;
using Inburgering.Web.Pages.Caseload;
using Inburgering.Web.Pages.Dossiers;
using Inburgering.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Web.Data;

/// <summary>
/// Before the server listens, runs the queries of the busiest pages once (one case worker's caseload and one of their
/// dossiers): the model is built, the pool holds an open connection and EF Core's query cache holds their plans. The
/// proxy sends traffic to an instance as soon as its port answers, so a restarted instance would otherwise serve its
/// first requests cold and, under load, past the client's timeout (docs/operations.md). Reads only, under the
/// identity of no one; a failure is logged and start-up goes on. <c>WarmUp:Enabled</c> (default true) turns it off.
/// </summary>
public sealed class WarmUp(IServiceProvider services, IConfiguration configuration, TimeProvider time, ILogger<WarmUp> logger) : IHostedLifecycleService
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);

    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        if (!configuration.GetValue("WarmUp:Enabled", true))
        {
            return;
        }

        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(Limit);
        var clock = Stopwatch.StartNew();
        try
        {
            var queries = await RunAsync(limit.Token);
            logger.LogInformation("Warm-up: {Queries} page queries run in {Milliseconds} ms before the server listens", queries, clock.ElapsedMilliseconds);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(ex, "Warm-up failed; the first requests will be slower");
        }
    }

    /// <summary>The page queries, with the parameters a case worker's first visit would give them.</summary>
    private async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var sample = await db.Newcomers.AsNoTracking()
            .Where(n => n.CaseWorkerId != null)
            .Select(n => new { n.Id, n.CaseWorkerId, n.Agency })
            .FirstOrDefaultAsync(cancellationToken);
        if (sample is null)
        {
            return 1;
        }

        var caseWorker = new ClaimsPrincipal(new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, sample.CaseWorkerId!),
                new Claim(ClaimTypes.Role, Roles.CaseWorker),
                new Claim(PortalClaims.Agency, sample.Agency.ToString()),
            ],
            authenticationType: nameof(WarmUp)));
        var today = time.Today();
        await CaseloadQuery.RunAsync(db, db.Newcomers.ReadableBy(caseWorker), db.Trajectories, new CaseloadFilter(), today, Pages.Caseload.IndexModel.PageSize, cancellationToken, leaveOutClosed: true);
        await DossierQuery.LoadAsync(db, caseWorker, sample.Id, 1, 1, today, time.UtcNow(), cancellationToken);
        return 3;
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
