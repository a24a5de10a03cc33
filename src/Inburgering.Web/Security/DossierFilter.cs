using Inburgering.Data.Audit;
using Inburgering.Domain.History;
using Inburgering.Domain.Newcomers;
using Inburgering.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Inburgering.Web.Security;

/// <summary>The dossier a page is about, as the access rules resolved it from the route.</summary>
public sealed record CurrentDossier(NewcomerId Id, string FullName, string Number);

/// <summary>
/// Resolves the route's dossier ({id}) once for every <see cref="DossierPageModel"/>, before any handler runs:
/// reading needs <see cref="DossierAccess.ReadableBy"/>, a change (any other method than GET) needs
/// <see cref="DossierAccess.EditableBy"/> (or, where the page allows it, a coordinator of the dossier's agency). Otherwise the answer is 404, so a page cannot forget the check and
/// does not reveal that the dossier exists. A page shown is recorded in the access log; a refused read by staff too,
/// so that someone trying dossiers outside their access is seen by the coordinator.
/// </summary>
public sealed class DossierFilter(AppDbContext db, AccessRecorder recorder, TimeProvider time, IStringLocalizer<SharedResource> localizer) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (context.HandlerInstance is not DossierPageModel page)
        {
            await next();
            return;
        }

        if (!Guid.TryParse(context.RouteData.Values["id"]?.ToString(), out var id))
        {
            context.Result = new NotFoundResult();
            return;
        }

        var user = context.HttpContext.User;
        var method = context.HttpContext.Request.Method;
        var reading = HttpMethods.IsGet(method) || HttpMethods.IsHead(method);
        var newcomers = reading ? db.Newcomers.ReadableBy(user)
            : page.CoordinatorMayChange && user.IsInRole(Roles.Coordinator) ? db.Newcomers.ReadableBy(user).Where(n => n.AnonymisedOn == null)
            : db.Newcomers.EditableBy(user);
        var newcomerId = new NewcomerId(id);
        var cancellationToken = context.HttpContext.RequestAborted;
        // The reader's earlier reads, for the access log's unusual flag, counted in the same command.
        var earlier = UnusualReading.Counted(db, user.UserId(), page.ReadKind, time.UtcNow());
        var found = await newcomers
            .Where(n => n.Id == newcomerId)
            .Select(n => new { Dossier = new CurrentDossier(n.Id, n.Person.FirstName + " " + n.Person.LastName, n.Number), Earlier = earlier.Count() })
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            if (reading && !user.IsInRole(Roles.Newcomer))
            {
                await recorder.RecordAsync(user, AccessKind.Refused, newcomerId, cancellationToken);
            }

            context.Result = !reading && await ReassignedAwayAsync(page, newcomerId, user, cancellationToken) is { } reassigned
                ? reassigned
                : new NotFoundResult();
            return;
        }

        page.Dossier = found.Dossier;
        var executed = await next();
        if (reading && executed.Result is PageResult)
        {
            await recorder.RecordAsync(user, page.ReadKind, found.Dossier.Id, found.Earlier, cancellationToken);
        }
    }

    /// <summary>
    /// A case worker saving a form for a dossier that was reassigned while they typed: the form comes back with what
    /// they typed and why it cannot be saved (409), instead of a bare 404. Only for someone who opened this dossier
    /// before (the access log says so), so it tells nobody anything new.
    /// </summary>
    private async Task<IActionResult?> ReassignedAwayAsync(DossierPageModel page, NewcomerId newcomerId, System.Security.Claims.ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!user.IsInRole(Roles.CaseWorker))
        {
            return null;
        }

        var userId = user.UserId();
        var agency = user.Agency();
        var hadItOpen = await db.AccessLog.AnyAsync(
            e => e.UserId == userId && e.NewcomerId == newcomerId && (e.Kind == AccessKind.Dossier || e.Kind == AccessKind.PersonalData), cancellationToken);
        // Within the agency only: a dossier transferred to another agency (ADR 0007) names nobody of that agency.
        var now = await db.Newcomers.Where(n => n.Id == newcomerId && n.CaseWorkerId != userId && n.Agency == agency)
            .Select(n => new
            {
                Current = new CurrentDossier(n.Id, n.Person.FirstName + " " + n.Person.LastName, n.Number),
                CaseWorker = db.Users.Where(u => u.Id == n.CaseWorkerId).Select(u => u.DisplayName).FirstOrDefault(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (!hadItOpen || now is null)
        {
            return null;
        }

        var reason = (await db.DossierEvents.Where(e => e.NewcomerId == newcomerId && e.Type == nameof(Reassigned))
            .OrderByDescending(e => e.OccurredAtUtc).Select(e => e.Change).FirstOrDefaultAsync(cancellationToken) as Reassigned)?.Reason;
        page.Dossier = now.Current;
        page.ModelState.AddModelError(string.Empty, localizer["Dossier.ReassignedWhileEditing", now.CaseWorker ?? string.Empty, reason ?? string.Empty]);
        var result = await page.RedisplayAsync(cancellationToken);
        if (result is PageResult shown)
        {
            shown.StatusCode = StatusCodes.Status409Conflict;
        }

        return result;
    }
}
