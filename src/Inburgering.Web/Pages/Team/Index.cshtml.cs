using Inburgering.Data.Audit;
using Inburgering.Web.Infrastructure;
using Inburgering.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Web.Pages.Team;

/// <summary>The coordinator's team overview: caseload per case worker of their agency.</summary>
public sealed class IndexModel(AppDbContext db, TimeProvider time) : PageModel
{
    public IReadOnlyList<CaseWorkerLoad> CaseWorkers { get; private set; } = [];

    public string Agency { get; private set; } = string.Empty;

    public DateOnly MonthStart { get; private set; }

    /// <summary>Reading by the agency's staff that was out of the ordinary in the last 30 days (<see cref="UnusualReading"/>).</summary>
    public IReadOnlyList<UnusualRow> Unusual { get; private set; } = [];

    public sealed record UnusualRow(string UserName, AccessKind Kind, int Reads, DateTime LastAtUtc);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (User.Agency() is not { } agency)
        {
            return Forbid();
        }

        Agency = agency.ToString();
        var today = time.Today();
        MonthStart = new DateOnly(today.Year, today.Month, 1);
        CaseWorkers = await TeamQuery.RunAsync(db, agency, today, cancellationToken);
        var since = time.UtcNow().AddDays(-30);
        Unusual = await db.AccessLog.AsNoTracking()
            .Where(e => e.Unusual && e.Agency == agency && e.AtUtc > since)
            .GroupBy(e => new { e.UserName, e.Kind })
            .Select(g => new UnusualRow(g.Key.UserName, g.Key.Kind, g.Count(), g.Max(e => e.AtUtc)))
            .ToListAsync(cancellationToken);
        return Page();
    }
}
