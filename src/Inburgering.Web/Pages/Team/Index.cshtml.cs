using System.Globalization;
using Inburgering.Web.Infrastructure;
using Inburgering.Web.Reporting;
using Inburgering.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Inburgering.Web.Pages.Team;

/// <summary>The coordinator's team overview: caseload per case worker of their agency.</summary>
public sealed class IndexModel(AppDbContext db, TimeProvider time, FigureSnapshots snapshots) : PageModel
{
    public IReadOnlyList<CaseWorkerLoad> CaseWorkers { get; private set; } = [];

    public string Agency { get; private set; } = string.Empty;

    public DateOnly MonthStart { get; private set; }

    /// <summary>When the figures were counted (ADR 0006).</summary>
    public DateTime CountedAtUtc { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (User.Agency() is not { } agency)
        {
            return Forbid();
        }

        Agency = agency.ToString();
        var today = time.Today();
        MonthStart = new DateOnly(today.Year, today.Month, 1);
        var snapshot = await snapshots.GetAsync(
            $"team|{agency}|{today:yyyy-MM-dd}|{CultureInfo.CurrentCulture.Name}",
            agency,
            token => TeamQuery.RunAsync(db, agency, today, token),
            cancellationToken);
        CaseWorkers = snapshot.Value;
        CountedAtUtc = snapshot.TakenAtUtc;
        return Page();
    }
}
