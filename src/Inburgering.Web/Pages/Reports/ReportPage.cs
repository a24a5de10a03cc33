using System.Globalization;
using Inburgering.Domain.Organisation;
using Inburgering.Web.Localization;
using Inburgering.Web.Reporting;
using Inburgering.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Inburgering.Web.Pages.Reports;

/// <summary>What every report page shares: the filter (limited to the user's agency), the page and the CSV.</summary>
[FiguresOnly]
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

    /// <summary>What the printout and the CSV say about the figures: report, agency, region, period, kind, when made.</summary>
    public IReadOnlyList<(string Label, string Value)> Context { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync([FromServices] TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(time);
        await PrepareAsync(time, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync([FromServices] TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(time);
        if (!await PrepareAsync(time, cancellationToken))
        {
            return Page();
        }

        var name = GetType().Name.Replace("Model", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
        return File(ReportCsv.WriteReport(Context, Tables), "text/csv; charset=utf-8", $"{name}.csv");
    }

    protected abstract Task<IReadOnlyList<ReportTable>> BuildAsync(CancellationToken cancellationToken);

    /// <summary>Reads the filter and counts; false (and a message at the field) when the period ends before it starts.</summary>
    private async Task<bool> PrepareAsync(TimeProvider time, CancellationToken cancellationToken)
    {
        // A value that does not bind (a hand-edited URL) is simply not applied.
        ModelState.Clear();
        Filter.LimitTo(User);
        var agency = Filter.Agency;
        // The offices change only with a release (migrations, seeding): they are kept like the figures.
        var offices = (await snapshots.GetAsync(
            "Offices",
            null,
            async ct => await db.Offices.Select(o => new OfficeRegion(o.Id, o.Agency, o.Region)).ToListAsync(ct),
            cancellationToken)).Value;
        Offices = offices.ToDictionary(o => o.Id, o => (o.Agency, o.Region));
        Regions = [.. offices.Where(o => agency == null || o.Agency == agency).Select(o => o.Region).Distinct().Order(StringComparer.CurrentCulture)];
        if (Filter.From is { } from && Filter.To is { } to && to < from)
        {
            ModelState.AddModelError("To", localizer["Reports.ToBeforeFrom", Format.Date(from)]);
            return false;
        }

        // One snapshot per report, filter and language (the tables carry their localized labels).
        var snapshot = await snapshots.GetAsync(
            $"{GetType().Name}|{Filter.QueryString()}|{CultureInfo.CurrentUICulture.Name}",
            agency,
            BuildAsync,
            cancellationToken);
        Tables = snapshot.Value;
        CountedAtUtc = snapshot.TakenAtUtc;
        Context =
        [
            (localizer["Reports.Context.Report"], localizer[TitleKey]),
            (localizer["Reports.Agency"], agency?.ToString() ?? localizer["Reports.AllAgencies"]),
            (localizer["Reports.Region"], string.IsNullOrEmpty(Filter.Region) ? localizer["Reports.AllRegions"] : Filter.Region),
            (localizer["Reports.Context.Period"], Period()),
            (localizer["Reports.Kind"], localizer.Enum(Filter.Kind)),
            (localizer["Reports.Context.Made"], Format.DateTime(time.GetUtcNow().UtcDateTime, Format.Brussels)),
            (localizer["Reports.Context.Counted"], Format.DateTime(CountedAtUtc, Format.Brussels)),
        ];
        return true;
    }

    private string Period() => (Filter.From, Filter.To) switch
    {
        ({ } from, { } to) => localizer["Reports.Context.Between", Format.Date(from), Format.Date(to)],
        ({ } from, null) => localizer["Reports.Context.Since", Format.Date(from)],
        (null, { } to) => localizer["Reports.Context.Until", Format.Date(to)],
        _ => localizer["Reports.Context.AllTime"],
    };

    private sealed record OfficeRegion(Guid Id, Agency Agency, string Region);
}
