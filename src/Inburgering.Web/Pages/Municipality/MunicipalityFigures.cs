using Inburgering.Domain.Newcomers;
using Inburgering.Domain.Partners;
using Inburgering.Domain.Trajectories;
using Inburgering.Web.Pages.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Inburgering.Web.Pages.Municipality;

/// <summary>
/// The local government's figures for its own municipality (the regierol): newcomers by class and track, referrals and
/// their outcome, confirmed participation hours, taaloefenkansen offered and used, gender. Counted in SQL by group,
/// seven commands whatever the size; no names; a count of 1 to 4 shows as "&lt;5" (<see cref="ReportValue"/>).
/// </summary>
public static class MunicipalityFigures
{
    private static readonly TrackKind[] Tracks = Enum.GetValues<TrackKind>();

    public static async Task<IReadOnlyList<ReportTable>> CountAsync(AppDbContext db, string municipality, IStringLocalizer l, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(l);
        var newcomers = db.Newcomers.AsNoTracking().Where(n => n.Person.Municipality == municipality);

        // Newcomers by class at the contract and the tracks they started (a track running or completed).
        var byClass = await (from t in db.Trajectories.AsNoTracking()
                             join n in newcomers on t.NewcomerId equals n.Id
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
        var referrals = await (from r in db.Referrals.AsNoTracking()
                               join o in db.Offers on r.OfferId equals o.Id
                               where r.NewcomerMunicipality == municipality
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
                           join t in db.Trajectories on EF.Property<Guid>(a, "TrajectoryId") equals t.Id
                           join n in newcomers on t.NewcomerId equals n.Id
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
        var practiceOffers = db.Offers.AsNoTracking().Where(o => o.LanguagePractice && o.Municipality == municipality);
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

    /// <summary>Hours are a sum over people: hidden like a count when fewer than 5 people make it up.</summary>
    private static ReportValue HoursValue(decimal hours, int people) => new(ValueKind.Days, hours, people is > 0 and < ReportValue.Threshold);
}
