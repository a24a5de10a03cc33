using FluentValidation;
using Inburgering.Domain.History;
using Inburgering.Domain.Trajectories;
using Inburgering.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Inburgering.Web.Pages.Plan;

/// <summary>What a change of plan does to one track.</summary>
public enum PlanChange
{
    Add,
    Stop,
    Objective,
}

/// <summary>
/// Changes the plan of a running integration trajectory after the contract, for one track: put it (back) in, take it
/// out, or give it another objective; always with a reason, kept in the dossier's history.
/// </summary>
public sealed class IndexModel(AppDbContext db, FormWriter writer, IStringLocalizer<SharedResource> localizer, TimeProvider time) : DossierPageModel
{
    [BindProperty]
    public PlanInput Input { get; set; } = new();

    /// <summary>The track as it stands, shown above the form.</summary>
    public TrackStatus Status { get; private set; }

    /// <summary>The changes that make sense for the track's state (a completed track has none).</summary>
    public IReadOnlyList<PlanChange> Choices { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(TrackKind? track, CancellationToken cancellationToken)
    {
        if (track is not { } kind || !Enum.IsDefined(kind))
        {
            return NotFound();
        }

        var trajectory = await LoadAsync(kind, cancellationToken);
        if (trajectory is null)
        {
            return NotFound();
        }

        var objective = TrackObjective.Of(trajectory);
        Input = new PlanInput
        {
            Track = kind,
            Change = Choices.Count == 1 ? Choices[0] : null,
            CourseLanguage = objective.CourseLanguage,
            LearnerProfile = objective.LearnerProfile,
            TargetLevel = objective.TargetLevel,
            OralExam = objective.OralExam,
            WorkRoute = objective.WorkRoute,
            VdabRequired = objective.VdabRequired,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var kind = Input.Track!.Value;
        var trajectory = await LoadAsync(kind, cancellationToken);
        if (trajectory is null)
        {
            return NotFound();
        }

        var today = time.Today();
        var reason = Input.Reason ?? string.Empty;
        var newcomer = await db.Newcomers.SingleAsync(n => n.Id == Dossier.Id, cancellationToken);
        Action change = Input.Change switch
        {
            PlanChange.Add => () => trajectory.AddTrack(kind, reason, today),
            PlanChange.Stop => () => trajectory.StopTrack(kind, reason, today),
            _ => () => trajectory.ChangeObjective(kind, Input.ToObjective(), reason, newcomer.WorkPermission(today), today),
        };
        return await writer.SaveAsync(this, change, cancellationToken)
            ? BackToDossier(localizer[$"Plan.Saved.{Input.Change}", localizer[$"TrackKind.{kind}"]], "tracks")
            : Page();
    }

    public override async Task<IActionResult> RedisplayAsync(CancellationToken cancellationToken) =>
        Input.Track is { } kind && Enum.IsDefined(kind) && await LoadAsync(kind, cancellationToken) is not null ? Page() : NotFound();

    private async Task<Trajectory?> LoadAsync(TrackKind kind, CancellationToken cancellationToken)
    {
        var trajectory = await db.LoadTrajectoryAsync(Dossier.Id, null, cancellationToken);
        if (trajectory is not { Status: TrajectoryStatus.Running })
        {
            return null;
        }

        Status = trajectory.TrackOf(kind).Status;
        Choices = Status switch
        {
            TrackStatus.Stopped or TrackStatus.NotApplicable => [PlanChange.Add],
            TrackStatus.Completed => [],
            _ when kind == TrackKind.Participation => [PlanChange.Stop],
            _ => [PlanChange.Stop, PlanChange.Objective],
        };
        return trajectory;
    }

    public sealed class PlanInput
    {
        public TrackKind? Track { get; set; }

        public PlanChange? Change { get; set; }

        public string? Reason { get; set; }

        public string? CourseLanguage { get; set; }

        public LearnerProfile? LearnerProfile { get; set; }

        public CefrLevel? TargetLevel { get; set; }

        public bool OralExam { get; set; }

        public WorkRoute? WorkRoute { get; set; }

        public bool VdabRequired { get; set; }

        public TrackObjective ToObjective() => new()
        {
            CourseLanguage = CourseLanguage,
            LearnerProfile = LearnerProfile ?? Domain.Trajectories.LearnerProfile.Standard,
            TargetLevel = TargetLevel ?? CefrLevel.None,
            OralExam = OralExam,
            WorkRoute = WorkRoute ?? Domain.Trajectories.WorkRoute.JobSearch,
            VdabRequired = VdabRequired,
        };
    }

    /// <summary>Shape only: which change, a reason, and the objective's fields for that track; the rules are the trajectory's.</summary>
    public sealed class PlanValidator : AbstractValidator<PlanInput>
    {
        public PlanValidator(IStringLocalizer<SharedResource> localizer)
        {
            RuleFor(x => x.Track).NotNull().IsInEnum();
            RuleFor(x => x.Change).NotNull().WithMessage(_ => localizer["Plan.ChangeRequired"]).IsInEnum();
            RuleFor(x => x.Reason).NotEmpty().WithMessage(_ => localizer["Error.ReasonRequired"]).MaximumLength(DossierEvent.DetailMaxLength);
            RuleFor(x => x.CourseLanguage).MaximumLength(SocialOrientationTrack.CourseLanguageMaxLength);
            When(x => x.Change == PlanChange.Objective && x.Track == TrackKind.DutchLanguage, () =>
            {
                RuleFor(x => x.LearnerProfile).NotNull().IsInEnum();
                RuleFor(x => x.TargetLevel).NotNull().WithMessage(_ => localizer["Error.TargetLevelRequired"]).IsInEnum();
            });
            When(x => x.Change == PlanChange.Objective && x.Track == TrackKind.Work, () => RuleFor(x => x.WorkRoute).NotNull().IsInEnum());
        }
    }
}
