using Inburgering.Web.Pages.Reports;
using Inburgering.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Inburgering.Web.Pages.Municipality;

/// <summary>The local government's dashboard: its own municipality's figures only, on the page and as CSV.</summary>
public sealed class IndexModel(AppDbContext db, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public string Municipality { get; private set; } = string.Empty;

    public IReadOnlyList<ReportTable> Tables { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        return File(ReportCsv.Write(Tables, [localizer["Reports.CsvTable"], localizer["Reports.CsvRow"], localizer["Reports.CsvColumn"], localizer["Reports.CsvValue"]]),
            "text/csv; charset=utf-8", "gemeente.csv");
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (User.Municipality() is not { } municipality)
        {
            return false;
        }

        Municipality = municipality;
        Tables = await MunicipalityFigures.CountAsync(db, municipality, localizer, cancellationToken);
        return true;
    }
}
