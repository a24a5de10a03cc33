using Inburgering.Web.Data;
using Inburgering.Web.Infrastructure;
using Inburgering.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Inburgering.Web.Pages.Team;

/// <summary>The coordinator's team overview: caseload per case worker of their agency.</summary>
public sealed class IndexModel(AppDbContext db, TimeProvider time) : PageModel
{
    public IReadOnlyList<CaseWorkerLoad> CaseWorkers { get; private set; } = [];

    public string Agency { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (User.Agency() is not { } agency)
        {
            return Forbid();
        }

        Agency = agency.ToString();
        CaseWorkers = await TeamQuery.RunAsync(db, agency, time.Today(), cancellationToken);
        return Page();
    }
}
