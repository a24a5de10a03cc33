using FluentValidation;
using Inburgering.Domain.Rules;
using Inburgering.Web.Infrastructure;
using Inburgering.Web.Pages.Actions;
using Inburgering.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Inburgering.Web.Pages.Partners;

/// <summary>
/// The organisation confirms hours the person took part: the signed proof of the participation track. Saved on the
/// referral and, in the same transaction, as a confirmed participation activity on the trajectory, where they count.
/// </summary>
public sealed class HoursModel(AppDbContext db, FormWriter writer, IStringLocalizer<SharedResource> localizer, TimeProvider time) : FormPageModel
{
    [FromRoute]
    public Guid ReferralId { get; set; }

    [BindProperty]
    public HoursInput Input { get; set; } = new();

    public PartnerReferralView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Input.Date = time.Today();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var referral = await db.Referrals.ReceivedBy(User).SingleOrDefaultAsync(r => r.Id == ReferralId, cancellationToken);
        if (referral is null || !await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var offer = await db.Offers.SingleAsync(o => o.Id == referral.OfferId, cancellationToken);
        var trajectory = await db.LoadTrajectoryAsync(referral.NewcomerId, null, cancellationToken);
        if (trajectory is null)
        {
            ModelState.AddModelError(string.Empty, localizer["Partner.NoTrajectory"]);
            return Page();
        }

        var hours = Input.ParsedHours!.Value;
        var today = time.Today();
        var saved = await writer.SaveAsync(this, () =>
        {
            referral.ConfirmHours(offer, hours, Input.Date!.Value, today);
            trajectory.RecordConfirmedParticipation(referral.Id, View.Organisation, hours, Input.Date!.Value, today);
        }, cancellationToken);
        if (!saved)
        {
            return Page();
        }

        TempData[StatusMessage.Key] = localizer["Partner.HoursConfirmed", Localization.Format.Hours(hours)].Value;
        return RedirectToPage("/Partners/Referral", new { referralId = ReferralId });
    }

    public override async Task<IActionResult> RedisplayAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var view = await PartnerReferralQuery.LoadAsync(db, User, ReferralId, cancellationToken);
        View = view!;
        return view is not null;
    }

    public sealed class HoursInput
    {
        /// <summary>As typed: "2,5" and "2.5" both mean two and a half hours.</summary>
        public string? Hours { get; set; }

        public decimal? ParsedHours => ActionInput.ParseHours(Hours);

        public DateOnly? Date { get; set; }
    }

    public sealed class HoursInputValidator : AbstractValidator<HoursInput>
    {
        public HoursInputValidator(IStringLocalizer<SharedResource> localizer, TimeProvider time)
        {
            RuleFor(x => x.Hours).Must(text => ActionInput.ParseHours(text) is > 0 and <= ParticipationRule.MaxHoursPerActivity)
                .WithMessage(_ => localizer["Error.HoursOutOfRange", ParticipationRule.MaxHoursPerActivity]);
            RuleFor(x => x.Date).NotNull().LessThanOrEqualTo(time.Today()).WithMessage(_ => localizer["Error.DateInFuture"]);
        }
    }
}
