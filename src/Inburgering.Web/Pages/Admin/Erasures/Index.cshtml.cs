using Inburgering.Data.Privacy;
using Inburgering.Web.Infrastructure;
using Inburgering.Web.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Web.Pages.Admin.Erasures;

/// <summary>Erasure requests and what became of them, newest first; the retention job's rows are counted, not listed.</summary>
public sealed class IndexModel(AppDbContext db, TimeProvider time) : PageModel
{
    public sealed record Row(Guid Id, string DossierNumber, ErasureGround Ground, string RequestedBy, DateTime RequestedAtUtc, DateTime ExpiresAtUtc, string? ConfirmedBy, ErasureState State, bool Mine);

    public IReadOnlyList<Row> Requests { get; private set; } = [];

    public int ByRetention { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var now = time.UtcNow();
        var me = User.UserId();
        var rows = await db.Erasures.AsNoTracking()
            .Where(e => e.Ground != ErasureGround.RetentionPeriodEnded)
            .OrderByDescending(e => e.RequestedAtUtc)
            .Take(200)
            .ToListAsync(cancellationToken);
        Requests = [.. rows.Select(e => new Row(e.Id, e.DossierNumber, e.Ground, e.RequestedByName, e.RequestedAtUtc, e.ExpiresAtUtc, e.ConfirmedByName, e.StateAt(now), e.RequestedById == me))];
        ByRetention = await db.Erasures.CountAsync(e => e.Ground == ErasureGround.RetentionPeriodEnded, cancellationToken);
    }
}
