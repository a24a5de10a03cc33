using Inburgering.Domain.Newcomers;
using Inburgering.Domain.Trajectories;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Data;

/// <summary>Loads whole aggregates for a change: the one place that knows what belongs to them.</summary>
public static class AggregateLoading
{
    public static IQueryable<Trajectory> WithChildren(this IQueryable<Trajectory> trajectories) =>
        trajectories
            .Include(t => t.Actions)
            .Include(t => t.SocialOrientationTests)
            .Include(t => t.DutchExams)
            .AsSplitQuery();

    /// <summary>The trajectory of a dossier: the given one, or else the integration trajectory.</summary>
    public static Task<Trajectory?> LoadTrajectoryAsync(this AppDbContext db, NewcomerId newcomerId, Guid? trajectoryId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var query = db.Trajectories.WithChildren().Where(t => t.NewcomerId == newcomerId);
        query = trajectoryId is { } id ? query.Where(t => t.Id == id) : query.Where(t => t.Kind == TrajectoryKind.Integration);
        return query.SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>
    /// Makes the next save check the version the user saw, so a change made by someone else in the
    /// meantime is reported as a conflict instead of being overwritten.
    /// </summary>
    public static void ExpectVersion(this AppDbContext db, object entity, Guid version)
    {
        ArgumentNullException.ThrowIfNull(db);
        db.Entry(entity).Property(AppDbContext.Version).OriginalValue = version;
    }

    public static Guid VersionOf(this AppDbContext db, object entity)
    {
        ArgumentNullException.ThrowIfNull(db);
        return (Guid)db.Entry(entity).Property(AppDbContext.Version).CurrentValue!;
    }
}
