using Inburgering.Data.Audit;
using Inburgering.Data.Privacy;
using Inburgering.Domain.Newcomers;
using Inburgering.Domain.Trajectories;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Web.Privacy;

/// <summary>
/// Removes a person's identity from the portal, for the retention job and for an administrator's erasure alike: the
/// dossier's personal data and free text (<see cref="Newcomer.Anonymise"/>, <see cref="Trajectory.ForgetText"/>), its
/// history, its activation codes, its transfers between agencies, the newcomer's account (and with it their sessions) and the log of their own
/// reads. What the reports count stays. One transaction, with the audit row; a dossier already anonymised, or
/// with a trajectory still running, is left alone.
/// </summary>
public sealed class Anonymiser(AppDbContext db)
{
    public async Task<bool> AnonymiseAsync(NewcomerId id, DateOnly today, Erasure record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var newcomer = await db.Newcomers.SingleOrDefaultAsync(n => n.Id == id, cancellationToken);
        var trajectories = await db.Trajectories.Include(t => t.Actions).Where(t => t.NewcomerId == id).ToListAsync(cancellationToken);
        if (newcomer is null || newcomer.AnonymisedOn is not null || trajectories.Any(t => t.Status == TrajectoryStatus.Running))
        {
            return false;
        }

        newcomer.Anonymise(today);
        foreach (var trajectory in trajectories)
        {
            trajectory.ForgetText();
        }

        // The history's reasons and names are free text about the person; the audit row below says what happened.
        await db.DossierEvents.Where(e => e.NewcomerId == id).ExecuteDeleteAsync(cancellationToken);
        await db.Invitations.Where(i => i.NewcomerId == id).ExecuteDeleteAsync(cancellationToken);

        // A transfer's reasons are free text about the person too (ADR 0007); an open one cannot be answered any more.
        await db.AgencyTransfers.Where(t => t.NewcomerId == id).ExecuteDeleteAsync(cancellationToken);

        // The log of staff reads keeps its own period; the newcomer's reads of their own data name them and go now.
        await db.AccessLog.Where(a => a.NewcomerId == id && a.Purpose == AccessPurpose.OwnData).ExecuteDeleteAsync(cancellationToken);
        db.Users.RemoveRange(await db.Users.Where(u => u.NewcomerId == id).ToListAsync(cancellationToken));
        if (db.Entry(record).State == EntityState.Detached)
        {
            db.Erasures.Add(record);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}
