using System.Threading.RateLimiting;

namespace Inburgering.Web.Security;

/// <summary>
/// Limits password and activation-code attempts per client address, on top of the per-account lockout: the
/// lockout protects one account, this slows down trying many accounts or codes from one place. Behind a reverse
/// proxy, configure forwarded headers so the client's address is the one counted.
/// </summary>
public static class SignInRateLimit
{
    public const string Policy = "sign-in";

    public static IServiceCollection AddSignInRateLimit(this IServiceCollection services)
    {
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(Policy, context =>
            {
                // Showing the form is free; each submitted password or code counts.
                if (!HttpMethods.IsPost(context.Request.Method))
                {
                    return RateLimitPartition.GetNoLimiter("show");
                }

                var limit = context.RequestServices.GetRequiredService<IConfiguration>().GetValue("Security:SignInAttemptsPerMinute", 20);
                return RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = limit, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
            });
            options.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                return ValueTask.CompletedTask;
            };
        });
        return services;
    }
}
