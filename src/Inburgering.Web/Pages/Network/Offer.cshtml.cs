using FluentValidation;
using Inburgering.Domain.Partners;
using Inburgering.Domain.Trajectories;
using Inburgering.Web.Infrastructure;
using Inburgering.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Inburgering.Web.Pages.Network;

/// <summary>Publishes or changes one offer of an organisation the user keeps (admin: any; local government: its own).</summary>
public sealed class OfferModel(AppDbContext db, FormWriter writer, IStringLocalizer<SharedResource> localizer, TimeProvider time) : FormPageModel
{
    [FromRoute]
    public Guid OrganisationId { get; set; }

    [FromRoute]
    public Guid? OfferId { get; set; }

    [BindProperty]
    public OfferInput Input { get; set; } = new();

    public string OrganisationName { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await OrganisationAsync(cancellationToken) is not { } organisation)
        {
            return NotFound();
        }

        if (OfferId is null)
        {
            Input = new() { Municipality = organisation.Municipality, StartsOn = time.Today(), Schedule = [OfferSchedule.Daytime] };
            return Page();
        }

        var offer = await FindOffer().AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        if (offer is null)
        {
            return NotFound();
        }

        Input = OfferInput.From(offer);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await OrganisationAsync(cancellationToken) is null)
        {
            return NotFound();
        }

        Offer? offer = null;
        if (OfferId is not null && (offer = await FindOffer().SingleOrDefaultAsync(cancellationToken)) is null)
        {
            return NotFound();
        }

        var details = Input.ToDetails();
        var saved = await writer.SaveAsync(this, () =>
        {
            if (offer is null)
            {
                offer = new Offer(Guid.NewGuid(), OrganisationId, details);
                db.Offers.Add(offer);
            }
            else
            {
                offer.Change(details);
            }

            if (Input.Withdrawn)
            {
                offer.Withdraw();
            }
            else
            {
                offer.Reopen();
            }
        }, cancellationToken);
        if (!saved)
        {
            return Page();
        }

        TempData[StatusMessage.Key] = localizer["Network.OfferSaved"].Value;
        return RedirectToPage("/Network/Organisation", new { organisationId = OrganisationId });
    }

    public override async Task<IActionResult> RedisplayAsync(CancellationToken cancellationToken) =>
        await OrganisationAsync(cancellationToken) is null ? NotFound() : Page();

    private async Task<PartnerOrganisation?> OrganisationAsync(CancellationToken cancellationToken)
    {
        var organisation = await db.Organisations.AsNoTracking().ManagedBy(User).SingleOrDefaultAsync(o => o.Id == OrganisationId, cancellationToken);
        OrganisationName = organisation?.Name ?? string.Empty;
        return organisation;
    }

    private IQueryable<Offer> FindOffer() => db.Offers.Where(o => o.Id == OfferId && o.OrganisationId == OrganisationId);

    public sealed class OfferInput
    {
        public string? Title { get; set; }

        public TrackKind? Track { get; set; }

        public CefrLevel DutchLevel { get; set; }

        public List<OfferSchedule> Schedule { get; set; } = [];

        public bool ChildcareOnSite { get; set; }

        public string? ContactLanguage { get; set; }

        public int? Places { get; set; }

        public DateOnly? StartsOn { get; set; }

        public string? Location { get; set; }

        public string? Municipality { get; set; }

        public bool LanguagePractice { get; set; }

        public bool ParticipationActivity { get; set; }

        public bool ForLiteracyLearners { get; set; }

        public bool Withdrawn { get; set; }

        public static OfferInput From(Offer offer)
        {
            ArgumentNullException.ThrowIfNull(offer);
            return new()
            {
                Title = offer.Title,
                Track = offer.Track,
                DutchLevel = offer.DutchLevel ?? CefrLevel.None,
                Schedule = [.. Enum.GetValues<OfferSchedule>().Where(s => s != OfferSchedule.None && offer.Schedule.HasFlag(s))],
                ChildcareOnSite = offer.ChildcareOnSite,
                ContactLanguage = offer.ContactLanguage,
                Places = offer.Places,
                StartsOn = offer.StartsOn,
                Location = offer.Location,
                Municipality = offer.Municipality,
                LanguagePractice = offer.LanguagePractice,
                ParticipationActivity = offer.ParticipationActivity,
                ForLiteracyLearners = offer.ForLiteracyLearners,
                Withdrawn = offer.Withdrawn,
            };
        }

        public OfferDetails ToDetails() => new()
        {
            Title = Title ?? string.Empty,
            Track = Track ?? throw new InvalidOperationException("Validated input has a track."),
            DutchLevel = DutchLevel,
            Schedule = Schedule.Aggregate(OfferSchedule.None, (all, s) => all | s),
            ChildcareOnSite = ChildcareOnSite,
            ContactLanguage = ContactLanguage,
            Places = Places ?? 0,
            StartsOn = StartsOn ?? throw new InvalidOperationException("Validated input has a start date."),
            Location = Location ?? string.Empty,
            Municipality = Municipality ?? string.Empty,
            LanguagePractice = LanguagePractice,
            ParticipationActivity = ParticipationActivity,
            ForLiteracyLearners = ForLiteracyLearners,
        };
    }

    public sealed class OfferInputValidator : AbstractValidator<OfferInput>
    {
        public OfferInputValidator(IStringLocalizer<SharedResource> localizer)
        {
            RuleFor(x => x.Title).NotEmpty().MaximumLength(OfferDetails.TitleMaxLength);
            RuleFor(x => x.Track).NotNull().IsInEnum();
            RuleFor(x => x.DutchLevel).IsInEnum();
            RuleFor(x => x.Schedule).NotEmpty().WithMessage(_ => localizer["Error.ScheduleRequired"]);
            RuleForEach(x => x.Schedule).IsInEnum();
            RuleFor(x => x.ContactLanguage).MaximumLength(OfferDetails.TextMaxLength);
            RuleFor(x => x.Places).NotNull().InclusiveBetween(0, OfferDetails.MaxPlaces)
                .WithMessage(_ => localizer["Error.PlacesOutOfRange", OfferDetails.MaxPlaces]);
            RuleFor(x => x.StartsOn).NotNull();
            RuleFor(x => x.Location).NotEmpty().MaximumLength(OfferDetails.TextMaxLength);
            RuleFor(x => x.Municipality).NotEmpty().MaximumLength(OfferDetails.TextMaxLength);
        }
    }
}
