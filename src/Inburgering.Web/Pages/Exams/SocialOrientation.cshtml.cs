using FluentValidation;
using Inburgering.Domain.Common;
using Inburgering.Domain.Newcomers;
using Inburgering.Domain.Rules;
using Inburgering.Domain.Trajectories;
using Inburgering.Web.Infrastructure;
using Inburgering.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Inburgering.Web.Pages.Exams;

/// <summary>Records an MO test; pass or fail follows the pass marks valid on the test date.</summary>
public sealed class SocialOrientationModel(AppDbContext db, IValidator<SocialOrientationModel.TestInput> validator, IStringLocalizer<SharedResource> localizer, TimeProvider time) : PageModel
{
    [BindProperty]
    public TestInput Input { get; set; } = new();

    public string FullName { get; private set; } = string.Empty;

    public IReadOnlyList<SocialOrientationTestRules> Rules => SocialOrientationTestRules.History;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        // No form to fill in before there is a trajectory to record the test on.
        if (!await DescribeAsync(id, cancellationToken)
            || !await db.Trajectories.AnyAsync(t => t.NewcomerId == new NewcomerId(id) && t.Kind == TrajectoryKind.Integration, cancellationToken))
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

        var trajectory = await db.LoadTrajectoryAsync(new NewcomerId(id), null, cancellationToken);
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
            var result = trajectory.RecordSocialOrientationTest(Input.Date!.Value, Input.PracticalScore!.Value, Input.ValuesScore!.Value, time.Today());
            await db.SaveChangesAsync(cancellationToken);
            TempData[StatusMessage.Key] = localizer[result.Passed ? "Exam.RecordedPassed" : "Exam.RecordedFailed"].Value;
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(ex, localizer, ex.Code switch
            {
                "PracticalScoreOutOfRange" => "Input.PracticalScore",
                "ValuesScoreOutOfRange" => "Input.ValuesScore",
                "ExamDateInFuture" or "DateBeforeTrajectory" or "NoTestBeforeRules" => "Input.Date",
                _ => string.Empty,
            });
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

    public sealed class TestInput
    {
        public DateOnly? Date { get; set; }

        public int? PracticalScore { get; set; }

        public int? ValuesScore { get; set; }
    }

    public sealed class TestInputValidator : AbstractValidator<TestInput>
    {
        public TestInputValidator(IStringLocalizer<SharedResource> localizer, TimeProvider time)
        {
            var first = SocialOrientationTestRules.History[0];
            RuleFor(x => x.Date).NotNull()
                .LessThanOrEqualTo(time.Today()).WithMessage(_ => localizer["Error.ExamDateInFuture"])
                .GreaterThanOrEqualTo(first.AppliesFrom).WithMessage(_ => localizer["Error.NoTestBeforeRules", Localization.Format.Date(first.AppliesFrom)]);
            RuleFor(x => x.PracticalScore).NotNull().InclusiveBetween(0, first.PracticalQuestions)
                .WithMessage(_ => localizer["Error.PracticalScoreOutOfRange", first.PracticalQuestions]);
            RuleFor(x => x.ValuesScore).NotNull().InclusiveBetween(0, first.ValuesQuestions)
                .WithMessage(_ => localizer["Error.ValuesScoreOutOfRange", first.ValuesQuestions]);
        }
    }
}
