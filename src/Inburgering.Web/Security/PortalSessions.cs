using System.Security.Claims;
using Inburgering.Web.Identity;
using Inburgering.Web.Infrastructure;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Inburgering.Web.Security;

/// <summary>
/// Server-side sessions: every sign-in gets a row in <see cref="AppDbContext.UserSessions"/> and its id in the
/// cookie; every request checks the row (one indexed query), so logout, "sign out everywhere", a password, role
/// or office change, the idle timeout and the absolute lifetime end a session at once on every instance. The one
/// exception: a GET of a page with only figures may rely on this instance's check of the last second (ADR 0009).
/// </summary>
public sealed class PortalSessions(AppDbContext db, TimeProvider time, IOptions<SessionLifetimes> options, RecentSessionChecks recent)
{
    /// <summary>Writing "last seen" once a minute is precise enough for an idle timeout of minutes.</summary>
    private static readonly TimeSpan LastSeenPrecision = TimeSpan.FromMinutes(1);

    public static Guid? IdOf(ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(PortalClaims.Session), out var id) ? id : null;

    /// <summary>Called as the cookie is issued: records the session and names it in the cookie.</summary>
    public async Task StartAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        if (principal.Identity is not ClaimsIdentity identity || principal.FindFirstValue(ClaimTypes.NameIdentifier) is not { } userId)
        {
            return;
        }

        if (identity.FindFirst(PortalClaims.Session) is { } earlier)
        {
            identity.RemoveClaim(earlier);
        }

        var stamp = await db.Users.Where(u => u.Id == userId).Select(u => u.SecurityStamp).SingleAsync(cancellationToken) ?? string.Empty;
        var session = UserSession.Start(userId, stamp, time.UtcNow(), options.Value.For(principal.IsInRole(Roles.Newcomer)).Lifetime);
        db.UserSessions.Add(session);
        await db.SaveChangesAsync(cancellationToken);
        identity.AddClaim(new Claim(PortalClaims.Session, session.Id.ToString("D")));
    }

    /// <summary>Called on every request with a cookie: rejects it unless its session is still valid.</summary>
    public async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Principal is not { } principal || IdOf(principal) is not { } id)
        {
            await RejectAsync(context);
            return;
        }

        if (FiguresOnly(context.HttpContext) && recent.Holds(id, principal.FindFirstValue(ClaimTypes.NameIdentifier)))
        {
            return;
        }

        if (!await IsValidAsync(id, principal, context.HttpContext.RequestAborted))
        {
            recent.Ended(id);
            await RejectAsync(context);
        }
    }

    private static async Task RejectAsync(CookieValidatePrincipalContext context)
    {
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
    }

    public async Task EndAsync(Guid sessionId, SessionEnd reason, CancellationToken cancellationToken)
    {
        recent.Ended(sessionId);
        var now = time.UtcNow();
        await db.UserSessions.Where(s => s.Id == sessionId && s.EndedAtUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAtUtc, now).SetProperty(x => x.EndReason, reason), cancellationToken);
    }

    /// <summary>Ends every session of an account, optionally except the one making the change.</summary>
    public async Task<int> EndAllAsync(string userId, SessionEnd reason, Guid? except, CancellationToken cancellationToken)
    {
        recent.EndedAllOf(userId);
        var now = time.UtcNow();
        return await db.UserSessions.Where(s => s.UserId == userId && s.EndedAtUtc == null && s.Id != except)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAtUtc, now).SetProperty(x => x.EndReason, reason), cancellationToken);
    }

    public async Task<int> CountOpenAsync(string userId, CancellationToken cancellationToken)
    {
        var now = time.UtcNow();
        return await db.UserSessions.CountAsync(s => s.UserId == userId && s.EndedAtUtc == null && s.ExpiresAtUtc > now, cancellationToken);
    }

    private async Task<bool> IsValidAsync(Guid id, ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        var session = await db.UserSessions.AsNoTracking()
            .Where(s => s.Id == id)
            .Join(db.Users, s => s.UserId, u => u.Id, (s, u) => new { s.UserId, s.EndedAtUtc, s.ExpiresAtUtc, s.LastSeenAtUtc, Current = s.SecurityStamp == u.SecurityStamp })
            .SingleOrDefaultAsync(cancellationToken);
        if (session is null || session.EndedAtUtc is not null || session.UserId != principal.FindFirstValue(ClaimTypes.NameIdentifier))
        {
            return false;
        }

        var now = time.UtcNow();
        var idle = options.Value.For(principal.IsInRole(Roles.Newcomer)).Idle;
        var end = !session.Current ? SessionEnd.AccountChanged
            : now >= session.ExpiresAtUtc ? SessionEnd.Lifetime
            : now - session.LastSeenAtUtc >= idle ? SessionEnd.Idle
            : (SessionEnd?)null;
        if (end is { } reason)
        {
            await EndAsync(id, reason, cancellationToken);
            return false;
        }

        if (now - session.LastSeenAtUtc >= LastSeenPrecision)
        {
            await db.UserSessions.Where(s => s.Id == id).ExecuteUpdateAsync(s => s.SetProperty(x => x.LastSeenAtUtc, now), cancellationToken);
        }

        recent.Valid(id, session.UserId, session.ExpiresAtUtc);
        return true;
    }

    private static bool FiguresOnly(HttpContext http) =>
        (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
        && http.GetEndpoint()?.Metadata.GetMetadata<FiguresOnlyAttribute>() is not null;
}
