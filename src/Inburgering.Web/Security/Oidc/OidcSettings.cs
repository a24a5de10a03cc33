using Microsoft.AspNetCore.Identity;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Inburgering.Web.Security.Oidc;

/// <summary>
/// Staff sign-in through the agency's (or the government's) OpenID Connect provider (<c>Authentication:Oidc</c>).
/// Without an authority the portal has only its own accounts, as before.
/// </summary>
public sealed class OidcSettings
{
    public const string Section = "Authentication:Oidc";
    public const string Scheme = "oidc";

    public string? Authority { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>The claim in the ID token that names the portal role (CaseWorker, Coordinator or Admin).</summary>
    public string RoleClaim { get; set; } = "role";

    /// <summary>When set, the claim that names the agency; it must be the agency of the staff member's office.</summary>
    public string? AgencyClaim { get; set; }

    /// <summary>The provider's name on the login button.</summary>
    public string DisplayName { get; set; } = "de identiteitsprovider";

    /// <summary>Only a test or a laptop talks to a provider over plain HTTP.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>
    /// <c>amr</c> values (RFC 8176) by which the provider says it checked a second factor. Without one of them the
    /// portal's own MFA rules apply after the provider's sign-in: its TOTP step, or enrolment for roles that need it.
    /// </summary>
    public IList<string> MfaMethods { get; } = ["mfa", "otp", "hwk", "swk"];

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Authority) && !string.IsNullOrWhiteSpace(ClientId);

    /// <summary>Adds the provider when configured: authorization code flow with PKCE, answer in the query string.</summary>
    public static void AddTo(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OidcSettings>().BindConfiguration(Section);
        var settings = configuration.GetSection(Section).Get<OidcSettings>() ?? new OidcSettings();
        if (!settings.IsConfigured)
        {
            return;
        }

        services.AddAuthentication().AddOpenIdConnect(Scheme, options =>
        {
            options.SignInScheme = IdentityConstants.ExternalScheme;
            options.Authority = settings.Authority;
            options.ClientId = settings.ClientId;
            options.ClientSecret = settings.ClientSecret;
            options.RequireHttpsMetadata = settings.RequireHttpsMetadata;
            options.ResponseType = OpenIdConnectResponseType.Code;
            options.ResponseMode = OpenIdConnectResponseMode.Query;
            options.UsePkce = true;
            options.MapInboundClaims = false;
            options.SaveTokens = false;
            options.GetClaimsFromUserInfoEndpoint = false;
            options.Scope.Clear();
            options.Scope.Add("openid");
            options.Scope.Add("profile");
            options.Scope.Add("email");

            // The provider redirects back with a top-level GET (query response mode): Lax cookies suffice, and Secure
            // follows the request so a test on http://127.0.0.1 works; behind HTTPS they are Secure.
            options.CorrelationCookie.SameSite = SameSiteMode.Lax;
            options.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.NonceCookie.SameSite = SameSiteMode.Lax;
            options.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.Events.OnRemoteFailure = context =>
            {
                // A refused consent, an expired state or a provider error: back to the login page with one Dutch message.
                var links = context.HttpContext.RequestServices.GetRequiredService<LinkGenerator>();
                context.Response.Redirect(links.GetPathByPage("/Account/ExternalLogin", "Failed") ?? "/");
                context.HandleResponse();
                return Task.CompletedTask;
            };
        });
    }
}
