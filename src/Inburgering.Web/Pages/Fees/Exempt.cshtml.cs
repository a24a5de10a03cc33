using FluentValidation;
using Inburgering.Domain.History;
using Inburgering.Domain.Trajectories;
using Inburgering.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Inburgering.Web.Pages.Fees;

/// <summary>Records why the newcomer pays no contribution for MO and NT2: a category and the case worker's reason.</summary>
public sealed class ExemptModel(AppDbContext db, FormWriter writer, IStringLocalizer<SharedResource> localizer, TimeProvider time) : FeePage(db, time)
{
    [BindProperty]
    public ExemptionInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var region = Newcomer!.FeeRegion(Trajectory!);
        return await writer.SaveAsync(this, () => Trajectory!.ExemptFromFee(Input.Exemption!.Value, Input.Reason ?? string.Empty, region), cancellationToken)
            ? BackToDossier(localizer["Fees.ExemptionSaved"])
            : Page();
    }

    public sealed class ExemptionInput
    {
        public FeeExemption? Exemption { get; set; }

        public string? Reason { get; set; }
    }

    public sealed class ExemptionValidator : AbstractValidator<ExemptionInput>
    {
        public ExemptionValidator(IStringLocalizer<SharedResource> localizer)
        {
            RuleFor(x => x.Exemption).NotNull().IsInEnum();
            RuleFor(x => x.Reason).NotEmpty().WithMessage(_ => localizer["Error.ReasonRequired"]).MaximumLength(DossierEvent.DetailMaxLength);
        }
    }
}
