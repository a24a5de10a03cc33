using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Web.Pages.Admin;

/// <summary>The administrator's overview: offices with their staff accounts (no dossier data).</summary>
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public sealed record OfficeRow(string Agency, string Name, string Region, int Staff);

    public IReadOnlyList<OfficeRow> Offices { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var offices = await db.Offices
            .OrderBy(o => o.Name)
            .Select(o => new { o.Agency, o.Name, o.Region, Staff = db.Users.Count(u => u.OfficeId == o.Id) })
            .ToListAsync(cancellationToken);
        Offices = [.. offices.OrderBy(o => o.Agency).ThenBy(o => o.Name, StringComparer.CurrentCulture).Select(o => new OfficeRow(o.Agency.ToString(), o.Name, o.Region, o.Staff))];
    }
}
