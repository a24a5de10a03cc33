using Inburgering.Domain.Newcomers;
using Inburgering.Domain.Trajectories;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Data.Provider;

/// <summary>
/// Rows from before the TrajectoryOverTime migration have no obligation schedule (an empty class name) and no contract
/// date. The rule lives in the domain, not in SQL, so they are filled in here, once, after the migrations ran: the
/// contract date from the integration trajectory's start (what the dossier page used to pass), the schedule from the rule.
/// </summary>
public static class ObligationBackfill
{
    private const int BatchSize = 500;

    /// <summary>A valid name the rows get first so they can be read; replaced in the same run.</summary>
    private const string Placeholder = nameof(Domain.Rules.ObligationClass.Entitled);

    public static async Task RunAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var newcomerIds = await db.Database
            .SqlQueryRaw<Guid>("""SELECT "Id" AS "Value" FROM "Newcomers" WHERE "Obligations_Initial" = ''""")
            .ToListAsync(cancellationToken);
        var trajectoryIds = await db.Database
            .SqlQueryRaw<Guid>("""SELECT "Id" AS "Value" FROM "Trajectories" WHERE "Obligations_Initial" = ''""")
            .ToListAsync(cancellationToken);
        if (newcomerIds.Count == 0 && trajectoryIds.Count == 0)
        {
            return;
        }

        await db.Database.ExecuteSqlRawAsync($"""UPDATE "Newcomers" SET "Obligations_Initial" = '{Placeholder}' WHERE "Obligations_Initial" = ''""", cancellationToken);
        await db.Database.ExecuteSqlRawAsync($"""UPDATE "Trajectories" SET "Obligations_Initial" = '{Placeholder}' WHERE "Obligations_Initial" = ''""", cancellationToken);

        foreach (var batch in newcomerIds.Union(await NewcomersOfAsync(db, trajectoryIds, cancellationToken)).Chunk(BatchSize))
        {
            var ids = batch.Select(id => new NewcomerId(id)).ToList();
            var newcomers = await db.Newcomers.Where(n => ids.Contains(n.Id)).ToListAsync(cancellationToken);
            var trajectories = await db.Trajectories.Where(t => ids.Contains(t.NewcomerId)).ToListAsync(cancellationToken);
            foreach (var newcomer in newcomers)
            {
                var integration = trajectories.FirstOrDefault(t => t.NewcomerId == newcomer.Id && t.Kind == TrajectoryKind.Integration);
                if (integration is not null)
                {
                    newcomer.RecordContract(integration.StartedOn);
                }
                else
                {
                    newcomer.RecomputeObligation();
                }

                foreach (var trajectory in trajectories.Where(t => t.NewcomerId == newcomer.Id))
                {
                    trajectory.Follow(newcomer.Participant);
                }
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
    }

    private static async Task<List<Guid>> NewcomersOfAsync(AppDbContext db, List<Guid> trajectoryIds, CancellationToken cancellationToken)
    {
        var found = new List<Guid>();
        foreach (var batch in trajectoryIds.Chunk(BatchSize))
        {
            found.AddRange(await db.Trajectories.Where(t => batch.Contains(t.Id)).Select(t => t.NewcomerId.Value).ToListAsync(cancellationToken));
        }

        return found;
    }
}
