using System.Linq.Expressions;
using Inburgering.Domain.Newcomers;
using Inburgering.Domain.Partners;
using Inburgering.Domain.Trajectories;
using Inburgering.Web.Localization;
using Inburgering.Web.Pages.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Inburgering.Web.Pages.Municipality;

/// <summary>
/// The local government's figures for its own municipality (the regierol): newcomers by class and track, referrals and
/// their outcome, confirmed participation hours, taaloefenkansen offered and used, gender. Counted in SQL by group,
/// seven commands whatever the size; no names; a count of 1 to 4 shows as "&lt;5" (<see cref="ReportValue"/>). The
/// municipality is read from indexed copies on the dossier and the trajectory (ADR 0008), so a count reads the
/// municipality's rows only; the page serves it from a snapshot.
/// </summary>
public static class MunicipalityFigures
{
    private static readonly TrackKind[] Tracks = Enum.GetValues<TrackKind>();

    /// <summary>The figures of one municipality, or added up over several (a regional network).</summary>
    public static async Task<IReadOnlyList<ReportTable>> CountAsync(AppDbContext db, IReadOnlyList<string> municipalities, IStringLocalizer l, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(l);
        ArgumentOutOfRangeException.ThrowIfZero(municipalities.Count);
        var newcomers = db.Newcomers.AsNoTracking().Where(In<Newcomer>(n => EF.Property<string>(n, AppDbContext.HomeMunicipality), municipalities));
        var trajectories = db.Trajectories.AsNoTracking().Where(In<Trajectory>(t => t.Municipality, municipalities));

        // Newcomers by class at the contract and the tracks they started (a track running or completed).
        var byClass = await (from t in trajectories
                             where t.Kind == TrajectoryKind.Integration
                             group t by t.Obligation into g
                             select new
                             {
                                 Class = g.Key,
                                 Total = g.Count(),
                                 Mo = g.Count(t => t.SocialOrientation.Status == TrackStatus.Running || t.SocialOrientation.Status == TrackStatus.Completed),
                                 Nt2 = g.Count(t => t.DutchLanguage.Status == TrackStatus.Running || t.DutchLanguage.Status == TrackStatus.Completed),
                                 Work = g.Count(t => t.Work.Status == TrackStatus.Running || t.Work.Status == TrackStatus.Completed),
                                 Participation = g.Count(t => t.Participation.Status == TrackStatus.Running || t.Participation.Status == TrackStatus.Completed),
                             })
            .ToListAsync(cancellationToken);
        var classes = new ReportTable(
            "by-class", l["Municipality.ByClass"], [l["Municipality.Newcomers"], .. Tracks.Select(k => l[$"Track.Short.{k}"].Value)],
            [.. byClass.OrderBy(c => c.Class).Select(c => new ReportRow(l[$"ObligationClass.{c.Class}"], [
                ReportValue.Count(c.Total), ReportValue.Count(c.Mo), ReportValue.Count(c.Nt2), ReportValue.Count(c.Work), ReportValue.Count(c.Participation)])),
             new ReportRow(l["Reports.Total"], [
                ReportValue.Count(byClass.Sum(c => c.Total)), ReportValue.Count(byClass.Sum(c => c.Mo)), ReportValue.Count(byClass.Sum(c => c.Nt2)),
                ReportValue.Count(byClass.Sum(c => c.Work)), ReportValue.Count(byClass.Sum(c => c.Participation))], IsTotal: true)],
            [], l["Field.ObligationClass"]);

        // Referrals of the municipality's newcomers by track and status: the waiting ones (sent, accepted) and the outcomes.
        var referrals = await (from r in db.Referrals.AsNoTracking().Where(In<Referral>(r => r.NewcomerMunicipality, municipalities))
                               join o in db.Offers on r.OfferId equals o.Id
                               group r by new { o.Track, r.Status } into g
                               select new { g.Key.Track, g.Key.Status, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var statuses = Enum.GetValues<ReferralStatus>();
        var referralTable = new ReportTable(
            "referrals", l["Municipality.Referrals"], [.. statuses.Select(s => l[$"ReferralStatus.{s}"].Value)],
            [.. Tracks.Select(track => new ReportRow(l[$"TrackKind.{track}"], [.. statuses.Select(s => ReportValue.Count(referrals.Where(x => x.Track == track && x.Status == s).Sum(x => x.Count)))])),
             new ReportRow(l["Reports.Total"], [.. statuses.Select(s => ReportValue.Count(referrals.Where(x => x.Status == s).Sum(x => x.Count)))], IsTotal: true)],
            [], l["Field.Track"]);

        // Participation hours that count, by who confirmed them; the sum is hidden when fewer than 5 people have them.
        var hours = await (from a in db.FollowUpActions.AsNoTracking()
                           join t in trajectories on EF.Property<Guid>(a, "TrajectoryId") equals t.Id
                           where a.Type == ActionType.ParticipationActivity && a.Status == ActionStatus.Done && a.HoursConfirmedBy != null
                           group new { a.Hours, t.NewcomerId } by a.HoursConfirmedBy into g
                           select new { By = g.Key, Hours = g.Sum(x => x.Hours), People = g.Select(x => x.NewcomerId).Distinct().Count() })
            .ToListAsync(cancellationToken);
        var hoursTable = new ReportTable(
            "hours", l["Municipality.Hours"], [l["Municipality.HoursConfirmed"], l["Municipality.People"]],
            [.. hours.OrderBy(h => h.By).Select(h => new ReportRow(l[$"Hours.ConfirmerShort.{h.By}"], [HoursValue(h.Hours ?? 0, h.People), ReportValue.Count(h.People)])),
             new ReportRow(l["Reports.Total"], [HoursValue(hours.Sum(h => h.Hours ?? 0), hours.Sum(h => h.People)), ReportValue.Count(hours.Sum(h => h.People))], IsTotal: true)],
            [], l["Municipality.ConfirmedBy"]);

        // Taaloefenkansen in the municipality: offers and places, and referrals to them that took place.
        var practiceOffers = db.Offers.AsNoTracking().Where(In<Offer>(o => o.Municipality, municipalities)).Where(o => o.LanguagePractice);
        var practiceCount = await practiceOffers.CountAsync(cancellationToken);
        var practicePlaces = await practiceOffers.SumAsync(o => o.Places, cancellationToken);
        var used = await db.Referrals.CountAsync(
            r => (r.Status == ReferralStatus.Started || r.Status == ReferralStatus.Attended || r.Status == ReferralStatus.Completed) && practiceOffers.Any(o => o.Id == r.OfferId),
            cancellationToken);
        var practiceTable = new ReportTable(
            "language-practice", l["Municipality.LanguagePractice"], [l["Municipality.Count"]],
            [new ReportRow(l["Municipality.PracticeOffers"], [new ReportValue(ValueKind.Count, practiceCount, false)]),
             new ReportRow(l["Municipality.PracticePlaces"], [new ReportValue(ValueKind.Count, practicePlaces, false)]),
             new ReportRow(l["Municipality.PracticeUsed"], [ReportValue.Count(used)])],
            [], l["Municipality.Figure"]);

        var genders = await newcomers.GroupBy(n => n.Person.Gender).Select(g => new { Gender = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var total = genders.Sum(g => g.Count);
        var genderTable = new ReportTable(
            "gender", l["Municipality.Gender"], [l["Municipality.Newcomers"], l["Reports.Share"]],
            [.. Enum.GetValues<Gender>().Select(gender => GenderRow(gender, genders.Where(g => g.Gender == gender).Sum(g => g.Count)))],
            [], l["Field.Gender"]);

        return [classes, referralTable, hoursTable, practiceTable, genderTable];

        ReportRow GenderRow(Gender gender, int count) => new(l[$"Gender.{gender}"], [ReportValue.Count(count), ReportValue.Percent(count, total)]);
    }

    /// <summary>
    /// One row per area (a regional network, or a municipality of one network) with the main figures: newcomers,
    /// integration trajectories, referrals, completed referrals and confirmed participation hours. Counted per
    /// municipality in SQL (four grouped commands) and added up per area here.
    /// </summary>
    /// <param name="areaOf">The area a municipality counts in, or null to leave it out.</param>
    public static async Task<ReportTable> PerAreaAsync(AppDbContext db, IReadOnlyList<string> municipalities, Func<string, string?> areaOf, IReadOnlyList<string> areas, string rowHeader, IStringLocalizer l, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(areaOf);
        ArgumentNullException.ThrowIfNull(l);
        var newcomers = await db.Newcomers.AsNoTracking().Where(In<Newcomer>(n => EF.Property<string>(n, AppDbContext.HomeMunicipality), municipalities))
            .GroupBy(n => EF.Property<string>(n, AppDbContext.HomeMunicipality)).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var trajectories = db.Trajectories.AsNoTracking().Where(In<Trajectory>(t => t.Municipality, municipalities));
        var started = await trajectories.Where(t => t.Kind == TrajectoryKind.Integration)
            .GroupBy(t => t.Municipality).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var referrals = await db.Referrals.AsNoTracking().Where(In<Referral>(r => r.NewcomerMunicipality, municipalities))
            .GroupBy(r => r.NewcomerMunicipality)
            .Select(g => new { g.Key, Count = g.Count(), Completed = g.Count(r => r.Status == ReferralStatus.Completed) })
            .ToListAsync(cancellationToken);
        var hours = await (from a in db.FollowUpActions.AsNoTracking()
                           join t in trajectories on EF.Property<Guid>(a, "TrajectoryId") equals t.Id
                           where a.Type == ActionType.ParticipationActivity && a.Status == ActionStatus.Done && a.HoursConfirmedBy != null
                           group new { a.Hours, t.NewcomerId } by t.Municipality into g
                           select new { g.Key, Hours = g.Sum(x => x.Hours), People = g.Select(x => x.NewcomerId).Distinct().Count() })
            .ToListAsync(cancellationToken);

        // A person lives in one municipality, so the people with hours add up over the municipalities of an area.
        var figures = areas.ToDictionary(a => a, _ => new decimal[6], StringComparer.Ordinal);
        void Add(string municipality, int index, decimal value)
        {
            if (areaOf(municipality) is { } area && figures.TryGetValue(area, out var row))
            {
                row[index] += value;
            }
        }

        newcomers.ForEach(x => Add(x.Key, 0, x.Count));
        started.ForEach(x => Add(x.Key, 1, x.Count));
        referrals.ForEach(x => { Add(x.Key, 2, x.Count); Add(x.Key, 3, x.Completed); });
        hours.ForEach(x => { Add(x.Key, 4, x.Hours ?? 0); Add(x.Key, 5, x.People); });
        ReportRow Row(string label, decimal[] f, bool total = false) => new(label, [
            ReportValue.Count((int)f[0]), ReportValue.Count((int)f[1]), ReportValue.Count((int)f[2]), ReportValue.Count((int)f[3]), HoursValue(f[4], (int)f[5])], total);
        var sum = new decimal[6];
        foreach (var row in figures.Values)
        {
            for (var i = 0; i < sum.Length; i++)
            {
                sum[i] += row[i];
            }
        }

        return new ReportTable(
            "per-area", l["Municipality.PerArea"],
            [l["Municipality.Newcomers"], l["Municipality.Trajectories"], l["Municipality.ReferralsSent"], l["ReferralStatus.Completed"], l["Municipality.HoursConfirmed"]],
            [.. areas.Select(a => Row(a, figures[a])), Row(l["Reports.Total"], sum, total: true)],
            [0, 1], rowHeader);
    }

    /// <summary>
    /// What the CSV says about the figures before the tables: report, municipality or regional network, when made and
    /// counted. The figures cover every trajectory, whatever its start: there is no period.
    /// </summary>
    public static IReadOnlyList<(string Label, string Value)> Context(IStringLocalizer l, string report, string? municipality, string? network, TimeProvider time, DateTime countedAtUtc)
    {
        ArgumentNullException.ThrowIfNull(l);
        ArgumentNullException.ThrowIfNull(time);
        return
        [
            (l["Reports.Context.Report"], report),
            (l["Municipality.Context.Municipality"], municipality ?? l["Municipality.Context.AllOfNetwork"]),
            (l["Municipality.Context.Network"], network ?? l["Municipality.Context.NoNetwork"]),
            (l["Reports.Context.Period"], l["Reports.Context.AllTime"]),
            (l["Reports.Context.Made"], Format.DateTime(time.GetUtcNow().UtcDateTime, Format.Brussels)),
            (l["Reports.Context.Counted"], Format.DateTime(countedAtUtc, Format.Brussels)),
        ];
    }

    /// <summary>
    /// "column = @m" for one municipality (an index seek), "column IN (@list)" for a network. The values sit in an
    /// object so that EF Core sends them as parameters, one cached plan for every municipality.
    /// </summary>
    private static Expression<Func<T, bool>> In<T>(Expression<Func<T, string>> column, IReadOnlyList<string> municipalities)
    {
        var scope = Expression.Constant(new Scope(municipalities[0], [.. municipalities]));
        Expression test = municipalities.Count == 1
            ? Expression.Equal(column.Body, Expression.Property(scope, nameof(Scope.One)))
            : Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(string)], Expression.Property(scope, nameof(Scope.All)), column.Body);
        return Expression.Lambda<Func<T, bool>>(test, column.Parameters);
    }

    private sealed record Scope(string One, List<string> All);

    /// <summary>Hours are a sum over people: hidden like a count when fewer than 5 people make it up.</summary>
    private static ReportValue HoursValue(decimal hours, int people) => new(ValueKind.Days, hours, people is > 0 and < ReportValue.Threshold);
}
