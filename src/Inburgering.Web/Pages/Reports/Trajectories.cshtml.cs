using Inburgering.Domain.Trajectories;
using Inburgering.Web.Data;
using Inburgering.Web.Reporting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Inburgering.Web.Pages.Reports;

/// <summary>Trajectories started, running and completed per agency and region (the table the 2024 pilot published).</summary>
public sealed class TrajectoriesModel([FromKeyedServices(ReportingDatabase.Key)] AppDbContext db, IStringLocalizer<SharedResource> localizer, FigureSnapshots snapshots) : ReportPage(db, localizer, snapshots)
{
    public override string TitleKey => "Reports.Trajectories";

    protected override async Task<IReadOnlyList<ReportTable>> BuildAsync(CancellationToken cancellationToken)
    {
        var perOffice = await Items
            .GroupBy(t => new { t.Agency, t.OfficeId })
            .Select(g => new
            {
                g.Key.Agency,
                g.Key.OfficeId,
                FirstStart = g.Min(t => t.StartedOn),
                Started = g.Count(),
                Running = g.Count(t => t.Status == TrajectoryStatus.Running),
                Completed = g.Count(t => t.Status == TrajectoryStatus.Completed),
            })
            .ToListAsync(cancellationToken);
        var groups = perOffice
            .GroupBy(o => (o.Agency, Region: Offices.TryGetValue(o.OfficeId, out var office) ? office.Region : "?"))
            .Select(g => new { g.Key.Agency, g.Key.Region, FirstStart = g.Min(o => o.FirstStart), Started = g.Sum(o => o.Started), Running = g.Sum(o => o.Running), Completed = g.Sum(o => o.Completed) })
            .ToList();

        var rows = groups
            .OrderBy(g => g.Agency).ThenBy(g => g.Region, StringComparer.CurrentCulture)
            .Select(g => new ReportRow($"{g.Agency} – {g.Region}", [ReportValue.On(g.FirstStart), ReportValue.Count(g.Started), ReportValue.Count(g.Running), ReportValue.Count(g.Completed)]))
            .ToList();
        rows.Add(new ReportRow(
            L["Reports.Total"],
            [ReportValue.On(groups.Count == 0 ? null : groups.Min(g => g.FirstStart)), ReportValue.Count(groups.Sum(g => g.Started)), ReportValue.Count(groups.Sum(g => g.Running)), ReportValue.Count(groups.Sum(g => g.Completed))],
            IsTotal: true));

        return
        [
            new ReportTable("per-region", L["Reports.PerRegion"], [L["Reports.FirstStart"], L["Reports.Started"], L["Reports.Running"], L["Reports.Completed"]], rows, [2, 3], L["Reports.AgencyRegion"]),
        ];
    }
}
