using Inburgering.Domain.Newcomers;
using Inburgering.Domain.Organisation;

namespace Inburgering.Web.Pages.Transfers;

/// <summary>
/// What the receiving agency's coordinator may know of a dossier before accepting it (ADR 0007): enough to decide —
/// who, from which agency, where to, since when and why — and nothing of the dossier itself.
/// </summary>
public sealed record PendingTransfer(Guid Id, NewcomerId NewcomerId, string FullName, Agency From, string Municipality, DateOnly MovedOn, string Reason, DateOnly RequestedOn);

public static class PendingTransfers
{
    /// <summary>The open requests to <paramref name="agency"/>; one of them when <paramref name="id"/> is given.</summary>
    public static IQueryable<PendingTransfer> To(AppDbContext db, Agency? agency, Guid? id = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        return from transfer in db.AgencyTransfers
               join newcomer in db.Newcomers on transfer.NewcomerId equals newcomer.Id
               where agency != null && transfer.To == agency && transfer.State == TransferState.Requested && (id == null || transfer.Id == id)
               orderby transfer.RequestedOn, transfer.Id
               select new PendingTransfer(
                   transfer.Id,
                   transfer.NewcomerId,
                   newcomer.Person.FirstName + " " + newcomer.Person.LastName,
                   transfer.From,
                   transfer.Municipality,
                   transfer.MovedOn,
                   transfer.Reason,
                   transfer.RequestedOn);
    }
}
