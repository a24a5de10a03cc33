using FluentValidation;
using Inburgering.Domain.Trajectories;
using Inburgering.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Inburgering.Web.Pages.Actions;

/// <summary>Edits, completes or cancels one follow-up action; concurrent edits are reported as a conflict.</summary>
public sealed class EditModel(AppDbContext db, FormWriter writer, IStringLocalizer<SharedResource> localizer, TimeProvider time) : DossierPageModel
{
    [BindProperty]
    public ActionInput Input { get; set; } = new();

    [BindProperty]
    public Guid Version { get; set; }

    [BindProperty]
    public DateOnly? CompletedOn { get; set; }

    /// <summary>True only from the confirmation step: cancelling is final, so the first click only asks.</summary>
    [BindProperty]
    public bool Confirmed { get; set; }

    public ActionStatus Status { get; private set; }

    /// <summary>Set on the confirmation step: the action that will be cancelled.</summary>
    public FollowUpAction? Cancelling { get; private set; }

    public IReadOnlyList<TrackKind> Tracks { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid actionId, CancellationToken cancellationToken)
    {
        var (trajectory, action) = await LoadAsync(actionId, cancellationToken);
        if (trajectory is null || action is null)
        {
            return NotFound();
        }

        Input = ActionInput.From(action);
        Version = db.VersionOf(action);
        CompletedOn = action.CompletedOn ?? time.Today();
        return Page();
    }

    // The outcome is part of the form: a correction (or an emptied field) is saved, never dropped.
    public Task<IActionResult> OnPostAsync(Guid actionId, CancellationToken cancellationToken) =>
        ChangeAsync(actionId, () => true, (t, a) => t.UpdateAction(a.Id, Input.ToDetails(), time.Today(), Input.Outcome ?? string.Empty), "Action.Saved", cancellationToken);

    /// <summary>Completing reads only the date and the outcome of the form.</summary>
    [NoInputValidation]
    public Task<IActionResult> OnPostCompleteAsync(Guid actionId, CancellationToken cancellationToken) =>
        ChangeAsync(actionId, () => OutcomeFits() && CompletedOnGiven(), (t, a) => t.CompleteAction(a.Id, CompletedOn!.Value, Input.Outcome, time.Today()), "Action.Completed", cancellationToken);

    [NoInputValidation]
    public async Task<IActionResult> OnPostCancelAsync(Guid actionId, CancellationToken cancellationToken)
    {
        var (trajectory, action) = await LoadAsync(actionId, cancellationToken);
        if (trajectory is null || action is null)
        {
            return NotFound();
        }

        // An action that can no longer be cancelled gets the rule's own message at once.
        if (Confirmed || action.Status != ActionStatus.Open)
        {
            return await ChangeAsync(actionId, OutcomeFits, (t, a) => t.CancelAction(a.Id, Input.Outcome, time.Today()), "Action.Cancelled", cancellationToken);
        }

        if (OutcomeFits())
        {
            Cancelling = action;
        }

        return Page();
    }

    public override Task<IActionResult> RedisplayAsync(CancellationToken cancellationToken) =>
        ShowAsync(Guid.Parse(RouteData.Values["actionId"]!.ToString()!), cancellationToken);

    private async Task<IActionResult> ShowAsync(Guid actionId, CancellationToken cancellationToken) =>
        await LoadAsync(actionId, cancellationToken) is (null, _) or (_, null) ? NotFound() : Page();

    private async Task<IActionResult> ChangeAsync(Guid actionId, Func<bool> formFits, Action<Trajectory, FollowUpAction> change, string confirmation, CancellationToken cancellationToken)
    {
        var (trajectory, action) = await LoadAsync(actionId, cancellationToken);
        if (trajectory is null || action is null)
        {
            return NotFound();
        }

        if (!formFits())
        {
            return Page();
        }

        db.ExpectVersion(action, Version);
        var conflict = new FormConflict("Conflict.Action", async ct =>
        {
            // The hidden field shows the posted value unless it is cleared: the next save must expect the new version.
            ModelState.Remove(nameof(Version));
            Version = await db.FollowUpActions.Where(a => a.Id == actionId).Select(a => EF.Property<Guid>(a, AppDbContext.Version)).SingleAsync(ct);
        });
        return await writer.SaveAsync(this, () => change(trajectory, action), cancellationToken, conflict)
            ? BackToDossier(localizer[confirmation], "actions")
            : Page();
    }

    private bool OutcomeFits()
    {
        if (Input.Outcome?.Length > ActionDetails.OutcomeMaxLength)
        {
            ModelState.TryAddModelError("Input.Outcome", localizer["Error.OutcomeTooLong"]);
            return false;
        }

        return true;
    }

    private bool CompletedOnGiven()
    {
        if (CompletedOn is null)
        {
            ModelState.TryAddModelError(nameof(CompletedOn), localizer["Error.CompletedOnRequired"]);
            return false;
        }

        return true;
    }

    private async Task<(Trajectory? Trajectory, FollowUpAction? Action)> LoadAsync(Guid actionId, CancellationToken cancellationToken)
    {
        var trajectory = await db.Trajectories.WithChildren()
            .Where(t => t.NewcomerId == Dossier.Id && t.Actions.Any(a => a.Id == actionId))
            .SingleOrDefaultAsync(cancellationToken);
        var action = trajectory?.Actions.Single(a => a.Id == actionId);
        if (trajectory is not null && action is not null)
        {
            Status = action.Status;
            Tracks = Enum.GetValues<TrackKind>().Where(k => trajectory.TrackOf(k).Status is TrackStatus.Running or TrackStatus.Completed).ToList();
        }

        return (trajectory, action);
    }
}
