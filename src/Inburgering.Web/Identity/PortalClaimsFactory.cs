using System.Globalization;
using System.Security.Claims;
using Inburgering.Web.Security.Mfa;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Inburgering.Web.Identity;

/// <summary>Adds agency, office, own dossier, display name and a due MFA enrolment to the login cookie.</summary>
public sealed class PortalClaimsFactory(
    UserManager<AppUser> userManager,
    RoleManager<IdentityRole> roleManager,
    IOptions<IdentityOptions> options,
    IOptions<MfaOptions> mfa,
    AppDbContext db)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(PortalClaims.DisplayName, user.DisplayName));
        if (user.OfficeId is { } officeId)
        {
            var agency = await db.Offices.Where(o => o.Id == officeId).Select(o => o.Agency).SingleAsync();
            identity.AddClaim(new Claim(PortalClaims.Office, officeId.ToString()));
            identity.AddClaim(new Claim(PortalClaims.Agency, agency.ToString()));
        }

        if (!user.TwoFactorEnabled && mfa.Value.IsRequiredFor(identity.FindAll(identity.RoleClaimType).Select(c => c.Value)))
        {
            identity.AddClaim(new Claim(PortalClaims.MfaEnrolmentDue, "true"));
        }

        if (user.OrganisationId is { } organisationId)
        {
            identity.AddClaim(new Claim(PortalClaims.Organisation, organisationId.ToString("D", CultureInfo.InvariantCulture)));
        }

        if (user.Municipality is { Length: > 0 } municipality)
        {
            identity.AddClaim(new Claim(PortalClaims.Municipality, municipality));
        }

        if (user.NewcomerId is { } newcomerId)
        {
            identity.AddClaim(new Claim(PortalClaims.Newcomer, newcomerId.Value.ToString("D", CultureInfo.InvariantCulture)));
        }

        return identity;
    }
}
