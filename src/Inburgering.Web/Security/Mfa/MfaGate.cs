using System.Security.Claims;
using Inburgering.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace Inburgering.Web.Security.Mfa;

/// <summary>
/// Part of every policy but the enrolment page's: a user whose role needs a second factor and who signed in without
/// one (the claim <see cref="PortalClaims.MfaEnrolmentDue"/> says they have none yet) may open nothing else.
/// </summary>
public sealed class MfaSatisfiedRequirement : IAuthorizationRequirement, IAuthorizationHandler
{
    /// <summary>What Identity (and an identity provider that did MFA) puts in <c>amr</c> after a second factor.</summary>
    public const string MfaMethod = "mfa";

    public static bool IsSatisfied(ClaimsPrincipal user) =>
        !user.HasClaim(c => c.Type == PortalClaims.MfaEnrolmentDue) || user.HasClaim("amr", MfaMethod);

    public Task HandleAsync(AuthorizationHandlerContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (IsSatisfied(context.User))
        {
            context.Succeed(this);
        }

        return Task.CompletedTask;
    }
}

/// <summary>Sends a user who still has to enrol to the enrolment page instead of answering 403.</summary>
public sealed class MfaEnrolmentRedirect : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(authorizeResult);
        if (authorizeResult.Forbidden && authorizeResult.AuthorizationFailure?.FailedRequirements.OfType<MfaSatisfiedRequirement>().Any() == true)
        {
            context.Response.Redirect(context.RequestServices.GetRequiredService<LinkGenerator>().GetPathByPage("/Profile/Mfa") ?? "/");
            return Task.CompletedTask;
        }

        return _default.HandleAsync(next, context, policy, authorizeResult);
    }
}
