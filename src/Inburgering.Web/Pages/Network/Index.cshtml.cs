using Inburgering.Domain.Partners;
using Inburgering.Web.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Web.Pages.Network;

/// <summary>The organisations an admin (all) or a local government (its municipality's) keeps, with their offer.</summary>
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public sealed record Row(Guid Id, string Name, OrganisationKind Kind, string Municipality, int Offers, int Staff);

    public IReadOnlyList<Row> Organisations { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Organisations = await db.Organisations.AsNoTracking().ManagedBy(User)
            .OrderBy(o => o.Name)
            .Select(o => new Row(o.Id, o.Name, o.Kind, o.Municipality,
                db.Offers.Count(f => f.OrganisationId == o.Id && !f.Withdrawn),
                db.Users.Count(u => u.OrganisationId == o.Id)))
            .ToListAsync(cancellationToken);
    }
}
