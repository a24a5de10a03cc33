using FluentValidation;
using Inburgering.Domain.Trajectories;
using Inburgering.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Inburgering.Web.Pages.FollowUp;

/// <summary>Opens a follow-up trajectory (vervolgtraject) after the attest, with its own goal and first track.</summary>
public sealed class IndexModel(AppDbContext db, FormWriter writer, IStringLocalizer<SharedResource> localizer, TimeProvider time) : DossierPageModel
{
    [BindProperty]
    public FollowUpInput Input { get; set; } = new();

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => RedisplayAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var integration = await LoadAsync(cancellationToken);
        if (integration is null)
        {
            return NotFound();
        }

        if (await db.Trajectories.AnyAsync(t => t.NewcomerId == integration.NewcomerId && t.Kind == TrajectoryKind.FollowUp && t.Status == TrajectoryStatus.Running, cancellationToken))
        {
            ModelState.AddModelError(string.Empty, localizer["FollowUp.AlreadyRunning"]);
            return Page();
        }

        var today = time.Today();
        return await writer.SaveAsync(
            this,
            () =>
            {
                var followUp = integration.OpenFollowUp(Input.Perspective, Input.Goal, today);
                followUp.StartTrack(Input.FirstTrack, today);
                db.Trajectories.Add(followUp);
            },
            cancellationToken)
            ? BackToDossier(localizer["FollowUp.Opened"])
            : Page();
    }

    public override async Task<IActionResult> RedisplayAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) is null ? NotFound() : Page();

    private Task<Trajectory?> LoadAsync(CancellationToken cancellationToken) =>
        db.Trajectories.SingleOrDefaultAsync(t => t.NewcomerId == Dossier.Id && t.Kind == TrajectoryKind.Integration && t.CertificateKind != null, cancellationToken);

    public sealed class FollowUpInput
    {
        public Perspective Perspective { get; set; }

        public string Goal { get; set; } = string.Empty;

        public TrackKind FirstTrack { get; set; } = TrackKind.Work;
    }

    public sealed class FollowUpValidator : AbstractValidator<FollowUpInput>
    {
        public FollowUpValidator(IStringLocalizer<SharedResource> localizer)
        {
            RuleFor(x => x.Perspective).IsInEnum();
            RuleFor(x => x.Goal).NotEmpty().MaximumLength(Trajectory.GoalMaxLength);

            // MO is not part of a follow-up trajectory; the default message would name the enum value in English.
            RuleFor(x => x.FirstTrack).IsInEnum().NotEqual(TrackKind.SocialOrientation).WithMessage(_ => localizer["Validation.UnknownValueInvalid"]);
        }
    }
}
