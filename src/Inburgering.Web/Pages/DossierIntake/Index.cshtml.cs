using FluentValidation;
using Inburgering.Domain.Newcomers;
using Inburgering.Domain.Rules;
using Inburgering.Domain.Trajectories;
using Inburgering.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Inburgering.Web.Pages.DossierIntake;

/// <summary>The intake and the maatwerk plan: which of the four tracks start now, each with its objective.</summary>
public sealed class IndexModel(AppDbContext db, FormWriter writer, IStringLocalizer<SharedResource> localizer, TimeProvider time) : DossierPageModel
{
    [BindProperty]
    public IntakeInput Input { get; set; } = new();

    public ObligationAssessment Obligation { get; private set; } = null!;

    public WorkPermission Work { get; private set; } = null!;

    /// <summary>The participation duty if the newcomer neither works nor studies; the form says how work or study changes it.</summary>
    public ParticipationDuty Participation { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await HasTrajectoryAsync(cancellationToken))
        {
            return BackToDossier();
        }

        var today = time.Today();
        var newcomer = await DescribeAsync(today, cancellationToken);
        if (Obligation.Class == ObligationClass.NotInTargetGroup)
        {
            // Out of scope: no intake form; the dossier says what they can do instead.
            return BackToDossier();
        }

        var suggested = TrackPlan.Suggest(new Domain.Trajectories.Intake { CompletedOn = today, EducationLevel = EducationLevel.Secondary }, Obligation.Class, Work, newcomer.AgeOn(today));
        Input = IntakeInput.Suggested(today, suggested);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var today = time.Today();
        var newcomer = await DescribeAsync(today, cancellationToken);
        if (Obligation.Class == ObligationClass.NotInTargetGroup)
        {
            return BackToDossier();
        }

        if (await AlreadyDoneAsync(cancellationToken))
        {
            return Page();
        }

        try
        {
            return await writer.SaveAsync(
                this,
                () =>
                {
                    var intake = Input.ToIntake();
                    newcomer.RecordContract(intake.CompletedOn);
                    var obligation = newcomer.Obligation(intake.CompletedOn);
                    db.Trajectories.Add(Trajectory.StartIntegration(newcomer.Participant, intake, Input.ToPlan(), obligation, newcomer.WorkPermission(intake.CompletedOn), today));
                },
                cancellationToken)
                ? BackToDossier(localizer["Intake.Done"])
                : Page();
        }
        catch (DbUpdateException)
        {
            // Two intakes saved at the same moment: the database kept the first (one per dossier).
            if (!await AlreadyDoneAsync(CancellationToken.None))
            {
                throw;
            }

            return Page();
        }
    }

    public override async Task<IActionResult> RedisplayAsync(CancellationToken cancellationToken)
    {
        await DescribeAsync(time.Today(), cancellationToken);
        if (Obligation.Class == ObligationClass.NotInTargetGroup)
        {
            // Out of scope: no form to show again, whatever was posted.
            return BackToDossier();
        }

        await AlreadyDoneAsync(cancellationToken);
        return Page();
    }

    private async Task<Newcomer> DescribeAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var newcomer = await db.Newcomers.SingleAsync(n => n.Id == Dossier.Id, cancellationToken);
        Obligation = newcomer.ObligationIfContractOn(today);
        Participation = ParticipationRule.Assess(Obligation.Class, works: false, studies: false, today);
        Work = newcomer.WorkPermission(today);
        return newcomer;
    }

    /// <summary>Someone finished the intake since this form was opened: say so and keep what was typed.</summary>
    private async Task<bool> AlreadyDoneAsync(CancellationToken cancellationToken)
    {
        if (!await HasTrajectoryAsync(cancellationToken))
        {
            return false;
        }

        ModelState.AddModelError(string.Empty, localizer["Intake.AlreadyDone"]);
        return true;
    }

    private Task<bool> HasTrajectoryAsync(CancellationToken cancellationToken) =>
        db.Trajectories.AnyAsync(t => t.NewcomerId == Dossier.Id && t.Kind == TrajectoryKind.Integration, cancellationToken);

    public sealed class IntakeInput
    {
        public DateOnly? CompletedOn { get; set; }

        public List<Goals> Goals { get; set; } = [];

        public Perspective? Perspective { get; set; }

        public List<Barriers> Barriers { get; set; } = [];

        public EducationLevel? EducationLevel { get; set; }

        public Literacy? Literacy { get; set; }

        public string? WorkExperience { get; set; }

        public bool Working { get; set; }

        public bool Studying { get; set; }

        public DiplomaRecognition? DiplomaRecognition { get; set; }

        public CefrLevel? DutchLevel { get; set; }

        public List<Availability> Availability { get; set; } = [];

        public bool NeedsChildcare { get; set; }

        public string? Notes { get; set; }

        public bool StartSocialOrientation { get; set; }

        public string? CourseLanguage { get; set; }

        public bool StartDutchLanguage { get; set; }

        public LearnerProfile LearnerProfile { get; set; } = LearnerProfile.Standard;

        public CefrLevel TargetLevel { get; set; } = DutchLanguageRule.TargetLevel;

        public bool OralExam { get; set; }

        public bool StartWork { get; set; }

        public WorkRoute WorkRoute { get; set; }

        public bool VdabRequired { get; set; }

        public bool StartParticipation { get; set; }

        public static IntakeInput Suggested(DateOnly today, TrackPlan plan) => new()
        {
            CompletedOn = today,
            StartSocialOrientation = plan.StartSocialOrientation,
            StartDutchLanguage = plan.StartDutchLanguage,
            LearnerProfile = plan.LearnerProfile,
            TargetLevel = plan.TargetLevel,
            OralExam = plan.OralExam,
            StartWork = plan.StartWork,
            WorkRoute = plan.WorkRoute,
            VdabRequired = plan.VdabRequired,
            StartParticipation = plan.StartParticipation,
        };

        public Domain.Trajectories.Intake ToIntake() => new()
        {
            CompletedOn = CompletedOn ?? throw new InvalidOperationException("Validated input has a date."),
            Goals = Combine(Goals),
            Perspective = Perspective ?? throw Unanswered(),
            Barriers = Combine(Barriers),
            EducationLevel = EducationLevel ?? throw Unanswered(),
            Literacy = Literacy ?? throw Unanswered(),
            WorkExperience = WorkExperience,
            Working = Working,
            Studying = Studying,
            DiplomaRecognition = DiplomaRecognition ?? throw Unanswered(),
            DutchLevel = DutchLevel ?? throw Unanswered(),
            Availability = Combine(Availability),
            NeedsChildcare = NeedsChildcare,
            Notes = Notes,
        };

        public TrackPlan ToPlan() => new()
        {
            StartSocialOrientation = StartSocialOrientation,
            CourseLanguage = CourseLanguage,
            StartDutchLanguage = StartDutchLanguage,
            LearnerProfile = LearnerProfile,
            TargetLevel = TargetLevel,
            OralExam = OralExam,
            StartWork = StartWork,
            WorkRoute = WorkRoute,
            VdabRequired = VdabRequired,
            StartParticipation = StartParticipation,
        };

        private static InvalidOperationException Unanswered() => new("Validated input answers every question.");

        private static T Combine<T>(IEnumerable<T> flags)
            where T : struct, Enum =>
            (T)Enum.ToObject(typeof(T), flags.Aggregate(0L, (all, f) => all | Convert.ToInt64(f, System.Globalization.CultureInfo.InvariantCulture)));
    }

    public sealed class IntakeValidator : AbstractValidator<IntakeInput>
    {
        public IntakeValidator(IStringLocalizer<SharedResource> localizer, TimeProvider time)
        {
            var today = time.Today();
            RuleFor(x => x.CompletedOn).NotNull()
                .LessThanOrEqualTo(today).WithMessage(_ => localizer["Error.IntakeDateInFuture"])
                .GreaterThan(today.AddYears(-5)).WithMessage(_ => localizer["Intake.DateTooOld"]);
            // Nothing is chosen for the case worker: an unanswered question is an error, so the reports count real answers.
            // In the form's order, which the error summary follows.
            RuleFor(x => x.Perspective).NotNull();
            RuleFor(x => x.Goals).NotEmpty();
            RuleFor(x => x.EducationLevel).NotNull();
            RuleFor(x => x.Literacy).NotNull();
            RuleFor(x => x.DutchLevel).NotNull();
            RuleFor(x => x.DiplomaRecognition).NotNull();
            RuleFor(x => x.Availability).NotEmpty();
            RuleForEach(x => x.Goals).IsInEnum();
            RuleForEach(x => x.Barriers).IsInEnum();
            RuleForEach(x => x.Availability).IsInEnum();
            RuleFor(x => x.Perspective).IsInEnum();
            RuleFor(x => x.EducationLevel).IsInEnum();
            RuleFor(x => x.Literacy).IsInEnum();
            RuleFor(x => x.DiplomaRecognition).IsInEnum();
            RuleFor(x => x.DutchLevel).IsInEnum();
            RuleFor(x => x.LearnerProfile).IsInEnum();
            RuleFor(x => x.WorkRoute).IsInEnum();
            RuleFor(x => x.TargetLevel).IsInEnum().NotEqual(CefrLevel.None).WithMessage(_ => localizer["Error.TargetLevelRequired"]);
            RuleFor(x => x.WorkExperience).MaximumLength(Domain.Trajectories.Intake.WorkExperienceMaxLength);
            RuleFor(x => x.Notes).MaximumLength(Domain.Trajectories.Intake.NotesMaxLength);
            RuleFor(x => x.CourseLanguage).MaximumLength(SocialOrientationTrack.CourseLanguageMaxLength);
            RuleFor(x => x.StartWork).Equal(true).When(x => x.VdabRequired).WithMessage(_ => localizer["Intake.VdabNeedsWorkTrack"]);
        }
    }
}
