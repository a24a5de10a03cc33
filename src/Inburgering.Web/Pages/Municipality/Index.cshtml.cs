using System.Globalization;
using Inburgering.Domain.Organisation;
using Inburgering.Web.Pages.Reports;
using Inburgering.Web.Reporting;
using Inburgering.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Inburgering.Web.Pages.Municipality;

/// <summary>
/// The local government's dashboard: its own municipality's figures only, on the page and as CSV, served from a
/// snapshot that a write in the municipality outdates (ADR 0008).
/// </summary>
[FiguresOnly]
public sealed class IndexModel(AppDbContext db, IStringLocalizer<SharedResource> localizer, FigureSnapshots snapshots, TimeProvider time) : PageModel
{
    public string Municipality { get; private set; } = string.Empty;

    public IReadOnlyList<ReportTable> Tables { get; private set; } = [];

    /// <summary>When the figures were counted.</summary>
    public DateTime CountedAtUtc { get; private set; }

    /// <summary>What the CSV says about the figures: report, municipality, regional network, when made and counted.</summary>
    public IReadOnlyList<(string Label, string Value)> Context { get; private set; } = [];

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

        return File(ReportCsv.WriteReport(Context, Tables), "text/csv; charset=utf-8", "gemeente.csv");
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (User.Municipality() is not { } municipality)
        {
            return false;
        }

        Municipality = municipality;
        var snapshot = await snapshots.GetForMunicipalityAsync(
            CultureInfo.CurrentUICulture.Name,
            municipality,
            ct => MunicipalityFigures.CountAsync(db, [municipality], localizer, ct),
            cancellationToken);
        Tables = snapshot.Value;
        CountedAtUtc = snapshot.TakenAtUtc;
        Context = MunicipalityFigures.Context(localizer, localizer["Municipality.Report"], municipality, RegionalNetworks.Of(municipality), time, CountedAtUtc);
        return true;
    }
}
