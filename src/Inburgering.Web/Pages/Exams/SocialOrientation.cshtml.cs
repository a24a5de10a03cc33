using FluentValidation;
using Inburgering.Domain.Rules;
using Inburgering.Domain.Trajectories;
using Inburgering.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Inburgering.Web.Pages.Exams;

/// <summary>Records an MO test; pass or fail follows the pass marks valid on the test date.</summary>
public sealed class SocialOrientationModel(AppDbContext db, FormWriter writer, IStringLocalizer<SharedResource> localizer, TimeProvider time) : DossierPageModel
{
    [BindProperty]
    public TestInput Input { get; set; } = new();

    public IReadOnlyList<SocialOrientationTestRules> Rules => SocialOrientationTestRules.History;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        // No form to fill in before there is a trajectory to record the test on.
        if (!await db.Trajectories.AnyAsync(t => t.NewcomerId == Dossier.Id && t.Kind == TrajectoryKind.Integration, cancellationToken))
        {
            return NotFound();
        }

        Input.Date = time.Today();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var trajectory = await db.LoadTrajectoryAsync(Dossier.Id, null, cancellationToken);
        if (trajectory is null)
        {
            return NotFound();
        }

        var passed = false;
        return await writer.SaveAsync(this, () => passed = trajectory.RecordSocialOrientationTest(Input.Date!.Value, Input.PracticalScore!.Value, Input.ValuesScore!.Value, time.Today()).Passed, cancellationToken)
            ? BackToDossier(localizer[passed ? "Exam.RecordedPassed" : "Exam.RecordedFailed"])
            : Page();
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
