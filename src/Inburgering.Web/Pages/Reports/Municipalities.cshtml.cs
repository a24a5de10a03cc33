using System.Globalization;
using Inburgering.Domain.Organisation;
using Inburgering.Web.Data;
using Inburgering.Web.Identity;
using Inburgering.Web.Pages.Municipality;
using Inburgering.Web.Reporting;
using Inburgering.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Inburgering.Web.Pages.Reports;

/// <summary>
/// The local governments' figures side by side, for the administrator (Flemish level): one row per regional network,
/// one row per municipality of a network with the network's figures, or one municipality's figures as its local
/// government sees them. Page and CSV; served from snapshots (ADR 0008).
/// </summary>
[FiguresOnly]
[Authorize(Policy = Policies.Admin)]
public sealed class MunicipalitiesModel([FromKeyedServices(ReportingDatabase.Key)] AppDbContext db, IStringLocalizer<SharedResource> localizer, FigureSnapshots snapshots, TimeProvider time) : PageModel
{
    /// <summary>A regional network (<see cref="RegionalNetworks"/>); empty: every network.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Network { get; set; }

    /// <summary>One municipality of the list; empty: the network's municipalities side by side.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Municipality { get; set; }

    public IReadOnlyList<ReportTable> Tables { get; private set; } = [];

    public DateTime CountedAtUtc { get; private set; }

    public IReadOnlyList<(string Label, string Value)> Context { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await PrepareAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        await PrepareAsync(cancellationToken);
        return File(ReportCsv.WriteReport(Context, Tables), "text/csv; charset=utf-8", "gemeenten.csv");
    }

    /// <summary>The query string of this choice, for the CSV link.</summary>
    public string QueryString(string? handler = null)
    {
        var parts = new Dictionary<string, string?> { ["Network"] = Network, ["Municipality"] = Municipality, ["handler"] = handler }
            .Where(p => !string.IsNullOrEmpty(p.Value)).Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value!)}").ToList();
        return parts.Count == 0 ? string.Empty : "?" + string.Join("&", parts);
    }

    private async Task PrepareAsync(CancellationToken cancellationToken)
    {
        // A value that is not on the lists (a hand-edited URL) is not applied; a municipality brings its network.
        ModelState.Clear();
        Municipality = Domain.Organisation.Municipalities.Find(Municipality)?.Name;
        Network = Municipality is not null ? RegionalNetworks.Of(Municipality)
            : RegionalNetworks.All.Any(n => n.Network == Network) ? Network : null;
        var key = $"Municipalities|{Network}|{Municipality}|{CultureInfo.CurrentUICulture.Name}";
        var snapshot = Municipality is { } one
            ? await snapshots.GetForMunicipalityAsync(key, one, ct => MunicipalityFigures.CountAsync(db, [one], localizer, ct), cancellationToken)
            : await snapshots.GetAsync(key, agency: null, CountAsync, cancellationToken);
        Tables = snapshot.Value;
        CountedAtUtc = snapshot.TakenAtUtc;
        Context = MunicipalityFigures.Context(localizer, localizer["Reports.Municipalities"], Municipality, Network, time, CountedAtUtc);
    }

    private async Task<IReadOnlyList<ReportTable>> CountAsync(CancellationToken cancellationToken)
    {
        if (Network is { } network)
        {
            var members = RegionalNetworks.MunicipalitiesOf(network);
            var perMunicipality = await MunicipalityFigures.PerAreaAsync(db, members, m => m, members, localizer["Municipality.Context.Municipality"], localizer, cancellationToken);
            return [perMunicipality, .. await MunicipalityFigures.CountAsync(db, members, localizer, cancellationToken)];
        }

        var networks = RegionalNetworks.All;
        return
        [
            await MunicipalityFigures.PerAreaAsync(db, [.. networks.SelectMany(n => n.Municipalities)], RegionalNetworks.Of, [.. networks.Select(n => n.Network)],
                localizer["Municipality.Context.Network"], localizer, cancellationToken),
        ];
    }
}
