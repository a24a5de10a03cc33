using Inburgering.Domain.Trajectories;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Web.Pages.Admin.Erasures;

/// <summary>Why a dossier cannot be erased now, as a resource key for the dossier number field (null: it can).</summary>
internal static class ErasureFacts
{
    public static async Task<string?> RefusalAsync(AppDbContext db, Domain.Newcomers.NewcomerId? id, DateTime nowUtc, Guid? except, CancellationToken cancellationToken)
    {
        if (id is not { } dossier || await db.Newcomers.Where(n => n.Id == dossier).Select(n => new { n.AnonymisedOn }).SingleOrDefaultAsync(cancellationToken) is not { } found)
        {
            return "Erasure.UnknownDossier";
        }

        if (found.AnonymisedOn is not null)
        {
            return "Erasure.AlreadyAnonymised";
        }

        // A running trajectory is closed or stopped by its case worker first: the figures count it as running.
        if (await db.Trajectories.AnyAsync(t => t.NewcomerId == dossier && t.Status == TrajectoryStatus.Running, cancellationToken))
        {
            return "Erasure.TrajectoryRunning";
        }

        return await db.Erasures.AnyAsync(e => e.NewcomerId == dossier && e.Id != except && e.DoneAtUtc == null && e.ExpiresAtUtc > nowUtc, cancellationToken)
            ? "Erasure.AlreadyRequested"
            : null;
    }
}
