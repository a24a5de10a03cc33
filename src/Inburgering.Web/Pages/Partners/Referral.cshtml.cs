using FluentValidation;
using Inburgering.Data.Audit;
using Inburgering.Domain.Partners;
using Inburgering.Web.Infrastructure;
using Inburgering.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Inburgering.Web.Pages.Partners;

/// <summary>
/// One referral for the partner: the data shared with it, the case worker's message, the steps so far, and the answer
/// (accept, refuse with a reason) or the next step (started, attended, completed with a result, dropped out, no-show).
/// A referral of another organisation is not found. Showing it is recorded in the person's access log.
/// </summary>
public sealed class ReferralModel(AppDbContext db, FormWriter writer, AccessRecorder recorder, IStringLocalizer<SharedResource> localizer, TimeProvider time) : FormPageModel
{
    [FromRoute]
    public Guid ReferralId { get; set; }

    [BindProperty]
    public MoveInput Input { get; set; } = new();

    public PartnerReferralView View { get; private set; } = null!;

    public IReadOnlyList<ReferralStatus> Next => Domain.Partners.Referral.NextFrom(View.Status);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        await recorder.RecordAsync(User, AccessKind.Referral, View.NewcomerId, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var referral = await db.Referrals.ReceivedBy(User).Include(r => r.Steps).SingleOrDefaultAsync(r => r.Id == ReferralId, cancellationToken);
        if (referral is null)
        {
            return NotFound();
        }

        var organisation = await db.Organisations.Where(o => o.Id == referral.OrganisationId).Select(o => o.Name).SingleAsync(cancellationToken);
        var status = Input.Status!.Value;
        if (await writer.SaveAsync(this, () => referral.MoveTo(status, ReferralActor.Partner, $"{User.DisplayName()} ({organisation})", Input.Note, time.Today()), cancellationToken))
        {
            TempData[StatusMessage.Key] = localizer["Partner.Moved", localizer[$"ReferralStatus.{status}"]].Value;
            return RedirectToPage("/Partners/Referral", new { referralId = ReferralId });
        }

        return await RedisplayAsync(cancellationToken);
    }

    public override async Task<IActionResult> RedisplayAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var view = await PartnerReferralQuery.LoadAsync(db, User, ReferralId, cancellationToken);
        View = view!;
        return view is not null;
    }

    public sealed class MoveInput
    {
        public ReferralStatus? Status { get; set; }

        /// <summary>The reason of a refusal, or the result (e.g. the exam level reached).</summary>
        public string? Note { get; set; }
    }

    public sealed class MoveInputValidator : AbstractValidator<MoveInput>
    {
        public MoveInputValidator(IStringLocalizer<SharedResource> localizer)
        {
            RuleFor(x => x.Status).NotNull().WithMessage(_ => localizer["Error.ReferralStatusRequired"]).IsInEnum();
            RuleFor(x => x.Note).MaximumLength(ReferralStep.NoteMaxLength);
            RuleFor(x => x.Note).NotEmpty().When(x => x.Status == ReferralStatus.Refused).WithMessage(_ => localizer["Error.RefusalReasonRequired"]);
        }
    }
}
