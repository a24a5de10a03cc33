using System.Runtime.CompilerServices;
using Inburgering.Domain.Enforcement;
using Inburgering.Domain.Newcomers;
using Inburgering.Domain.Organisation;
using Inburgering.Domain.Trajectories;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Inburgering.Web.Reporting;

/// <summary>
/// Tells <see cref="FigureSnapshots"/> which agencies a save changed, after the save and again when its transaction
/// commits (a snapshot counted in between would not yet see the write).
/// </summary>
public sealed class FigureChanges(FigureSnapshots snapshots) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbContext, HashSet<Agency>> _pending = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Collect(eventData);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Publish(eventData, committed: false);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Publish(eventData, committed: false);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData) => Publish(eventData, committed: true);

    public Task TransactionCommittedAsync(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Publish(eventData, committed: true);
        return Task.CompletedTask;
    }

    private void Collect(DbContextEventData eventData)
    {
        if (eventData.Context is not { } context)
        {
            return;
        }

        // One pass over the tracked entries (each Entries() call detects changes: never call it per entry).
        var agencies = _pending.GetOrCreateValue(context);
        var loadedTrajectories = new HashSet<Agency>();
        var actionChanged = false;
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.Entity is Trajectory trajectory)
            {
                loadedTrajectories.Add(trajectory.Agency);
            }

            if (entry.State is EntityState.Unchanged or EntityState.Detached)
            {
                continue;
            }

            if (entry.Entity is FollowUpAction)
            {
                actionChanged = true;
            }
            else if (entry.Entity is Newcomer or Trajectory or EnforcementNotice)
            {
                var property = entry.Property(nameof(Newcomer.Agency));
                agencies.Add((Agency)property.CurrentValue!);
                if (entry.State == EntityState.Modified)
                {
                    agencies.Add((Agency)property.OriginalValue!);
                }
            }
        }

        // An action is written through its loaded trajectory; when none is tracked, every agency counts again.
        if (actionChanged)
        {
            agencies.UnionWith(loadedTrajectories.Count > 0 ? loadedTrajectories : Enum.GetValues<Agency>());
        }
    }

    private void Publish(DbContextEventData eventData, bool committed)
    {
        if (eventData.Context is not { } context || !_pending.TryGetValue(context, out var agencies) || agencies.Count == 0)
        {
            return;
        }

        snapshots.Changed(agencies);
        if (committed || context.Database.CurrentTransaction is null)
        {
            agencies.Clear();
        }
    }
}
