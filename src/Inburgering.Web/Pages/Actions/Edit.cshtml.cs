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

namespace Inburgering.Web.Pages.Actions;

/// <summary>Edits, completes or cancels one follow-up action; concurrent edits are reported as a conflict.</summary>
public sealed class EditModel(AppDbContext db, IValidator<ActionInput> validator, IStringLocalizer<SharedResource> localizer, TimeProvider time) : PageModel
{
    [BindProperty]
    public ActionInput Input { get; set; } = new();

    [BindProperty]
    public Guid Version { get; set; }

    [BindProperty]
    public DateOnly? CompletedOn { get; set; }

    public ActionStatus Status { get; private set; }

    public string FullName { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(Guid id, Guid actionId, CancellationToken cancellationToken)
    {
        var (trajectory, action) = await LoadAsync(id, actionId, cancellationToken);
        if (trajectory is null || action is null)
        {
            return NotFound();
        }

        Input = ActionInput.From(action);
        Version = db.VersionOf(action);
        CompletedOn = action.CompletedOn ?? time.Today();
        return Page();
    }

    public Task<IActionResult> OnPostAsync(Guid id, Guid actionId, CancellationToken cancellationToken) =>
        ChangeAsync(id, actionId, validate: true, (t, a) =>
        {
            // The outcome is part of the form: a correction (or an emptied field) is saved, never dropped.
            t.UpdateAction(a.Id, Input.ToDetails(), time.Today(), Input.Outcome ?? string.Empty);
        }, "Action.Saved", cancellationToken);

    public Task<IActionResult> OnPostCompleteAsync(Guid id, Guid actionId, CancellationToken cancellationToken) =>
        ChangeAsync(id, actionId, validate: false, (t, a) =>
        {
            if (CompletedOn is not { } on)
            {
                throw new DomainException("CompletedOnRequired");
            }

            t.CompleteAction(a.Id, on, Input.Outcome, time.Today());
        }, "Action.Completed", cancellationToken);

    public Task<IActionResult> OnPostCancelAsync(Guid id, Guid actionId, CancellationToken cancellationToken) =>
        ChangeAsync(id, actionId, validate: false, (t, a) => t.CancelAction(a.Id, Input.Outcome), "Action.Cancelled", cancellationToken);

    private async Task<IActionResult> ChangeAsync(Guid id, Guid actionId, bool validate, Action<Trajectory, FollowUpAction> change, string confirmation, CancellationToken cancellationToken)
    {
        var (trajectory, action) = await LoadAsync(id, actionId, cancellationToken);
        if (trajectory is null || action is null)
        {
            return NotFound();
        }

        if (validate ? !ModelState.IsValid(validator, Input) : !OutcomeFits())
        {
            return Page();
        }

        try
        {
            db.ExpectVersion(action, Version);
            change(trajectory, action);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(ex, localizer, ex.Code == "CompletedOnRequired" || ex.Code.StartsWith("Completed", StringComparison.Ordinal)
                ? nameof(CompletedOn)
                : ActionInput.FieldFor(ex.Code) is { Length: > 0 } field ? $"Input.{field}" : string.Empty);
            return Page();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, localizer["Conflict.Action"]);
            // The hidden field shows the posted value unless it is cleared: the next save must expect the new version.
            ModelState.Remove(nameof(Version));
            Version = await db.FollowUpActions.Where(a => a.Id == actionId).Select(a => EF.Property<Guid>(a, AppDbContext.Version)).SingleAsync(cancellationToken);
            return Page();
        }

        TempData[StatusMessage.Key] = localizer[confirmation].Value;
        return Redirect($"/Dossiers/{id}#actions");
    }

    /// <summary>Completing or cancelling reads only the outcome of the form.</summary>
    private bool OutcomeFits()
    {
        if (Input.Outcome?.Length > ActionDetails.OutcomeMaxLength)
        {
            ModelState.TryAddModelError("Input.Outcome", localizer["Error.OutcomeTooLong"]);
            return false;
        }

        return true;
    }

    private async Task<(Trajectory? Trajectory, FollowUpAction? Action)> LoadAsync(Guid id, Guid actionId, CancellationToken cancellationToken)
    {
        var newcomerId = new NewcomerId(id);
        var name = await db.Newcomers.EditableNameAsync(User, newcomerId, cancellationToken);
        if (name is null)
        {
            return (null, null);
        }

        var trajectory = await db.Trajectories.WithChildren()
            .Where(t => t.NewcomerId == newcomerId && t.Actions.Any(a => a.Id == actionId))
            .SingleOrDefaultAsync(cancellationToken);
        var action = trajectory?.Actions.Single(a => a.Id == actionId);
        if (trajectory is not null && action is not null)
        {
            FullName = name;
            Status = action.Status;
            ViewData["Tracks"] = Enum.GetValues<TrackKind>().Where(k => trajectory.TrackOf(k).Status is TrackStatus.Running or TrackStatus.Completed).ToList();
        }

        return (trajectory, action);
    }
}
