using System.Globalization;
using Inburgering.Domain.Organisation;
using Inburgering.Web.Reporting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Inburgering.Web.Pages.Reports;

/// <summary>What every report page shares: the filter (limited to the user's agency), the page and the CSV.</summary>
public abstract class ReportPage(AppDbContext db, IStringLocalizer<SharedResource> localizer, FigureSnapshots snapshots) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public ReportFilter Filter { get; set; } = new();

    public IReadOnlyList<ReportTable> Tables { get; private set; } = [];

    public IReadOnlyList<string> Regions { get; private set; } = [];

    /// <summary>When the figures were counted: they come from a snapshot (ADR 0006).</summary>
    public DateTime CountedAtUtc { get; private set; }

    /// <summary>Every office with its region (a handful): reports group by office in SQL and add up per region.</summary>
    protected IReadOnlyDictionary<Guid, (Agency Agency, string Region)> Offices { get; private set; } = new Dictionary<Guid, (Agency, string)>();

    /// <summary>The trajectories the filter selects.</summary>
    protected IQueryable<Domain.Trajectories.Trajectory> Items =>
        Filter.Items(db, [.. Offices.Where(o => o.Value.Region == Filter.Region).Select(o => o.Key)]);

    public abstract string TitleKey { get; }

    protected IStringLocalizer L => localizer;

    protected AppDbContext Db => db;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await PrepareAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        await PrepareAsync(cancellationToken);
        return File(ReportCsv.Write(Tables, [localizer["Reports.CsvTable"], localizer["Reports.CsvRow"], localizer["Reports.CsvColumn"], localizer["Reports.CsvValue"]]), "text/csv; charset=utf-8", $"{GetType().Name.Replace("Model", string.Empty, StringComparison.Ordinal).ToLowerInvariant()}.csv");
    }

    protected abstract Task<IReadOnlyList<ReportTable>> BuildAsync(CancellationToken cancellationToken);

    private async Task PrepareAsync(CancellationToken cancellationToken)
    {
        // A value that does not bind (a hand-edited URL) is simply not applied.
        ModelState.Clear();
        Filter.LimitTo(User);
        var agency = Filter.Agency;
        var offices = await db.Offices.Select(o => new { o.Id, o.Agency, o.Region }).ToListAsync(cancellationToken);
        Offices = offices.ToDictionary(o => o.Id, o => (o.Agency, o.Region));
        Regions = [.. offices.Where(o => agency == null || o.Agency == agency).Select(o => o.Region).Distinct().Order(StringComparer.CurrentCulture)];

        // One snapshot per report, filter and language (the tables carry their localized labels).
        var snapshot = await snapshots.GetAsync(
            $"{GetType().Name}|{Filter.QueryString()}|{CultureInfo.CurrentUICulture.Name}",
            agency,
            BuildAsync,
            cancellationToken);
        Tables = snapshot.Value;
        CountedAtUtc = snapshot.TakenAtUtc;
    }
}
