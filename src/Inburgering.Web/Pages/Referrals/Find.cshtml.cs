using Inburgering.Domain.Partners;
using Inburgering.Domain.Trajectories;
using Inburgering.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Web.Pages.Referrals;

/// <summary>
/// Finds the offer that fits this person: the track, their municipality (offers there or organisations serving it), the
/// times they are available, childcare, the Dutch level and the contact language; with the free places. Two SQL
/// commands whatever the size of the offer (the person's facts, then one page of offers with their taken places).
/// </summary>
public sealed class FindModel(AppDbContext db) : DossierPageModel
{
    public const int MaxRows = 50;

    public sealed record OfferRow(
        Guid Id, string Title, string Organisation, string Location, string Municipality, OfferSchedule Schedule, bool ChildcareOnSite,
        string? ContactLanguage, CefrLevel? DutchLevel, DateOnly StartsOn, int Places, int Taken, bool LanguagePractice, bool ParticipationActivity)
    {
        public int Free => Math.Max(0, Places - Taken);
    }

    [BindProperty(SupportsGet = true)]
    public TrackKind Track { get; set; } = TrackKind.Participation;

    [BindProperty(SupportsGet = true)]
    public string? Municipality { get; set; }

    [BindProperty(SupportsGet = true)]
    public List<OfferSchedule> Schedule { get; set; } = [];

    [BindProperty(SupportsGet = true)]
    public bool Childcare { get; set; }

    [BindProperty(SupportsGet = true)]
    public CefrLevel Level { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Language { get; set; }

    /// <summary>Set once the form was submitted; before, the filter is filled from the intake.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Search { get; set; }

    public IReadOnlyList<OfferRow> Offers { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!Search)
        {
            // From the trajectories side: a subquery per newcomer made EF Core number every trajectory (3 s at 100,000).
            var facts = await (from n in db.Newcomers.AsNoTracking()
                               where n.Id == Dossier.Id
                               from t in db.Trajectories.Where(t => t.NewcomerId == n.Id && t.Kind == TrajectoryKind.Integration).DefaultIfEmpty()
                               select new { n.Person.Municipality, Availability = (Availability?)t!.Intake.Availability, NeedsChildcare = (bool?)t!.Intake.NeedsChildcare })
                .FirstAsync(cancellationToken);
            Municipality = facts.Municipality;
            Childcare = facts.NeedsChildcare ?? false;
            var availability = (OfferSchedule)(int)(facts.Availability ?? Availability.None);
            Schedule = [.. Enum.GetValues<OfferSchedule>().Where(s => s != OfferSchedule.None && availability.HasFlag(s))];
        }

        Offers = await FindAsync(cancellationToken);
        return Page();
    }

    private Task<List<OfferRow>> FindAsync(CancellationToken cancellationToken)
    {
        var schedule = Schedule.Aggregate(OfferSchedule.None, (all, s) => all | s);
        var offers = db.Offers.AsNoTracking().Where(o => !o.Withdrawn && o.Track == Track);
        if (!string.IsNullOrWhiteSpace(Municipality))
        {
            var municipality = Municipality.Trim();
            var served = PartnerOrganisation.ServedKey(municipality);
            offers = offers.Where(o => o.Municipality == municipality
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

        if (Track == TrackKind.DutchLanguage && Level != CefrLevel.None)
        {
            var level = Level;
            offers = offers.Where(o => o.DutchLevel == level);
        }

        if (!string.IsNullOrWhiteSpace(Language))
        {
            var language = Language.Trim();
            offers = offers.Where(o => o.ContactLanguage != null && o.ContactLanguage.Contains(language));
        }

        return (from o in offers
                join g in db.Organisations on o.OrganisationId equals g.Id
                orderby o.StartsOn, o.Title, o.Id
                select new OfferRow(
                    o.Id, o.Title, g.Name, o.Location, o.Municipality, o.Schedule, o.ChildcareOnSite, o.ContactLanguage, o.DutchLevel, o.StartsOn, o.Places,
                    db.Referrals.Count(r => r.OfferId == o.Id && (r.Status == ReferralStatus.Accepted || r.Status == ReferralStatus.Started)),
                    o.LanguagePractice, o.ParticipationActivity))
            .Take(MaxRows)
            .ToListAsync(cancellationToken);
    }
}
