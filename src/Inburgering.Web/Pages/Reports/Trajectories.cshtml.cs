using Inburgering.Domain.Trajectories;
using Inburgering.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Inburgering.Web.Pages.Reports;

/// <summary>Trajectories started, running and completed per agency and region (the table the 2024 pilot published).</summary>
public sealed class TrajectoriesModel(AppDbContext db, IStringLocalizer<SharedResource> localizer) : ReportPage(db, localizer)
{
    public override string TitleKey => "Reports.Trajectories";

    protected override async Task<IReadOnlyList<ReportTable>> BuildAsync(CancellationToken cancellationToken)
    {
        var groups = await Filter.Items(Db)
            .GroupBy(x => new { x.N.Agency, x.O.Region })
            .Select(g => new
            {
                g.Key.Agency,
                g.Key.Region,
                FirstStart = g.Min(x => x.T.StartedOn),
                Started = g.Count(),
                Running = g.Count(x => x.T.Status == TrajectoryStatus.Running),
                Completed = g.Count(x => x.T.Status == TrajectoryStatus.Completed),
            })
            .ToListAsync(cancellationToken);

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
