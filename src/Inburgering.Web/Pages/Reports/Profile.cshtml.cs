using Inburgering.Domain.Newcomers;
using Inburgering.Domain.Rules;
using Inburgering.Domain.Trajectories;
using Inburgering.Web.Data;
using Inburgering.Web.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Inburgering.Web.Pages.Reports;

/// <summary>Who the trajectories are for: perspective, gender, voluntary vs obligated per year, barriers by frequency.</summary>
public sealed class ProfileModel(AppDbContext db, IStringLocalizer<SharedResource> localizer) : ReportPage(db, localizer)
{
    public override string TitleKey => "Reports.Profile";

    protected override async Task<IReadOnlyList<ReportTable>> BuildAsync(CancellationToken cancellationToken)
    {
        var items = Filter.Items(Db);
        var perspectives = await items.GroupBy(x => x.T.Intake.Perspective).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        var genders = await items.GroupBy(x => x.N.Person.Gender).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        var perYear = await items.GroupBy(x => new { x.T.StartedOn.Year, x.T.Obligation }).Select(g => new { g.Key.Year, g.Key.Obligation, Count = g.Count() }).ToListAsync(cancellationToken);
        var barriers = await items.GroupBy(x => 1).Select(g => new
        {
            Total = g.Count(),
            Dutch = g.Count(x => (x.T.Intake.Barriers & Barriers.Dutch) != 0),
            TimeWork = g.Count(x => (x.T.Intake.Barriers & Barriers.TimeWork) != 0),
            TimeChildren = g.Count(x => (x.T.Intake.Barriers & Barriers.TimeChildren) != 0),
            Health = g.Count(x => (x.T.Intake.Barriers & Barriers.Health) != 0),
            Housing = g.Count(x => (x.T.Intake.Barriers & Barriers.Housing) != 0),
            Mobility = g.Count(x => (x.T.Intake.Barriers & Barriers.Mobility) != 0),
            Childcare = g.Count(x => (x.T.Intake.Barriers & Barriers.Childcare) != 0),
            Legal = g.Count(x => (x.T.Intake.Barriers & Barriers.Legal) != 0),
            Welfare = g.Count(x => (x.T.Intake.Barriers & Barriers.Welfare) != 0),
        }).SingleOrDefaultAsync(cancellationToken);

        var total = perspectives.Values.Sum();
        string[] countAndShare = [L["Reports.Trajectories.Count"], L["Reports.Share"]];
        ReportRow Shared(string label, int count) => new(label, [ReportValue.Count(count), ReportValue.Percent(count, total)]);

        var barrierCounts = barriers is null ? [] : new (Barriers Barrier, int Count)[]
        {
            (Barriers.Dutch, barriers.Dutch), (Barriers.TimeWork, barriers.TimeWork), (Barriers.TimeChildren, barriers.TimeChildren),
            (Barriers.Health, barriers.Health), (Barriers.Housing, barriers.Housing), (Barriers.Mobility, barriers.Mobility),
            (Barriers.Childcare, barriers.Childcare), (Barriers.Legal, barriers.Legal), (Barriers.Welfare, barriers.Welfare),
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
