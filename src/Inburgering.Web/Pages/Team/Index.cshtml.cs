using Inburgering.Data.Audit;
using Inburgering.Web.Data;
using Inburgering.Web.Infrastructure;
using Inburgering.Web.Reporting;
using Inburgering.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Web.Pages.Team;

/// <summary>The coordinator's team overview: caseload per case worker of their agency.</summary>
public sealed class IndexModel([FromKeyedServices(ReportingDatabase.Key)] AppDbContext db, TimeProvider time, FigureSnapshots snapshots) : PageModel
{
    /// <summary>Rows per page: an agency can have hundreds of case workers (600 KB of HTML for 229 without paging).</summary>
    public const int PageSize = 50;

    /// <summary>The case workers on this page.</summary>
    public IReadOnlyList<CaseWorkerLoad> CaseWorkers { get; private set; } = [];

    /// <summary>The 1-based page asked for in <c>?p=</c>; out of range falls back to the nearest page.</summary>
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public int PageCount { get; private set; } = 1;

    public int CaseWorkerCount { get; private set; }

    public string Agency { get; private set; } = string.Empty;

    public DateOnly MonthStart { get; private set; }

    /// <summary>When the figures were counted (ADR 0006).</summary>
    public DateTime CountedAtUtc { get; private set; }

    /// <summary>Reading by the agency's staff that was out of the ordinary in the last 30 days (<see cref="UnusualReading"/>).</summary>
    public IReadOnlyList<UnusualRow> Unusual { get; private set; } = [];

    /// <summary>When <see cref="Unusual"/> was counted (ADR 0010).</summary>
    public DateTime UnusualCountedAtUtc { get; private set; }

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
        var snapshot = await TeamQuery.SnapshotAsync(snapshots, db, agency, today, cancellationToken);
        CaseWorkerCount = snapshot.Value.Count;
        PageCount = Math.Max(1, (CaseWorkerCount + PageSize - 1) / PageSize);
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        CaseWorkers = [.. snapshot.Value.Skip((PageNumber - 1) * PageSize).Take(PageSize)];
        CountedAtUtc = snapshot.TakenAtUtc;

        var unusual = await snapshots.GetUnusualReadingAsync(agency, token => UnusualAsync(agency, token), cancellationToken);
        Unusual = unusual.Value;
        UnusualCountedAtUtc = unusual.TakenAtUtc;
        return Page();
    }

    private async Task<IReadOnlyList<UnusualRow>> UnusualAsync(Domain.Organisation.Agency agency, CancellationToken cancellationToken)
    {
        var since = time.UtcNow().AddDays(-30);
        return await db.AccessLog.AsNoTracking()
            .Where(e => e.Unusual && e.Agency == agency && e.AtUtc > since)
            .GroupBy(e => new { e.UserName, e.Kind })
            .Select(g => new UnusualRow(g.Key.UserName, g.Key.Kind, g.Count(), g.Max(e => e.AtUtc)))
            .ToListAsync(cancellationToken);
    }
}
