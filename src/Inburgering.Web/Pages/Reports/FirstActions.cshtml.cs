using Inburgering.Domain.Trajectories;
using Inburgering.Web.Data;
using Inburgering.Web.Localization;
using Inburgering.Web.Reporting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Inburgering.Web.Pages.Reports;

/// <summary>First actions by category, in %: Dutch, vocational training, work, higher education, diploma recognition, other.</summary>
public sealed class FirstActionsModel([FromKeyedServices(ReportingDatabase.Key)] AppDbContext db, IStringLocalizer<SharedResource> localizer, FigureSnapshots snapshots) : ReportPage(db, localizer, snapshots)
{
    public override string TitleKey => "Reports.FirstActions";

    protected override async Task<IReadOnlyList<ReportTable>> BuildAsync(CancellationToken cancellationToken)
    {
        var counts = await Items
            .Where(t => t.FirstActionCategory != null)
            .GroupBy(t => t.FirstActionCategory)
            .Select(g => new { Category = g.Key!.Value, Count = g.Count() })
            .ToDictionaryAsync(x => x.Category, x => x.Count, cancellationToken);
        var total = counts.Values.Sum();
        var rows = Enum.GetValues<ActionCategory>()
            .Select(c => new ReportRow(L.Enum(c), [ReportValue.Count(counts.GetValueOrDefault(c)), ReportValue.Percent(counts.GetValueOrDefault(c), total)]))
            .Append(new ReportRow(L["Reports.Total"], [ReportValue.Count(total), ReportValue.Percent(total, total)], IsTotal: true))
            .ToList();
        return [new ReportTable("first-actions", L["Reports.FirstActionsTable"], [L["Reports.Trajectories.Count"], L["Reports.Share"]], rows, [1], L["Reports.Category"])];
    }
}
