using FluentValidation;
using Inburgering.Domain.Common;
using Inburgering.Domain.Newcomers;
using Inburgering.Domain.Trajectories;
using Inburgering.Web.Infrastructure;
using Inburgering.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Inburgering.Web.Pages.Exams;

/// <summary>Records an NT2 exam result at one level (also after the attest, for the oral B1 obligation).</summary>
public sealed class DutchModel(AppDbContext db, IValidator<DutchModel.ExamInput> validator, IStringLocalizer<SharedResource> localizer, TimeProvider time) : PageModel
{
    [BindProperty]
    public ExamInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public Guid? Trajectory { get; set; }

    public string FullName { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        // No form to fill in before there is a trajectory to record the exam on.
        if (!await DescribeAsync(id, cancellationToken) || await db.LoadTrajectoryAsync(new NewcomerId(id), Trajectory, cancellationToken) is null)
        {
            return NotFound();
        }

        Input.Date = time.Today();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await DescribeAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var trajectory = await db.LoadTrajectoryAsync(new NewcomerId(id), Trajectory, cancellationToken);
        if (trajectory is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid(validator, Input))
        {
            return Page();
        }

        try
        {
            trajectory.RecordDutchExam(Input.Date!.Value, Input.Level!.Value, Input.Mode, Input.Passed, time.Today());
            await db.SaveChangesAsync(cancellationToken);
            TempData[StatusMessage.Key] = localizer[Input.Passed ? "Exam.RecordedPassed" : "Exam.RecordedFailed"].Value;
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(ex, localizer, ex.Code is "ExamDateInFuture" or "DateBeforeTrajectory" ? "Input.Date" : ex.Code == "ExamLevelRequired" ? "Input.Level" : string.Empty);
            return Page();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, localizer["Conflict.Dossier"]);
            return Page();
        }

        return Redirect($"/Dossiers/{id}");
    }

    private async Task<bool> DescribeAsync(Guid id, CancellationToken cancellationToken)
    {
        var newcomerId = new NewcomerId(id);
        var name = await db.Newcomers.EditableNameAsync(User, newcomerId, cancellationToken);
        FullName = name ?? string.Empty;
        return name is not null;
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
