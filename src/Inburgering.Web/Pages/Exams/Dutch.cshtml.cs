using FluentValidation;
using Inburgering.Domain.Trajectories;
using Inburgering.Web.Infrastructure;
using Inburgering.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Inburgering.Web.Pages.Exams;

/// <summary>Records an NT2 exam result at one level (also after the attest, for the oral B1 obligation).</summary>
public sealed class DutchModel(AppDbContext db, FormWriter writer, IStringLocalizer<SharedResource> localizer, TimeProvider time) : DossierPageModel
{
    [BindProperty]
    public ExamInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public Guid? Trajectory { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        // No form to fill in before there is a trajectory to record the exam on.
        if (await db.LoadTrajectoryAsync(Dossier.Id, Trajectory, cancellationToken) is not { } trajectory)
        {
            return NotFound();
        }

        Remember(trajectory);

        Input.Date = time.Today();
        if (OralOnly)
        {
            Input.Mode = ExamMode.Oral;
        }

        return Page();
    }

    /// <summary>A learner who is learning to read and write is tested orally: the form offers only that mode.</summary>
    public bool OralOnly { get; private set; }

    public override async Task<IActionResult> RedisplayAsync(CancellationToken cancellationToken) =>
        await db.LoadTrajectoryAsync(Dossier.Id, Trajectory, cancellationToken) is { } trajectory && Remember(trajectory) ? Page() : NotFound();

    private bool Remember(Domain.Trajectories.Trajectory trajectory)
    {
        OralOnly = trajectory.DutchLanguage.OralExam;
        return true;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var trajectory = await db.LoadTrajectoryAsync(Dossier.Id, Trajectory, cancellationToken);
        if (trajectory is null)
        {
            return NotFound();
        }

        Remember(trajectory);
        return await writer.SaveAsync(this, () => trajectory.RecordDutchExam(Input.Date!.Value, Input.Level!.Value, Input.Mode, Input.Passed, time.Today(), new ExamRecorder(User.DisplayName())), cancellationToken)
            ? BackToDossier(localizer[Input.Passed ? "Exam.RecordedPassed" : "Exam.RecordedFailed"])
            : Page();
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
