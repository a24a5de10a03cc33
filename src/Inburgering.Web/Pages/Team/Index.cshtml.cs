using Inburgering.Web.Data;
using Inburgering.Web.Infrastructure;
using Inburgering.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Inburgering.Web.Pages.Team;

/// <summary>The coordinator's team overview: caseload per case worker of their agency.</summary>
public sealed class IndexModel([FromKeyedServices(ReportingDatabase.Key)] AppDbContext db, TimeProvider time) : PageModel
{
    public IReadOnlyList<CaseWorkerLoad> CaseWorkers { get; private set; } = [];

    public string Agency { get; private set; } = string.Empty;

    public DateOnly MonthStart { get; private set; }

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
        return Page();
    }
}
