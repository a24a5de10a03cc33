using System.Runtime.CompilerServices;
using Inburgering.Domain.Enforcement;
using Inburgering.Domain.Newcomers;
using Inburgering.Domain.Organisation;
using Inburgering.Domain.Partners;
using Inburgering.Domain.Trajectories;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Inburgering.Web.Reporting;

/// <summary>
/// Tells <see cref="FigureSnapshots"/> which agencies and municipalities a save changed, after the save and again when its transaction
/// commits (a snapshot counted in between would not yet see the write).
/// </summary>
public sealed class FigureChanges(FigureSnapshots snapshots) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbContext, Pending> _pending = [];

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
        var pending = _pending.GetOrCreateValue(context);
        var loadedTrajectories = new HashSet<Agency>();
        var loadedMunicipalities = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var actionChanged = false;
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.Entity is Trajectory trajectory)
            {
                loadedTrajectories.Add(trajectory.Agency);
                loadedMunicipalities.Add(trajectory.Municipality ?? string.Empty);
            }

            if (entry.State is EntityState.Unchanged or EntityState.Detached)
            {
                continue;
            }

            switch (entry.Entity)
            {
                case FollowUpAction:
                    actionChanged = true;
                    break;
                case Newcomer or Trajectory or EnforcementNotice:
                    Add(entry, nameof(Newcomer.Agency), pending.Agencies);
                    if (entry.Metadata.FindProperty(entry.Entity is Newcomer ? AppDbContext.HomeMunicipality : nameof(Trajectory.Municipality)) is { } municipality)
                    {
                        Add(entry, municipality.Name, pending.Municipalities);
                    }

                    break;
                case Referral:
                    Add(entry, nameof(Referral.NewcomerMunicipality), pending.Municipalities);
                    break;
                case Offer:
                    Add(entry, nameof(Offer.Municipality), pending.Municipalities);
                    break;
            }
        }

        // An action is written through its loaded trajectory; when none is tracked, every agency and municipality counts again.
        if (actionChanged)
        {
            pending.Agencies.UnionWith(loadedTrajectories.Count > 0 ? loadedTrajectories : Enum.GetValues<Agency>());
            if (loadedTrajectories.Count > 0)
            {
                pending.Municipalities.UnionWith(loadedMunicipalities);
            }
            else
            {
                pending.AllMunicipalities = true;
            }
        }
    }

    /// <summary>The property's value now and, for a changed row, before (a dossier that moves changes two municipalities).</summary>
    private static void Add<T>(EntityEntry entry, string property, HashSet<T> into)
    {
        var value = entry.Property(property);
        if (value.CurrentValue is T current)
        {
            into.Add(current);
        }

        if (entry.State == EntityState.Modified && value.OriginalValue is T original)
        {
            into.Add(original);
        }
    }

    private void Publish(DbContextEventData eventData, bool committed)
    {
        if (eventData.Context is not { } context || !_pending.TryGetValue(context, out var pending) || pending.IsEmpty)
        {
            return;
        }

        snapshots.Changed(pending.Agencies);
        snapshots.ChangedMunicipalities(pending.AllMunicipalities ? null : pending.Municipalities);
        if (committed || context.Database.CurrentTransaction is null)
        {
            pending.Clear();
        }
    }

    private sealed class Pending
    {
        public HashSet<Agency> Agencies { get; } = [];

        public HashSet<string> Municipalities { get; } = new(StringComparer.OrdinalIgnoreCase);

        public bool AllMunicipalities { get; set; }

        public bool IsEmpty => Agencies.Count == 0 && Municipalities.Count == 0 && !AllMunicipalities;

        public void Clear()
        {
            Agencies.Clear();
            Municipalities.Clear();
            AllMunicipalities = false;
        }
    }
}
