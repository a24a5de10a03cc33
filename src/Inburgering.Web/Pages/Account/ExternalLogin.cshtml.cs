using System.Security.Claims;
using Inburgering.Web.Identity;
using Inburgering.Web.Infrastructure;
using Inburgering.Web.Security.Mfa;
using Inburgering.Web.Security.Oidc;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Inburgering.Web.Pages.Account;

/// <summary>
/// Staff sign-in through the OpenID Connect provider. The provider says who the person is and which role (and agency)
/// they have; the portal finds their staff account (by the provider's subject, or the first time by e-mail) and
/// refuses, with a message and without a session, a missing or unknown role, a role or agency other than the account's,
/// and newcomer accounts. The sign-in then starts the same server-side session as a password does.
/// </summary>
public sealed class ExternalLoginModel(
    SignInManager<AppUser> signInManager,
    IOptions<OidcSettings> settings,
    AppDbContext db,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    private static readonly string[] StaffRoles = [Roles.CaseWorker, Roles.Coordinator, Roles.Admin];

    public IActionResult OnGet() => RedirectToPage("/Account/Login");

    /// <summary>A POST with the antiforgery token, so another site cannot start a sign-in in the user's browser.</summary>
    public IActionResult OnPost(string? returnUrl)
    {
        if (!settings.Value.IsConfigured)
        {
            return NotFound();
        }

        var callback = Url.Page("/Account/ExternalLogin", "Callback", new { returnUrl = Url.IsLocalUrl(returnUrl) ? returnUrl : null });
        return Challenge(new AuthenticationProperties { RedirectUri = callback }, OidcSettings.Scheme);
    }

    public IActionResult OnGetFailed() => Refuse("Oidc.Failed");

    public async Task<IActionResult> OnGetCallbackAsync(string? returnUrl, CancellationToken cancellationToken)
    {
        var external = await HttpContext.AuthenticateAsync(IdentityConstants.ExternalScheme);
        await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
        if (!settings.Value.IsConfigured || external.Principal is not { } principal || principal.FindFirstValue("sub") is not { Length: > 0 } subject)
        {
            return Refuse("Oidc.Failed");
        }

        var claimed = principal.FindAll(settings.Value.RoleClaim).Select(c => c.Value).ToList();
        if (claimed.Count == 0)
        {
            return Refuse("Oidc.NoRole");
        }

        var role = StaffRoles.FirstOrDefault(r => claimed.Contains(r, StringComparer.OrdinalIgnoreCase));
        if (role is null)
        {
            return Refuse("Oidc.UnknownRole");
        }

        var user = await FindAccountAsync(subject, principal.FindFirstValue("email"));
        if (user is null)
        {
            return Refuse("Oidc.NoAccount");
        }

        if (!await signInManager.UserManager.IsInRoleAsync(user, role) || !await AgencyMatchesAsync(user, principal, cancellationToken))
        {
            return Refuse("Oidc.RoleMismatch");
        }

        if (!await db.UserLogins.AnyAsync(l => l.LoginProvider == OidcSettings.Scheme && l.ProviderKey == subject, cancellationToken))
        {
            await signInManager.UserManager.AddLoginAsync(user, new UserLoginInfo(OidcSettings.Scheme, subject, settings.Value.DisplayName));
        }

        var target = Url.IsLocalUrl(returnUrl) ? returnUrl : "/";
        var providerDidMfa = principal.FindAll("amr").Any(c => settings.Value.MfaMethods.Contains(c.Value, StringComparer.OrdinalIgnoreCase));
        if (!providerDidMfa && user.TwoFactorEnabled)
        {
            // The provider checked only a password: the portal's own second step follows, as after a local password.
            var pending = new ClaimsIdentity(IdentityConstants.TwoFactorUserIdScheme);
            pending.AddClaim(new Claim(ClaimTypes.Name, user.Id));
            await HttpContext.SignInAsync(IdentityConstants.TwoFactorUserIdScheme, new ClaimsPrincipal(pending));
            return RedirectToPage("/Account/LoginWith2fa", new { ReturnUrl = target });
        }

        await signInManager.SignInWithClaimsAsync(user, isPersistent: false,
        [
            new Claim("amr", providerDidMfa ? MfaSatisfiedRequirement.MfaMethod : "ext"),
            new Claim(PortalClaims.IdentityProvider, OidcSettings.Scheme),
        ]);
        return LocalRedirect(target);
    }

    /// <summary>The account linked to the provider's subject; the first time, the staff account with the provider's e-mail.</summary>
    private async Task<AppUser?> FindAccountAsync(string subject, string? email)
    {
        var users = signInManager.UserManager;
        var user = await users.FindByLoginAsync(OidcSettings.Scheme, subject);
        if (user is null && !string.IsNullOrWhiteSpace(email))
        {
            user = await users.FindByEmailAsync(email);
        }

        // Newcomers never sign in through the staff provider.
        return user is { NewcomerId: null } ? user : null;
    }

    private async Task<bool> AgencyMatchesAsync(AppUser user, ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        if (settings.Value.AgencyClaim is not { Length: > 0 } claim)
        {
            return true;
        }

        var agency = user.OfficeId is { } office ? await db.Offices.Where(o => o.Id == office).Select(o => (Domain.Organisation.Agency?)o.Agency).SingleOrDefaultAsync(cancellationToken) : null;
        return agency is { } known && string.Equals(principal.FindFirstValue(claim), known.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    private RedirectToPageResult Refuse(string message)
    {
        TempData[StatusMessage.ErrorKey] = localizer[message, settings.Value.DisplayName].Value;
        return RedirectToPage("/Account/Login");
    }
}
