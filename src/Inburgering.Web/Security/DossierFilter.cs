using Inburgering.Data.Audit;
using Inburgering.Domain.Newcomers;
using Inburgering.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Web.Security;

/// <summary>The dossier a page is about, as the access rules resolved it from the route.</summary>
public sealed record CurrentDossier(NewcomerId Id, string FullName, string Number);

/// <summary>
/// Resolves the route's dossier ({id}) once for every <see cref="DossierPageModel"/>, before any handler runs:
/// reading needs <see cref="DossierAccess.ReadableBy"/>, a change (any other method than GET) needs
/// <see cref="DossierAccess.EditableBy"/>. Otherwise the answer is 404, so a page cannot forget the check and
/// does not reveal that the dossier exists. A page shown is recorded in the access log; a refused read by staff too,
/// so that someone trying dossiers outside their access is seen by the coordinator.
/// </summary>
public sealed class DossierFilter(AppDbContext db, AccessRecorder recorder) : IAsyncPageFilter
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
        var newcomers = reading ? db.Newcomers.ReadableBy(user) : db.Newcomers.EditableBy(user);
        var newcomerId = new NewcomerId(id);
        var cancellationToken = context.HttpContext.RequestAborted;
        var dossier = await newcomers
            .Where(n => n.Id == newcomerId)
            .Select(n => new CurrentDossier(n.Id, n.Person.FirstName + " " + n.Person.LastName, n.Number))
            .SingleOrDefaultAsync(cancellationToken);
        if (dossier is null)
        {
            if (reading && !user.IsInRole(Roles.Newcomer))
            {
                await recorder.RecordAsync(user, AccessKind.Refused, newcomerId, cancellationToken);
            }

            context.Result = new NotFoundResult();
            return;
        }

        page.Dossier = dossier;
        var executed = await next();
        if (reading && executed.Result is PageResult)
        {
            await recorder.RecordAsync(user, page.ReadKind, dossier.Id, cancellationToken);
        }
    }
}
