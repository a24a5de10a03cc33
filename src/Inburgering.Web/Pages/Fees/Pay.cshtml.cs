using FluentValidation;
using Inburgering.Domain.Trajectories;
using Inburgering.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Inburgering.Web.Pages.Fees;

/// <summary>Records a payment of the contribution for MO or NT2: its real date and amount, never more than is still due.</summary>
public sealed class PayModel(AppDbContext db, FormWriter writer, IStringLocalizer<SharedResource> localizer, TimeProvider time) : FeePage(db, time)
{
    [BindProperty]
    public PaymentInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Input = new PaymentInput { PaidOn = Time.Today() };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var region = Newcomer!.FeeRegion(Trajectory!);
        return await writer.SaveAsync(this, () => Trajectory!.RecordFeePayment(Input.Part!.Value, Input.PaidOn!.Value, Input.Amount!.Value, region, Time.Today()), cancellationToken)
            ? BackToDossier(localizer["Fees.PaymentSaved"])
            : Page();
    }

    public sealed class PaymentInput
    {
        public TrackKind? Part { get; set; }

        public DateOnly? PaidOn { get; set; }

        /// <summary>Whole euros, as the agencies invoice them.</summary>
        public int? Amount { get; set; }
    }

    public sealed class PaymentValidator : AbstractValidator<PaymentInput>
    {
        public PaymentValidator(IStringLocalizer<SharedResource> localizer, TimeProvider time)
        {
            RuleFor(x => x.Part).NotNull()
                .Must(p => p is TrackKind.SocialOrientation or TrackKind.DutchLanguage).WithMessage(_ => localizer["Error.FeePartInvalid"]);
            RuleFor(x => x.PaidOn).NotNull().LessThanOrEqualTo(time.Today()).WithMessage(_ => localizer["Error.FeePaidInFuture"]);
            RuleFor(x => x.Amount).NotNull().GreaterThan(0);
        }
    }
}
