using FluentValidation;
using Inburgering.Domain.Rules;
using Inburgering.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Inburgering.Web.Pages.Reporting;

/// <summary>The agency's letter (invitation) to an obligated newcomer and the day they reported: the report deadline follows.</summary>
public sealed class IndexModel(AppDbContext db, FormWriter writer, IStringLocalizer<SharedResource> localizer, TimeProvider time) : DossierPageModel
{
    [BindProperty]
    public ReportingInput Input { get; set; } = new();

    public ReportDuty State { get; private set; }

    public DateOnly? LetterSentOn { get; private set; }

    public DateOnly? DueOn { get; private set; }

    public DateOnly? ReportedOn { get; private set; }

    public DateOnly Today => time.Today();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await DescribeAsync(cancellationToken);
        Input = new ReportingInput { AgencyLetterSentOn = LetterSentOn ?? time.Today(), ReportedOn = ReportedOn ?? time.Today() };
        return Page();
    }

    public async Task<IActionResult> OnPostLetterAsync(CancellationToken cancellationToken)
    {
        if (Input.AgencyLetterSentOn is not { } sentOn)
        {
            ModelState.AddModelError("Input.AgencyLetterSentOn", localizer["Reporting.DateRequired"]);
            return await RedisplayAsync(cancellationToken);
        }

        var newcomer = await db.Newcomers.SingleAsync(n => n.Id == Dossier.Id, cancellationToken);
        return await writer.SaveAsync(this, () => newcomer.RecordAgencyLetter(sentOn, time.Today()), cancellationToken)
            ? BackToDossier(localizer["Reporting.LetterSaved"])
            : await RedisplayAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostReportedAsync(CancellationToken cancellationToken)
    {
        if (Input.ReportedOn is not { } reportedOn)
        {
            ModelState.AddModelError("Input.ReportedOn", localizer["Reporting.DateRequired"]);
            return await RedisplayAsync(cancellationToken);
        }

        var newcomer = await db.Newcomers.SingleAsync(n => n.Id == Dossier.Id, cancellationToken);
        return await writer.SaveAsync(this, () => newcomer.RecordReported(reportedOn, time.Today()), cancellationToken)
            ? BackToDossier(localizer["Reporting.ReportedSaved"])
            : await RedisplayAsync(cancellationToken);
    }

    public override async Task<IActionResult> RedisplayAsync(CancellationToken cancellationToken)
    {
        await DescribeAsync(cancellationToken);
        return Page();
    }

    private async Task DescribeAsync(CancellationToken cancellationToken)
    {
        var newcomer = await db.Newcomers.AsNoTracking().SingleAsync(n => n.Id == Dossier.Id, cancellationToken);
        LetterSentOn = newcomer.AgencyLetterSentOn;
        DueOn = newcomer.ReportDueOn;
        ReportedOn = newcomer.ReportedOn;
        State = newcomer.ReportDuty(time.Today());
    }

    public sealed class ReportingInput
    {
        public DateOnly? AgencyLetterSentOn { get; set; }

        public DateOnly? ReportedOn { get; set; }
    }

    /// <summary>Shape only: whether the dates fit the rule is the domain's answer.</summary>
    public sealed class ReportingValidator : AbstractValidator<ReportingInput>
    {
        public ReportingValidator(IStringLocalizer<SharedResource> localizer, TimeProvider time)
        {
            var today = time.Today();
            RuleFor(x => x.AgencyLetterSentOn).LessThanOrEqualTo(today).WithMessage(_ => localizer["Error.LetterInFuture"]);
            RuleFor(x => x.ReportedOn).LessThanOrEqualTo(today).WithMessage(_ => localizer["Error.ReportedInFuture"]);
        }
    }
}
