using Inburgering.Domain.Enforcement;
using Inburgering.Domain.Trajectories;
using Inburgering.Web.Data;
using Inburgering.Web.Localization;
using Inburgering.Web.Reporting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Inburgering.Web.Pages.Reports;

/// <summary>
/// Notices to the enforcement service and their outcomes per agency (in the period, by notice date), and trajectories
/// stopped early per reason. Aggregates only: cells under five are shown as "&lt;5".
/// </summary>
public sealed class EnforcementModel([FromKeyedServices(ReportingDatabase.Key)] AppDbContext db, IStringLocalizer<SharedResource> localizer, FigureSnapshots snapshots) : ReportPage(db, localizer, snapshots)
{
    public override string TitleKey => "Reports.Enforcement";

    protected override async Task<IReadOnlyList<ReportTable>> BuildAsync(CancellationToken cancellationToken)
    {
        var notices = Db.Set<EnforcementNotice>().AsQueryable();
        if (Filter.Agency is { } agency)
        {
            notices = notices.Where(n => n.Agency == agency);
        }

        if (Filter.From is { } from)
        {
            notices = notices.Where(n => n.NotifiedOn >= from);
        }

        if (Filter.To is { } to)
        {
            notices = notices.Where(n => n.NotifiedOn <= to);
        }

        var perAgency = await notices
            .GroupBy(n => n.Agency)
            .Select(g => new
            {
                Agency = g.Key,
                Notices = g.Count(),
                MissedReport = g.Count(n => n.Reason == EnforcementReason.MissedReportDeadline),
                ContractNotMet = g.Count(n => n.Reason == EnforcementReason.ContractNotMet),
                Warnings = g.Count(n => n.Outcome == EnforcementOutcome.Warning),
                Fines = g.Count(n => n.Outcome == EnforcementOutcome.Fine),
                Dropped = g.Count(n => n.Outcome == EnforcementOutcome.Dropped),
                Pending = g.Count(n => n.Outcome == EnforcementOutcome.Pending),
            })
            .ToListAsync(cancellationToken);
        var noticeRows = perAgency
            .OrderBy(a => a.Agency)
            .Select(a => new ReportRow(a.Agency.ToString(), [.. new[] { a.Notices, a.MissedReport, a.ContractNotMet, a.Warnings, a.Fines, a.Dropped, a.Pending }.Select(ReportValue.Count)]))
            .ToList();
        noticeRows.Add(new ReportRow(
            L["Reports.Total"],
            [.. new[]
            {
                perAgency.Sum(a => a.Notices), perAgency.Sum(a => a.MissedReport), perAgency.Sum(a => a.ContractNotMet), perAgency.Sum(a => a.Warnings),
                perAgency.Sum(a => a.Fines), perAgency.Sum(a => a.Dropped), perAgency.Sum(a => a.Pending),
            }.Select(ReportValue.Count)],
            IsTotal: true));

        var stopped = await Items
            .Where(t => t.Status == TrajectoryStatus.Stopped && t.StopReason != null)
            .GroupBy(t => t.StopReason)
            .Select(g => new { Reason = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var stopRows = Enum.GetValues<StopReason>()
            .Select(r => new ReportRow(L.Enum(r), [ReportValue.Count(stopped.Where(s => s.Reason == r).Sum(s => s.Count))]))
            .ToList();

        return
        [
            new ReportTable(
                "enforcement",
                L["Reports.EnforcementPerAgency"],
                [L["Reports.Notices"], L["EnforcementReason.MissedReportDeadline"], L["EnforcementReason.ContractNotMet"], L["EnforcementOutcome.Warning"], L["EnforcementOutcome.Fine"], L["EnforcementOutcome.Dropped"], L["EnforcementOutcome.Pending"]],
                noticeRows,
                [0, 4],
                L["Reports.Agency"]),
            new ReportTable("stopped", L["Reports.StoppedPerReason"], [L["Reports.Stopped"]], stopRows, [0], L["Field.StopReason"]),
        ];
    }
}
