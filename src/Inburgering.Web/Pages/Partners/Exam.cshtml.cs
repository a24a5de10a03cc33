using FluentValidation;
using Inburgering.Domain.Trajectories;
using Inburgering.Web.Infrastructure;
using Inburgering.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Inburgering.Web.Pages.Partners;

/// <summary>
/// The NT2 school records the exam result of someone it took in on a Dutch course: the trajectory's own NT2 result
/// (<see cref="Trajectory.RecordDutchExam"/>), so it counts for the attest exactly as one the case worker records, with
/// the school's name on it. Only on a referral of its own organisation that it accepted (the referral checks).
/// </summary>
public sealed class ExamModel(AppDbContext db, FormWriter writer, IStringLocalizer<SharedResource> localizer, TimeProvider time) : FormPageModel
{
    [FromRoute]
    public Guid ReferralId { get; set; }

    [BindProperty]
    public ExamInput Input { get; set; } = new();

    public PartnerReferralView View { get; private set; } = null!;

    /// <summary>A learner who is learning to read and write is tested orally: the form offers only that mode.</summary>
    public bool OralOnly { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken) || !View.CanRecordExam)
        {
            return NotFound();
        }

        Input.Date = time.Today();
        Input.Mode = OralOnly ? ExamMode.Oral : ExamMode.Written;
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

        var by = $"{User.DisplayName()} ({View.Organisation})";
        var saved = await writer.SaveAsync(this, () =>
            trajectory.RecordDutchExam(Input.Date!.Value, Input.Level!.Value, Input.Mode, Input.Passed, time.Today(), referral.RecordsExamAs(offer, by)), cancellationToken);
        if (!saved)
        {
            return Page();
        }

        TempData[StatusMessage.Key] = localizer[Input.Passed ? "Exam.RecordedPassed" : "Exam.RecordedFailed"].Value;
        return RedirectToPage("/Partners/Referral", new { referralId = ReferralId });
    }

    public override async Task<IActionResult> RedisplayAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var view = await PartnerReferralQuery.LoadAsync(db, User, ReferralId, cancellationToken);
        View = view!;
        if (view is null)
        {
            return false;
        }

        // Only the profile's consequence, never the rest of the dossier.
        OralOnly = await db.Trajectories.AsNoTracking()
            .Where(t => t.NewcomerId == view.NewcomerId && t.Kind == TrajectoryKind.Integration)
            .Select(t => t.DutchLanguage.OralExam)
            .FirstOrDefaultAsync(cancellationToken);
        return true;
    }

    public sealed class ExamInput
    {
        public DateOnly? Date { get; set; }

        public CefrLevel? Level { get; set; }

        public ExamMode Mode { get; set; }

        public bool Passed { get; set; }
    }

    public sealed class ExamInputValidator : AbstractValidator<ExamInput>
    {
        public ExamInputValidator(IStringLocalizer<SharedResource> localizer, TimeProvider time)
        {
            RuleFor(x => x.Date).NotNull().LessThanOrEqualTo(time.Today()).WithMessage(_ => localizer["Error.ExamDateInFuture"]);
            RuleFor(x => x.Level).NotNull().WithMessage(_ => localizer["Error.ExamLevelRequired"])
                .IsInEnum().NotEqual(CefrLevel.None).WithMessage(_ => localizer["Error.ExamLevelRequired"]);
            RuleFor(x => x.Mode).IsInEnum();
        }
    }
}
