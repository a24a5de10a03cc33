using Inburgering.Data.Privacy;
using Inburgering.Domain.Trajectories;
using Inburgering.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Inburgering.Web.Privacy;

/// <summary>What one run did; <see cref="Ran"/> is false when another instance holds the job or did it today.</summary>
public sealed record RetentionRun(bool Ran, int Anonymised, int AccessLogPurged);

/// <summary>
/// One day's retention work: anonymise every person whose trajectories all closed at least
/// <see cref="RetentionOptions.ClosedTrajectoryYears"/> ago, and delete access-log rows older than
/// <see cref="RetentionOptions.AccessLogYears"/> (the only delete the append-only log knows). Of several instances
/// one does it, once a day: a lease row taken by a conditional update decides. Each person is done in a
/// transaction of its own, and again-safe (an anonymised dossier is skipped), so a run that stops halfway is
/// finished by the next.
/// </summary>
public sealed class RetentionJob(AppDbContext db, Anonymiser anonymiser, IOptions<RetentionOptions> options, TimeProvider time, ILogger<RetentionJob> logger)
{
    public const string LeaseName = "retention";

    /// <summary>Longer than a run takes; a holder that died frees the job after this.</summary>
    private static readonly TimeSpan LeaseTime = TimeSpan.FromMinutes(30);

    public async Task<RetentionRun> RunOnceAsync(CancellationToken cancellationToken)
    {
        var now = time.UtcNow();
        var today = time.Today();
        var holder = Guid.NewGuid().ToString("N");
        if (!await TryTakeLeaseAsync(holder, now, today, cancellationToken))
        {
            return new RetentionRun(false, 0, 0);
        }

        var done = false;
        try
        {
            var settings = options.Value;
            var closedBy = today.AddYears(-settings.ClosedTrajectoryYears);
            var due = await db.Newcomers
                .Where(n => n.AnonymisedOn == null
                    && db.Trajectories.Any(t => t.NewcomerId == n.Id)
                    && !db.Trajectories.Any(t => t.NewcomerId == n.Id && (t.Status == TrajectoryStatus.Running || t.CompletedOn == null || t.CompletedOn > closedBy)))
                .Select(n => new { n.Id, n.Number })
                .ToListAsync(cancellationToken);

            var anonymised = 0;
            foreach (var person in due)
            {
                db.ChangeTracker.Clear();
                if (await anonymiser.AnonymiseAsync(person.Id, today, Erasure.ByRetention(person.Id, person.Number, SystemActor.Instance.Name, now), cancellationToken))
                {
                    anonymised++;
                }
            }

            var logBefore = now.AddYears(-settings.AccessLogYears);
            var purged = await db.AccessLog.Where(a => a.AtUtc < logBefore).ExecuteDeleteAsync(cancellationToken);
            await db.JobLeases.Where(l => l.Name == LeaseName && l.HolderId == holder)
                .ExecuteUpdateAsync(l => l.SetProperty(x => x.LastDoneOn, today), cancellationToken);
            done = true;
            logger.LogInformation("Retention: {Anonymised} people anonymised, {Purged} access-log rows removed", anonymised, purged);
            return new RetentionRun(true, anonymised, purged);
        }
        finally
        {
            // Given back also after a failure, so the next check (on any instance) tries again.
            await db.JobLeases.Where(l => l.Name == LeaseName && l.HolderId == holder)
                .ExecuteUpdateAsync(l => l.SetProperty(x => x.HeldUntilUtc, DateTime.UnixEpoch), done ? cancellationToken : CancellationToken.None);
        }
    }

    private async Task<bool> TryTakeLeaseAsync(string holder, DateTime now, DateOnly today, CancellationToken cancellationToken)
    {
        if (!await db.JobLeases.AnyAsync(l => l.Name == LeaseName, cancellationToken))
        {
            try
            {
                db.JobLeases.Add(new JobLease(LeaseName) { HeldUntilUtc = DateTime.UnixEpoch });
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Another instance made the row at the same moment: the update below decides who runs.
            }

            db.ChangeTracker.Clear();
        }

        var taken = await db.JobLeases
            .Where(l => l.Name == LeaseName && l.HeldUntilUtc < now && (l.LastDoneOn == null || l.LastDoneOn < today))
            .ExecuteUpdateAsync(l => l.SetProperty(x => x.HolderId, holder).SetProperty(x => x.HeldUntilUtc, now + LeaseTime), cancellationToken);
        return taken == 1;
    }
}
