using Inburgering.Domain.Organisation;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Web.Pages.Dossiers;

/// <summary>Which office of an agency serves a municipality (<see cref="Office.Serves"/>): for a new dossier and for a move.</summary>
public static class ServingOffice
{
    /// <returns>The preferred office when it serves the municipality, else the first that does; null when none of the agency does.</returns>
    public static async Task<Office?> FindAsync(AppDbContext db, Domain.Organisation.Municipality municipality, Agency agency, Guid preferred, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var offices = await db.Offices.Where(o => o.Agency == agency).OrderBy(o => o.Name).ToListAsync(cancellationToken);
        return offices.Where(o => o.Serves(municipality)).OrderBy(o => o.Id == preferred ? 0 : 1).FirstOrDefault();
    }
}
