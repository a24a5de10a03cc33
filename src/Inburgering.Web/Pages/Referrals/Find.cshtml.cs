using System.Linq.Expressions;
using Inburgering.Domain.Organisation;
using Inburgering.Domain.Partners;
using Inburgering.Domain.Trajectories;
using Inburgering.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Web.Pages.Referrals;

/// <summary>
/// Finds the offer that fits this person: the track, how near to their municipality (an administrative radius by NIS
/// code: municipality, arrondissement, province; organisations that serve the municipality always count), the times
/// they are available, childcare, reading and writing, the Dutch level and the contact languages; with the free places.
/// The filter starts from the plan and the intake, and the case worker changes it. Two SQL commands whatever the size
/// of the offer (the person's facts, then one page of offers with their taken places).
/// </summary>
public sealed class FindModel(AppDbContext db) : DossierPageModel
{
    public const int MaxRows = 50;

    public sealed record OfferRow(
        Guid Id, string Title, string Organisation, string Location, string Municipality, string? NisCode, bool Serves, OfferSchedule Schedule,
        bool ChildcareOnSite, string? ContactLanguage, CefrLevel? DutchLevel, DateOnly StartsOn, int Places, int Taken, bool LanguagePractice,
        bool ParticipationActivity, bool ForLiteracyLearners)
    {
        public int Free => Math.Max(0, Places - Taken);
    }

    [BindProperty(SupportsGet = true)]
    public TrackKind Track { get; set; } = TrackKind.Participation;

    [BindProperty(SupportsGet = true)]
    public string? Municipality { get; set; }

    [BindProperty(SupportsGet = true)]
    public AdministrativeRadius Radius { get; set; } = AdministrativeRadius.Municipality;

    [BindProperty(SupportsGet = true)]
    public List<OfferSchedule> Schedule { get; set; } = [];

    [BindProperty(SupportsGet = true)]
    public bool Childcare { get; set; }

    /// <summary>Only offers for people who cannot (yet) read or write.</summary>
    [BindProperty(SupportsGet = true)]
    public bool LiteracyLearner { get; set; }

    [BindProperty(SupportsGet = true)]
    public CefrLevel Level { get; set; }

    /// <summary>One or more languages, separated by commas: an offer in any of them fits.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Language { get; set; }

    /// <summary>Set once the form was submitted; before, the filter is filled from the plan and the intake.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Search { get; set; }

    public IReadOnlyList<OfferRow> Offers { get; private set; } = [];

    /// <summary>The chosen municipality when it is on the list (the radius needs its NIS code).</summary>
    public Domain.Organisation.Municipality? Place => Domain.Organisation.Municipalities.Find(Municipality);

    /// <summary>How near an offer is to the chosen municipality, for the label on each result.</summary>
    public AdministrativeRadius Nearness(OfferRow offer)
    {
        ArgumentNullException.ThrowIfNull(offer);
        return offer.Serves || string.Equals(offer.Municipality, Municipality?.Trim(), StringComparison.OrdinalIgnoreCase)
            ? AdministrativeRadius.Municipality
            : Place?.RadiusOf(offer.NisCode) ?? AdministrativeRadius.Anywhere;
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!Search)
        {
            await PrefillAsync(cancellationToken);
        }

        Offers = await FindAsync(cancellationToken);
        return Page();
    }

    /// <summary>The filter a case worker would set: the track the plan is working on, the next Dutch level, the intake's facts.</summary>
    private async Task PrefillAsync(CancellationToken cancellationToken)
    {
        // From the trajectories side: a subquery per newcomer made EF Core number every trajectory (3 s at 100,000).
        var facts = await (from n in db.Newcomers.AsNoTracking()
                           where n.Id == Dossier.Id
                           from t in db.Trajectories.Where(t => t.NewcomerId == n.Id && t.Kind == TrajectoryKind.Integration).DefaultIfEmpty()
                           select new
                           {
                               n.Person.Municipality,
                               n.Person.Languages,
                               Availability = (Availability?)t!.Intake.Availability,
                               NeedsChildcare = (bool?)t!.Intake.NeedsChildcare,
                               Literacy = (Literacy?)t!.Intake.Literacy,
                               IntakeLevel = (CefrLevel?)t!.Intake.DutchLevel,
                               Profile = (LearnerProfile?)t!.DutchLanguage.Profile,
                               LevelReached = (CefrLevel?)t!.DutchLanguage.LevelReached,
                               Participation = (TrackStatus?)t!.Participation.Status,
                               Dutch = (TrackStatus?)t!.DutchLanguage.Status,
                               Work = (TrackStatus?)t!.Work.Status,
                               SocialOrientation = (TrackStatus?)t!.SocialOrientation.Status,
                           })
            .FirstAsync(cancellationToken);
        Municipality = facts.Municipality;
        Childcare = facts.NeedsChildcare ?? false;
        var availability = (OfferSchedule)(int)(facts.Availability ?? Availability.None);
        Schedule = [.. Enum.GetValues<OfferSchedule>().Where(s => s != OfferSchedule.None && availability.HasFlag(s))];
        LiteracyLearner = facts.Literacy == Literacy.LearningToReadAndWrite || facts.Profile == LearnerProfile.LearningToReadAndWrite;

        // The participation track is where the network's offer mostly helps; then the other running tracks.
        (TrackKind Kind, TrackStatus? Status)[] tracks =
            [(TrackKind.Participation, facts.Participation), (TrackKind.DutchLanguage, facts.Dutch), (TrackKind.Work, facts.Work), (TrackKind.SocialOrientation, facts.SocialOrientation)];
        Track = tracks.FirstOrDefault(t => t.Status == TrackStatus.Running, (TrackKind.Participation, null)).Kind;

        // The next level to learn, from what the exams or the intake showed.
        var known = (CefrLevel)Math.Max((int)(facts.LevelReached ?? CefrLevel.None), (int)(facts.IntakeLevel ?? CefrLevel.None));
        Level = known < CefrLevel.B2 ? known + 1 : CefrLevel.B2;

        // A Dutch course is taught in Dutch; elsewhere Dutch (the trajectory's language) or one the person speaks.
        if (Track != TrackKind.DutchLanguage && !string.IsNullOrWhiteSpace(facts.Languages))
        {
            Language = string.Join(", ", SplitLanguages("Nederlands, " + facts.Languages));
        }
    }

    private Task<List<OfferRow>> FindAsync(CancellationToken cancellationToken)
    {
        var schedule = Schedule.Aggregate(OfferSchedule.None, (all, s) => all | s);
        var offers = db.Offers.AsNoTracking().Where(o => !o.Withdrawn && o.Track == Track);
        var name = Municipality?.Trim() ?? string.Empty;
        var served = PartnerOrganisation.ServedKey(name);
        var place = Place;
        var (code, arrondissement) = (place?.NisCode ?? "-", place?.Arrondissement ?? "-");
        var (province, province2) = place is null ? ("-", "-") : (place.CodePrefixes(AdministrativeRadius.Province)[0], place.CodePrefixes(AdministrativeRadius.Province)[^1]);
        if (name.Length > 0 && (Radius != AdministrativeRadius.Anywhere || place is null))
        {
            // A place off the list has no code: only its own offers and the organisations that serve it.
            var prefixes = place?.CodePrefixes(Radius) ?? [];
            var (first, last) = prefixes.Count > 0 ? (prefixes[0], prefixes[^1]) : ("-", "-");
            offers = offers.Where(o => o.Municipality == name
                || (o.NisCode != null && (o.NisCode.StartsWith(first) || o.NisCode.StartsWith(last)))
                || db.Organisations.Any(g => g.Id == o.OrganisationId && EF.Property<string>(g, PartnerOrganisationColumns.Served).Contains(served)));
        }

        if (schedule != OfferSchedule.None)
        {
            offers = offers.Where(o => (o.Schedule & schedule) != OfferSchedule.None);
        }

        if (Childcare)
        {
            offers = offers.Where(o => o.ChildcareOnSite);
        }

        if (LiteracyLearner)
        {
            offers = offers.Where(o => o.ForLiteracyLearners);
        }

        if (Track == TrackKind.DutchLanguage && Level != CefrLevel.None)
        {
            var level = Level;
            offers = offers.Where(o => o.DutchLevel == level);
        }

        if (SplitLanguages(Language).ToList() is { Count: > 0 } languages)
        {
            offers = offers.Where(SpeaksAnyOf(languages));
        }

        // Nearest first (same municipality or served, arrondissement, province), then the earliest start.
        return (from o in offers
                join g in db.Organisations on o.OrganisationId equals g.Id
                let serves = EF.Property<string>(g, PartnerOrganisationColumns.Served).Contains(served)
                let nearness = serves || o.Municipality == name || o.NisCode == code ? 0
                    : o.NisCode != null && o.NisCode.StartsWith(arrondissement) ? 1
                    : o.NisCode != null && (o.NisCode.StartsWith(province) || o.NisCode.StartsWith(province2)) ? 2 : 3
                orderby nearness, o.StartsOn, o.Title, o.Id
                select new OfferRow(
                    o.Id, o.Title, g.Name, o.Location, o.Municipality, o.NisCode, serves, o.Schedule, o.ChildcareOnSite, o.ContactLanguage, o.DutchLevel,
                    o.StartsOn, o.Places,
                    db.Referrals.Count(r => r.OfferId == o.Id && (r.Status == ReferralStatus.Accepted || r.Status == ReferralStatus.Started)),
                    o.LanguagePractice, o.ParticipationActivity, o.ForLiteracyLearners))
            .Take(MaxRows)
            .ToListAsync(cancellationToken);
    }

    private static IEnumerable<string> SplitLanguages(string? text) =>
        (text ?? string.Empty).Split([',', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Take(10)
            .Distinct(StringComparer.OrdinalIgnoreCase);

    /// <summary>ContactLanguage contains one of <paramref name="languages"/>: one OR of parameters, so every database runs it alike.</summary>
    private static Expression<Func<Offer, bool>> SpeaksAnyOf(IReadOnlyList<string> languages)
    {
        var offer = Expression.Parameter(typeof(Offer), "o");
        var contact = Expression.Property(offer, nameof(Offer.ContactLanguage));
        var contains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;
        Expression any = Expression.Constant(false);
        foreach (var language in languages)
        {
            // A member of a closure object, not a constant: EF Core sends it as a parameter.
            var value = Expression.Property(Expression.Constant(new LanguageValue(language)), nameof(LanguageValue.Value));
            any = Expression.OrElse(any, Expression.Call(contact, contains, value));
        }

        var hasContact = Expression.NotEqual(contact, Expression.Constant(null, typeof(string)));
        return Expression.Lambda<Func<Offer, bool>>(Expression.AndAlso(hasContact, any), offer);
    }

    private sealed record LanguageValue(string Value);
}
