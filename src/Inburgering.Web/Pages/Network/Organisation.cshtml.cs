using FluentValidation;
using Inburgering.Domain.Partners;
using Inburgering.Domain.Trajectories;
using Inburgering.Web.Infrastructure;
using Inburgering.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Inburgering.Web.Pages.Network;

/// <summary>
/// Adds or changes a partner organisation and lists its offer. A local government keeps only organisations of its own
/// municipality: another one is not found, and a new one belongs to its municipality whatever was posted. A coordinator
/// keeps those in its agency's territory and cannot move one out of it.
/// </summary>
public sealed class OrganisationModel(AppDbContext db, FormWriter writer, IStringLocalizer<SharedResource> localizer) : FormPageModel
{
    public sealed record OfferRow(Guid Id, string Title, TrackKind Track, DateOnly StartsOn, int Places, bool Withdrawn);

    [FromRoute]
    public Guid? OrganisationId { get; set; }

    [BindProperty]
    public OrganisationInput Input { get; set; } = new();

    public IReadOnlyList<OfferRow> Offers { get; private set; } = [];

    /// <summary>A local government's organisations are always in its own municipality.</summary>
    public string? FixedMunicipality => User.IsInRole(Roles.LocalGovernment) ? User.Municipality() : null;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (OrganisationId is null)
        {
            Input.Municipality = FixedMunicipality;
            return Page();
        }

        var organisation = await Find().AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        if (organisation is null)
        {
            return NotFound();
        }

        Input = OrganisationInput.From(organisation);
        await LoadOffersAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var details = Input.ToDetails(FixedMunicipality);
        PartnerOrganisation? organisation = null;
        if (OrganisationId is not null)
        {
            organisation = await Find().SingleOrDefaultAsync(cancellationToken);
            if (organisation is null)
            {
                return NotFound();
            }
        }
        else if (User.IsInRole(Roles.LocalGovernment) && FixedMunicipality is null)
        {
            return NotFound();
        }

        if (!string.IsNullOrWhiteSpace(details.Municipality) && !User.MayKeepIn(details.Municipality))
        {
            ModelState.AddModelError("Input.Municipality", localizer["Network.MunicipalityOutsideAgency", User.Agency() is { } agency ? localizer[$"Agency.{agency}"].Value : string.Empty]);
            return await RedisplayAsync(cancellationToken);
        }

        // The name is unique (partners are told apart by it): said next to the field, not as a failed save.
        var name = details.Name.Trim();
        if (await db.Organisations.AnyAsync(o => o.Name == name && o.Id != OrganisationId, cancellationToken))
        {
            ModelState.AddModelError("Input.Name", localizer["Network.NameTaken"]);
            return await RedisplayAsync(cancellationToken);
        }

        var saved = await writer.SaveAsync(this, () =>
        {
            if (organisation is null)
            {
                organisation = new PartnerOrganisation(Guid.NewGuid(), details);
                db.Organisations.Add(organisation);
            }
            else
            {
                organisation.Change(details);
            }
        }, cancellationToken);
        if (!saved)
        {
            return await RedisplayAsync(cancellationToken);
        }

        TempData[StatusMessage.Key] = localizer["Network.OrganisationSaved"].Value;
        return RedirectToPage("/Network/Organisation", new { organisationId = organisation!.Id });
    }

    public override async Task<IActionResult> RedisplayAsync(CancellationToken cancellationToken)
    {
        if (OrganisationId is not null)
        {
            if (!await Find().AnyAsync(cancellationToken))
            {
                return NotFound();
            }

            await LoadOffersAsync(cancellationToken);
        }

        return Page();
    }

    private IQueryable<PartnerOrganisation> Find() => db.Organisations.ManagedBy(User).Where(o => o.Id == OrganisationId);

    private async Task LoadOffersAsync(CancellationToken cancellationToken) =>
        Offers = await db.Offers.AsNoTracking().Where(o => o.OrganisationId == OrganisationId)
            .OrderBy(o => o.Withdrawn).ThenBy(o => o.StartsOn).ThenBy(o => o.Title)
            .Select(o => new OfferRow(o.Id, o.Title, o.Track, o.StartsOn, o.Places, o.Withdrawn))
            .ToListAsync(cancellationToken);

    public sealed class OrganisationInput
    {
        public string? Name { get; set; }

        public OrganisationKind? Kind { get; set; }

        public string? Municipality { get; set; }

        /// <summary>Further municipalities, separated by commas.</summary>
        public string? MunicipalitiesServed { get; set; }

        public string? ContactName { get; set; }

        public string? Phone { get; set; }

        public string? Email { get; set; }

        public static OrganisationInput From(PartnerOrganisation organisation)
        {
            ArgumentNullException.ThrowIfNull(organisation);
            return new()
            {
                Name = organisation.Name,
                Kind = organisation.Kind,
                Municipality = organisation.Municipality,
                MunicipalitiesServed = string.Join(", ", organisation.MunicipalitiesServed.Skip(1)),
                ContactName = organisation.ContactName,
                Phone = organisation.Phone,
                Email = organisation.Email,
            };
        }

        public OrganisationDetails ToDetails(string? fixedMunicipality) => new()
        {
            Name = Name ?? string.Empty,
            Kind = Kind ?? OrganisationKind.Other,
            Municipality = fixedMunicipality ?? Municipality ?? string.Empty,
            MunicipalitiesServed = (MunicipalitiesServed ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
            ContactName = ContactName,
            Phone = Phone,
            Email = Email,
        };
    }

    public sealed class OrganisationInputValidator : AbstractValidator<OrganisationInput>
    {
        public OrganisationInputValidator(IStringLocalizer<SharedResource> localizer)
        {
            RuleFor(x => x.Name).NotEmpty().MaximumLength(OrganisationDetails.NameMaxLength);
            RuleFor(x => x.Kind).NotNull().IsInEnum();
            RuleFor(x => x.MunicipalitiesServed).MaximumLength(PartnerOrganisation.ServedMaxLength - OrganisationDetails.TextMaxLength);
            RuleFor(x => x.ContactName).MaximumLength(OrganisationDetails.TextMaxLength);
            RuleFor(x => x.Phone).MaximumLength(30);
            RuleFor(x => x.Email).MaximumLength(OrganisationDetails.TextMaxLength)
                .EmailAddress().WithMessage(_ => localizer["Error.EmailInvalid"]);
        }
    }
}
