using FluentValidation;
using Inburgering.Domain.History;
using Inburgering.Domain.Rules;
using Inburgering.Domain.Trajectories;
using Inburgering.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Inburgering.Web.Pages.Situation;

/// <summary>Work or study started or stopped: the participation duty is derived again and the change kept with its reason.</summary>
public sealed class IndexModel(AppDbContext db, FormWriter writer, IStringLocalizer<SharedResource> localizer, TimeProvider time) : DossierPageModel
{
    [BindProperty]
    public SituationInput Input { get; set; } = new();

    public ParticipationDuty Duty { get; private set; } = new(false, ParticipationDutyReason.NotObligated);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var trajectory = await LoadAsync(cancellationToken);
        if (trajectory is null)
        {
            return NotFound();
        }

        Input = new SituationInput { Working = trajectory.Working, Studying = trajectory.Studying };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var trajectory = await LoadAsync(cancellationToken);
        if (trajectory is null)
        {
            return NotFound();
        }

        var today = time.Today();
        return await writer.SaveAsync(this, () => trajectory.ChangeSituation(Input.Working, Input.Studying, Input.Reason ?? string.Empty, today), cancellationToken)
            ? BackToDossier(localizer[$"Situation.Saved.{trajectory.ParticipationDutyOn(today).Reason}"])
            : Page();
    }

    public override async Task<IActionResult> RedisplayAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) is null ? NotFound() : Page();

    private async Task<Trajectory?> LoadAsync(CancellationToken cancellationToken)
    {
        var trajectory = await db.LoadTrajectoryAsync(Dossier.Id, null, cancellationToken);
        if (trajectory is not null)
        {
            Duty = trajectory.ParticipationDutyOn(time.Today());
        }

        return trajectory is { Status: TrajectoryStatus.Running } ? trajectory : null;
    }

    public sealed class SituationInput
    {
        public bool Working { get; set; }

        public bool Studying { get; set; }

        public string? Reason { get; set; }
    }

    public sealed class SituationValidator : AbstractValidator<SituationInput>
    {
        public SituationValidator(IStringLocalizer<SharedResource> localizer)
        {
            RuleFor(x => x.Reason).NotEmpty().WithMessage(_ => localizer["Error.ReasonRequired"]).MaximumLength(DossierEvent.DetailMaxLength);
        }
    }
}
