using Inburgering.Domain.Newcomers;
using Inburgering.Domain.Organisation;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Web.Pages.Transfers;

/// <summary>The dossier's latest transfer while it waits for an answer, or its refusal until a new request (the dossier's banner).</summary>
public sealed record TransferBanner(Agency To, string Municipality, DateOnly MovedOn, DateOnly RequestedOn, TransferState State, DateOnly? DecidedOn, string? RefusalReason)
{
    public bool IsOpen => State == TransferState.Requested;

    public static async Task<TransferBanner?> LatestAsync(AppDbContext db, NewcomerId id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var latest = await db.AgencyTransfers.AsNoTracking()
            .Where(t => t.NewcomerId == id)
            .OrderByDescending(t => t.State == TransferState.Requested).ThenByDescending(t => t.RequestedOn).ThenByDescending(t => t.DecidedOn)
            .Select(t => new TransferBanner(t.To, t.Municipality, t.MovedOn, t.RequestedOn, t.State, t.DecidedOn, t.RefusalReason))
            .FirstOrDefaultAsync(cancellationToken);
        return latest?.State == TransferState.Accepted ? null : latest;
    }
}
