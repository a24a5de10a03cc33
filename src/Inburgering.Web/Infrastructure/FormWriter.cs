using System.Reflection;
using Inburgering.Domain.Common;
using Inburgering.Domain.Newcomers;
using Inburgering.Domain.Rules;
using Inburgering.Domain.Trajectories;
using Inburgering.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Inburgering.Web.Infrastructure;

/// <summary>What a form says when someone else saved the same record in the meantime, and what it refreshes then.</summary>
public sealed record FormConflict(string MessageKey, Func<CancellationToken, Task>? Refresh = null)
{
    public static FormConflict Dossier { get; } = new("Conflict.Dossier");
}

/// <summary>
/// Saves the change a form makes, in one transaction, and turns what can stop it into the form's errors: a broken
/// domain rule next to the field it names (above the form when the form has no such field), a concurrent change
/// above the form. The page keeps what the user typed and shows the form again when this answers false. A change to a
/// dossier is watched: what it moved on the dossier's legal timeline is recorded with it (<see cref="TimelineWatch"/>).
/// </summary>
public sealed class FormWriter(AppDbContext db, IStringLocalizer<SharedResource> localizer, TimeProvider time)
{
    /// <summary>A change to tracked aggregates, saved with one SaveChanges (itself one transaction).</summary>
    public Task<bool> SaveAsync(PageModel page, Action change, CancellationToken cancellationToken, FormConflict? conflict = null)
    {
        ArgumentNullException.ThrowIfNull(change);
        return RunAsync(page, _ => { change(); return Task.FromResult(true); }, inTransaction: false, conflict, cancellationToken);
    }

    /// <summary>
    /// A change to <paramref name="dossier"/> from a page that is not about one dossier (an agency transfer is decided
    /// from the receiving coordinator's list): watched on the legal timeline like a dossier page's change.
    /// </summary>
    public Task<bool> SaveDossierAsync(PageModel page, NewcomerId dossier, Action change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        return RunAsync(page, _ => { change(); return Task.FromResult(true); }, inTransaction: false, conflict: null, cancellationToken, dossier);
    }

    /// <summary>
    /// A change that saves more than once (Identity's UserManager saves on every call) as one explicit transaction.
    /// It answers false when it refused (after putting its reasons on the form); nothing is kept then.
    /// </summary>
    public Task<bool> SaveInTransactionAsync(PageModel page, Func<CancellationToken, Task<bool>> change, CancellationToken cancellationToken) =>
        RunAsync(page, change, inTransaction: true, conflict: null, cancellationToken);

    /// <summary>A one-click change without a form: a refusal is shown once on the page the handler redirects to.</summary>
    public async Task<bool> SaveOrReportAsync(PageModel page, Action change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(change);
        var refusal = await TrySaveAsync(_ => { change(); return Task.FromResult(true); }, inTransaction: false, DossierOf(page), cancellationToken);
        if (refusal is not null)
        {
            page.TempData[StatusMessage.ErrorKey] = refusal.Error is { } error ? Message(error) : localizer[FormConflict.Dossier.MessageKey].Value;
        }

        return refusal is null;
    }

    /// <summary>Where a form shows a rule about <paramref name="field"/>: its input ("Input.DueOn"), a bound property of that name, or above the form.</summary>
    public static string KeyFor(PageModel page, string? field)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (field is null)
        {
            return string.Empty;
        }

        var type = page.GetType();
        var input = type.GetProperty("Input");
        if (input?.GetCustomAttribute<BindPropertyAttribute>() is not null && input.PropertyType.GetProperty(field) is not null)
        {
            return $"Input.{field}";
        }

        return type.GetProperty(field)?.GetCustomAttribute<BindPropertyAttribute>() is not null ? field : string.Empty;
    }

    private async Task<bool> RunAsync(PageModel page, Func<CancellationToken, Task<bool>> change, bool inTransaction, FormConflict? conflict, CancellationToken cancellationToken, NewcomerId? dossier = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        var refusal = await TrySaveAsync(change, inTransaction, dossier ?? DossierOf(page), cancellationToken);
        if (refusal is null)
        {
            return true;
        }

        if (refusal.Error is { } error)
        {
            page.ModelState.AddModelError(KeyFor(page, error.Field), Message(error));
            return false;
        }

        if (!refusal.Conflict)
        {
            return false;
        }

        conflict ??= FormConflict.Dossier;
        page.ModelState.AddModelError(string.Empty, localizer[conflict.MessageKey]);
        if (conflict.Refresh is { } refresh)
        {
            await refresh(cancellationToken);
        }

        return false;
    }

    /// <summary>Null when saved; otherwise why not: a broken rule, a concurrent change, or a change that refused itself.</summary>
    private async Task<Refusal?> TrySaveAsync(Func<CancellationToken, Task<bool>> change, bool inTransaction, NewcomerId? dossier, CancellationToken cancellationToken)
    {
        // Disposed without a commit, the transaction rolls back every save the change made.
        await using var transaction = inTransaction ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            var watch = dossier is { } id ? await WatchAsync(id, cancellationToken) : null;
            if (!await change(cancellationToken))
            {
                return new Refusal(null, Conflict: false);
            }

            watch?.Finish();

            await db.SaveChangesAsync(cancellationToken);
            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken);
            }

            return null;
        }
        catch (DomainException ex)
        {
            return new Refusal(ex.Error, Conflict: false);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new Refusal(null, Conflict: true);
        }
    }

    private static NewcomerId? DossierOf(PageModel page) => page is DossierPageModel { Dossier: { } dossier } ? dossier.Id : null;

    /// <summary>
    /// The dossier and its integration trajectory as the change will see them: the instances the page loaded (tracked
    /// queries return them), loaded here when the page did not need them.
    /// </summary>
    private async Task<TimelineWatch?> WatchAsync(NewcomerId id, CancellationToken cancellationToken)
    {
        var newcomer = await db.Newcomers.SingleOrDefaultAsync(n => n.Id == id, cancellationToken);
        if (newcomer is null || newcomer.AnonymisedOn is not null)
        {
            return null;
        }

        var integration = db.Trajectories.Local.FirstOrDefault(t => t.NewcomerId == id && t.Kind == TrajectoryKind.Integration)
            ?? await db.LoadTrajectoryAsync(id, null, cancellationToken);
        return new TimelineWatch(newcomer, integration, time.Today());
    }

    private sealed record Refusal(DomainError? Error, bool Conflict);

    /// <summary>The rule's message; a date argument is written as the forms write dates.</summary>
    private string Message(DomainError error) =>
        localizer[$"Error.{error.Code}", [.. error.Arguments.Select(a => a is DateOnly day ? Format.Date(day) : a)]].Value;
}
