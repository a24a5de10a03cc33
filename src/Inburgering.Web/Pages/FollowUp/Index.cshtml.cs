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

namespace Inburgering.Web.Pages.FollowUp;

/// <summary>Opens a follow-up trajectory (vervolgtraject) after the attest, with its own goal and first track.</summary>
public sealed class IndexModel(AppDbContext db, IValidator<IndexModel.FollowUpInput> validator, IStringLocalizer<SharedResource> localizer, TimeProvider time) : PageModel
{
    [BindProperty]
    public FollowUpInput Input { get; set; } = new();

    public string FullName { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var integration = await LoadAsync(id, cancellationToken);
        if (integration is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid(validator, Input))
        {
            return Page();
        }

        if (await db.Trajectories.AnyAsync(t => t.NewcomerId == integration.NewcomerId && t.Kind == TrajectoryKind.FollowUp && t.Status == TrajectoryStatus.Running, cancellationToken))
        {
            ModelState.AddModelError(string.Empty, localizer["FollowUp.AlreadyRunning"]);
            return Page();
        }

        try
        {
            var today = time.Today();
            var followUp = integration.OpenFollowUp(Input.Perspective, Input.Goal, today);
            followUp.StartTrack(Input.FirstTrack, today);
            db.Trajectories.Add(followUp);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(ex, localizer, ex.Code is "GoalRequired" or "TextTooLong" ? "Input.Goal" : string.Empty);
            return Page();
        }

        TempData[StatusMessage.Key] = localizer["FollowUp.Opened"].Value;
        return Redirect($"/Dossiers/{id}");
    }

    private async Task<Trajectory?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var newcomerId = new NewcomerId(id);
        var name = await db.Newcomers.EditableNameAsync(User, newcomerId, cancellationToken);
        if (name is null)
        {
            return null;
        }

        FullName = name;
        return await db.Trajectories.SingleOrDefaultAsync(t => t.NewcomerId == newcomerId && t.Kind == TrajectoryKind.Integration && t.CertificateKind != null, cancellationToken);
    }

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
