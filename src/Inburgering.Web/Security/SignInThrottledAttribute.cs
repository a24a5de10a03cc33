using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Inburgering.Web.Security;

/// <summary>
/// On a page that takes a password or an activation code: each submission counts for the client's address
/// (<see cref="SignInThrottle"/>); over the limit the answer is 429 with the "wait a moment" page. Showing the form is free.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class SignInThrottledAttribute : Attribute, IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        if (HttpMethods.IsPost(http.Request.Method)
            && !await http.RequestServices.GetRequiredService<SignInThrottle>().TryAdmitAsync(http.Connection.RemoteIpAddress, http.RequestAborted))
        {
            http.Response.Headers.RetryAfter = "60";
            context.Result = new StatusCodeResult(StatusCodes.Status429TooManyRequests);
            return;
        }

        await next();
    }
}
