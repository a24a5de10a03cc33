using FluentValidation;
using Inburgering.Domain.Trajectories;
using Inburgering.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Inburgering.Web.Pages.Closing;

/// <summary>Stops a running trajectory early (moved away, left the country, died, no longer in scope), with its reason and date.</summary>
public sealed class StopModel(AppDbContext db, FormWriter writer, IStringLocalizer<SharedResource> localizer, TimeProvider time) : DossierPageModel
{
    [BindProperty]
    public StopInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is null)
        {
            return NotFound();
        }

        Input.StoppedOn = time.Today();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var trajectory = await LoadAsync(cancellationToken);
        if (trajectory is null)
        {
            return NotFound();
        }

        return await writer.SaveAsync(this, () => trajectory.Stop(Input.Reason!.Value, Input.StoppedOn!.Value, time.Today()), cancellationToken)
            ? BackToDossier(localizer["Stop.Done"])
            : Page();
    }

    public override async Task<IActionResult> RedisplayAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) is null ? NotFound() : Page();

    private async Task<Trajectory?> LoadAsync(CancellationToken cancellationToken) =>
        await db.LoadTrajectoryAsync(Dossier.Id, null, cancellationToken) is { Kind: TrajectoryKind.Integration, Status: TrajectoryStatus.Running } running ? running : null;

    public sealed class StopInput
    {
        public StopReason? Reason { get; set; }

        public DateOnly? StoppedOn { get; set; }
    }

    public sealed class StopValidator : AbstractValidator<StopInput>
    {
        public StopValidator(IStringLocalizer<SharedResource> localizer, TimeProvider time)
        {
            RuleFor(x => x.Reason).NotNull().WithMessage(_ => localizer["Error.StopReasonRequired"]).IsInEnum();
            RuleFor(x => x.StoppedOn).NotNull().LessThanOrEqualTo(time.Today()).WithMessage(_ => localizer["Error.StopDateInFuture"]);
        }
    }
}
