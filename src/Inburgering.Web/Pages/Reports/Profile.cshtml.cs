using Inburgering.Domain.Newcomers;
using Inburgering.Domain.Rules;
using Inburgering.Domain.Trajectories;
using Inburgering.Web.Data;
using Inburgering.Web.Localization;
using Inburgering.Web.Reporting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Inburgering.Web.Pages.Reports;

/// <summary>Who the trajectories are for: perspective, gender, voluntary vs obligated per year, barriers by frequency.</summary>
public sealed class ProfileModel([FromKeyedServices(ReportingDatabase.Key)] AppDbContext db, IStringLocalizer<SharedResource> localizer, FigureSnapshots snapshots) : ReportPage(db, localizer, snapshots)
{
    public override string TitleKey => "Reports.Profile";

    protected override async Task<IReadOnlyList<ReportTable>> BuildAsync(CancellationToken cancellationToken)
    {
        // One pass over the trajectories: the database groups by perspective, gender, year and obligation (a few
        // dozen groups, with the barrier counts of each); the four tables are sums of those groups.
        var groups = await Items
            .GroupBy(t => new { t.Intake.Perspective, t.Gender, t.StartedOn.Year, t.Obligation })
            .Select(g => new
            {
                g.Key.Perspective,
                g.Key.Gender,
                g.Key.Year,
                g.Key.Obligation,
                Count = g.Count(),
                Dutch = g.Count(t => (t.Intake.Barriers & Barriers.Dutch) != 0),
                TimeWork = g.Count(t => (t.Intake.Barriers & Barriers.TimeWork) != 0),
                TimeChildren = g.Count(t => (t.Intake.Barriers & Barriers.TimeChildren) != 0),
                Health = g.Count(t => (t.Intake.Barriers & Barriers.Health) != 0),
                Housing = g.Count(t => (t.Intake.Barriers & Barriers.Housing) != 0),
                Mobility = g.Count(t => (t.Intake.Barriers & Barriers.Mobility) != 0),
                Childcare = g.Count(t => (t.Intake.Barriers & Barriers.Childcare) != 0),
                Legal = g.Count(t => (t.Intake.Barriers & Barriers.Legal) != 0),
                Welfare = g.Count(t => (t.Intake.Barriers & Barriers.Welfare) != 0),
            })
            .ToListAsync(cancellationToken);

        var perspectives = groups.GroupBy(g => g.Perspective).ToDictionary(g => g.Key, g => g.Sum(x => x.Count));
        var genders = groups.GroupBy(g => g.Gender).ToDictionary(g => g.Key, g => g.Sum(x => x.Count));
        var perYear = groups.Select(g => new { g.Year, g.Obligation, g.Count }).ToList();
        var total = perspectives.Values.Sum();
        string[] countAndShare = [L["Reports.Trajectories.Count"], L["Reports.Share"]];
        ReportRow Shared(string label, int count) => new(label, [ReportValue.Count(count), ReportValue.Percent(count, total)]);

        var barrierCounts = new (Barriers Barrier, int Count)[]
        {
            (Barriers.Dutch, groups.Sum(g => g.Dutch)), (Barriers.TimeWork, groups.Sum(g => g.TimeWork)), (Barriers.TimeChildren, groups.Sum(g => g.TimeChildren)),
            (Barriers.Health, groups.Sum(g => g.Health)), (Barriers.Housing, groups.Sum(g => g.Housing)), (Barriers.Mobility, groups.Sum(g => g.Mobility)),
            (Barriers.Childcare, groups.Sum(g => g.Childcare)), (Barriers.Legal, groups.Sum(g => g.Legal)), (Barriers.Welfare, groups.Sum(g => g.Welfare)),
        };

        var classes = Enum.GetValues<ObligationClass>().Where(c => c != ObligationClass.NotInTargetGroup).ToList();
        var years = perYear.Select(y => y.Year).Distinct().Order().ToList();

        return
        [
            new ReportTable("perspective", L["Reports.Perspective"], countAndShare,
                [.. Enum.GetValues<Perspective>().Select(p => Shared(L.Enum(p), perspectives.GetValueOrDefault(p)))], [0], L["Field.Perspective"]),
            new ReportTable("gender", L["Reports.Gender"], countAndShare,
                [.. Enum.GetValues<Gender>().Select(g => Shared(L.Enum(g), genders.GetValueOrDefault(g)))], [0], L["Field.Gender"]),
            new ReportTable("obligation", L["Reports.ObligationPerYear"], [.. classes.Select(c => (string)L.Enum(c))],
                [.. years.Select(year => new ReportRow(year.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    [.. classes.Select(c => ReportValue.Count(perYear.Where(y => y.Year == year && y.Obligation == c).Sum(y => y.Count)))]))],
                [0, 1], L["Reports.Year"]),
            new ReportTable("barriers", L["Reports.Barriers"], countAndShare,
                [.. barrierCounts.OrderByDescending(b => b.Count).Select(b => Shared(L.Enum(b.Barrier), b.Count))], [0], L["Field.Barriers"]),
        ];
    }
}
