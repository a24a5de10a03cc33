using Inburgering.Domain.Organisation;
using Inburgering.Web.Data;
using Inburgering.Web.Reporting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Inburgering.Web.Pages.Reports;

/// <summary>
/// Median days from the intake to the first action, to work and to the attest, per agency. The database groups
/// the durations into a histogram (one row per distinct number of days); the median is read off that.
/// </summary>
public sealed class DurationsModel([FromKeyedServices(ReportingDatabase.Key)] AppDbContext db, IStringLocalizer<SharedResource> localizer, FigureSnapshots snapshots) : ReportPage(db, localizer, snapshots)
{
    public override string TitleKey => "Reports.Durations";

    protected override async Task<IReadOnlyList<ReportTable>> BuildAsync(CancellationToken cancellationToken)
    {
        var items = Items;
        var toFirstAction = await items.Where(t => t.DaysToFirstAction != null)
            .GroupBy(t => new { t.Agency, Days = t.DaysToFirstAction!.Value }).Select(g => new Bucket(g.Key.Agency, g.Key.Days, g.Count())).ToListAsync(cancellationToken);
        var toWork = await items.Where(t => t.DaysToWork != null)
            .GroupBy(t => new { t.Agency, Days = t.DaysToWork!.Value }).Select(g => new Bucket(g.Key.Agency, g.Key.Days, g.Count())).ToListAsync(cancellationToken);
        var toCertificate = await items.Where(t => t.DaysToCertificate != null)
            .GroupBy(t => new { t.Agency, Days = t.DaysToCertificate!.Value }).Select(g => new Bucket(g.Key.Agency, g.Key.Days, g.Count())).ToListAsync(cancellationToken);

        var agencies = toFirstAction.Concat(toWork).Concat(toCertificate).Select(b => b.Agency).Distinct().Order().ToList();
        ReportValue[] Values(Func<Bucket, bool> scope) =>
        [
            .. new[] { toFirstAction, toWork, toCertificate }.SelectMany(buckets =>
            {
                var selected = buckets.Where(scope).ToList();
                var count = selected.Sum(b => b.Count);
                return new[] { ReportValue.Days(Median(selected), count), ReportValue.Count(count) };
            }),
        ];

        var rows = agencies.Select(a => new ReportRow(a.ToString(), Values(b => b.Agency == a))).ToList();
        rows.Add(new ReportRow(L["Reports.Total"], Values(_ => true), IsTotal: true));
        string[] columns =
        [
            L["Reports.ToFirstAction"], L["Reports.PeopleFirstAction"], L["Reports.ToWork"], L["Reports.PeopleWork"], L["Reports.ToCertificate"], L["Reports.PeopleCertificate"],
        ];
        return [new ReportTable("durations", L["Reports.MedianDays"], columns, rows, [0, 2, 4], L["Reports.Agency"])];
    }

    /// <summary>The median of a histogram: the middle value, or the mean of the two middle values.</summary>
    public static decimal? Median(IReadOnlyCollection<Bucket> buckets)
    {
        ArgumentNullException.ThrowIfNull(buckets);
        var total = buckets.Sum(b => b.Count);
        if (total == 0)
        {
            return null;
        }

        var sorted = buckets.OrderBy(b => b.Days).ToList();
        int ValueAt(int index)
        {
            var seen = 0;
            foreach (var bucket in sorted)
            {
                seen += bucket.Count;
                if (index < seen)
                {
                    return bucket.Days;
                }
            }

            return sorted[^1].Days;
        }

        return total % 2 == 1 ? ValueAt(total / 2) : (ValueAt((total / 2) - 1) + ValueAt(total / 2)) / 2m;
    }

    public sealed record Bucket(Agency Agency, int Days, int Count);
}
