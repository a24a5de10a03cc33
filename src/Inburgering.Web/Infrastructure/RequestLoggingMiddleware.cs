using System.Diagnostics;
using System.Security.Claims;

namespace Inburgering.Web.Infrastructure;

/// <summary>
/// One log line per request: method, path, status, elapsed time and user id. Never the query
/// string or form (searches contain names), never names or national numbers.
/// </summary>
public sealed class RequestLoggingMiddleware(RequestDelegate next, ILogger<RequestLoggingMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            logger.LogInformation(
                "HTTP {Method} {Path} responded {StatusCode} in {ElapsedMs:0.0} ms for user {UserId}",
                context.Request.Method,
                context.Request.Path.Value,
                context.Response.StatusCode,
                Stopwatch.GetElapsedTime(started).TotalMilliseconds,
                context.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "-");
        }
    }
}
