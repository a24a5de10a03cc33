using FluentValidation;
using Inburgering.Domain.Partners;
using Inburgering.Domain.Trajectories;
using Inburgering.Web.Infrastructure;
using Inburgering.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Inburgering.Web.Pages.Referrals;

/// <summary>
/// Refers the newcomer to one offer: the newcomer's consent is recorded, and the partner receives their name plus only
/// what the case worker ticks here (a copy; the partner never reads the dossier).
/// </summary>
public sealed class SendModel(AppDbContext db, FormWriter writer, IStringLocalizer<SharedResource> localizer, TimeProvider time) : DossierPageModel
{
    public sealed record OfferView(string Title, string Organisation, string Location, string Municipality, DateOnly StartsOn, TrackKind Track);

    [FromRoute]
    public Guid OfferId { get; set; }

    [BindProperty]
    public ReferralInput Input { get; set; } = new();

    public OfferView Offer { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadOfferAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var offer = await db.Offers.AsNoTracking().SingleOrDefaultAsync(o => o.Id == OfferId, cancellationToken);
        if (offer is null || !await LoadOfferAsync(cancellationToken))
        {
            return NotFound();
        }

        var person = await db.Newcomers.AsNoTracking().Where(n => n.Id == Dossier.Id)
            .Select(n => new
            {
                n.Person,
                n.Agency,
                // Scalars, not a row: SQLite has no lateral join, so a row would be numbered over every trajectory.
                NeedsChildcare = db.Trajectories.Where(t => t.NewcomerId == n.Id && t.Kind == TrajectoryKind.Integration)
                    .Select(t => (bool?)t.Intake.NeedsChildcare).FirstOrDefault(),
                LevelReached = db.Trajectories.Where(t => t.NewcomerId == n.Id && t.Kind == TrajectoryKind.Integration)
                    .Select(t => (CefrLevel?)t.DutchLanguage.LevelReached).FirstOrDefault(),
            })
            .SingleAsync(cancellationToken);
        var shared = new SharedData
        {
            FullName = person.Person.FullName,
            Phone = Input.SharePhone ? person.Person.Phone : null,
            Email = Input.ShareEmail ? person.Person.Email : null,
            Languages = Input.ShareLanguages ? person.Person.Languages : null,
            DutchLevel = Input.ShareDutchLevel ? person.LevelReached : null,
            NeedsChildcare = Input.ShareDutchLevel && (person.NeedsChildcare ?? false),
        };
        var saved = await writer.SaveAsync(this, () => db.Referrals.Add(Referral.Send(
            Dossier.Id, offer, User.UserId(), User.DisplayName(), person.Agency, person.Person.Municipality, shared, Input.Consent, Input.Message, time.Today())), cancellationToken);
        return saved ? BackToDossier(localizer["Referral.Sent", Offer.Organisation], "referrals") : Page();
    }

    public override async Task<IActionResult> RedisplayAsync(CancellationToken cancellationToken) =>
        await LoadOfferAsync(cancellationToken) ? Page() : NotFound();

    private async Task<bool> LoadOfferAsync(CancellationToken cancellationToken)
    {
        var offer = await (from o in db.Offers.AsNoTracking()
                           join g in db.Organisations on o.OrganisationId equals g.Id
                           where o.Id == OfferId && !o.Withdrawn
                           select new OfferView(o.Title, g.Name, o.Location, o.Municipality, o.StartsOn, o.Track))
            .SingleOrDefaultAsync(cancellationToken);
        Offer = offer!;
        return offer is not null;
    }

    public sealed class ReferralInput
    {
        /// <summary>The newcomer agreed to this referral and to the data shared with the organisation.</summary>
        public bool Consent { get; set; }

        public bool SharePhone { get; set; }

        public bool ShareEmail { get; set; }

        public bool ShareLanguages { get; set; }

        /// <summary>The Dutch level reached and the need for childcare.</summary>
        public bool ShareDutchLevel { get; set; }

        public string? Message { get; set; }
    }

    public sealed class ReferralInputValidator : AbstractValidator<ReferralInput>
    {
        public ReferralInputValidator(IStringLocalizer<SharedResource> localizer)
        {
            RuleFor(x => x.Consent).Equal(true).WithMessage(_ => localizer["Error.ConsentRequired"]);
            RuleFor(x => x.Message).MaximumLength(Referral.MessageMaxLength);
        }
    }
}
