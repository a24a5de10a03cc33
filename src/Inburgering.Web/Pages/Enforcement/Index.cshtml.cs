using Inburgering.Domain.Enforcement;
using Inburgering.Domain.Newcomers;
using Inburgering.Domain.Rules;
using Inburgering.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Inburgering.Web.Pages.Enforcement;

/// <summary>Handhaving: a notice to the enforcement service with its reason, and later its outcome (warning, fine within the range, dropped).</summary>
public sealed class IndexModel(AppDbContext db, FormWriter writer, IStringLocalizer<SharedResource> localizer, TimeProvider time) : DossierPageModel
{
    [BindProperty]
    public EnforcementInput Input { get; set; } = new();

    public IReadOnlyList<EnforcementNotice> Notices { get; private set; } = [];

    public (decimal Minimum, decimal Maximum) FineRange { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await DescribeAsync(cancellationToken);
        Input = new EnforcementInput { NotifiedOn = time.Today(), DecidedOn = time.Today() };
        return Page();
    }

    public async Task<IActionResult> OnPostNotifyAsync(CancellationToken cancellationToken)
    {
        var newcomer = await LoadAsync(cancellationToken);
        if (Input.Reason is not { } reason || Input.NotifiedOn is not { } date)
        {
            AddRequired(Input.Reason is null ? nameof(Input.Reason) : nameof(Input.NotifiedOn));
            return await RedisplayAsync(cancellationToken);
        }

        return await writer.SaveAsync(this, () => newcomer.NotifyEnforcement(reason, date, time.Today()), cancellationToken)
            ? BackToDossier(localizer["Enforcement.Notified"])
            : await RedisplayAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostDecideAsync(Guid noticeId, CancellationToken cancellationToken)
    {
        var newcomer = await LoadAsync(cancellationToken);
        if (Input.Outcome is not { } outcome || Input.DecidedOn is not { } date)
        {
            AddRequired(Input.Outcome is null ? nameof(Input.Outcome) : nameof(Input.DecidedOn));
            return await RedisplayAsync(cancellationToken);
        }

        return await writer.SaveAsync(this, () => newcomer.RecordEnforcementOutcome(noticeId, outcome, date, Input.FineAmount, time.Today()), cancellationToken)
            ? BackToDossier(localizer["Enforcement.Decided"])
            : await RedisplayAsync(cancellationToken);
    }

    public override async Task<IActionResult> RedisplayAsync(CancellationToken cancellationToken)
    {
        await DescribeAsync(cancellationToken);
        return Page();
    }

    private void AddRequired(string field) => ModelState.AddModelError($"Input.{field}", localizer["Enforcement.Required"]);

    private Task<Newcomer> LoadAsync(CancellationToken cancellationToken) =>
        db.Newcomers.Include(n => n.Enforcement).SingleAsync(n => n.Id == Dossier.Id, cancellationToken);

    private async Task DescribeAsync(CancellationToken cancellationToken)
    {
        var newcomer = await db.Newcomers.AsNoTracking().Include(n => n.Enforcement).SingleAsync(n => n.Id == Dossier.Id, cancellationToken);
        Notices = [.. newcomer.Enforcement.OrderBy(n => n.NotifiedOn)];
        // The range of the notice the form decides (the first pending): the region where the breach was reported.
        var today = time.Today();
        FineRange = Notices.FirstOrDefault(n => n.Outcome == EnforcementOutcome.Pending) is { } pending
            ? newcomer.FineRangeFor(pending, today)
            : FineRules.For(today).RangeFor(newcomer.Region);
    }

    public sealed class EnforcementInput
    {
        public EnforcementReason? Reason { get; set; }

        public EnforcementOutcome? Outcome { get; set; }

        public DateOnly? NotifiedOn { get; set; }

        public DateOnly? DecidedOn { get; set; }

        /// <summary>Whole euros: fines are set in euros, and a whole number reads the same in every language.</summary>
        public int? FineAmount { get; set; }
    }
}
