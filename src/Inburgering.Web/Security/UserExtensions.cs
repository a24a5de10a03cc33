using System.Security.Claims;
using Inburgering.Domain.Newcomers;
using Inburgering.Domain.Organisation;
using Inburgering.Web.Identity;

namespace Inburgering.Web.Security;

public static class UserExtensions
{
    public static string UserId(this ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("Not signed in.");

    public static string DisplayName(this ClaimsPrincipal user) =>
        user.FindFirstValue(PortalClaims.DisplayName) ?? user.Identity?.Name ?? string.Empty;

    public static Agency? Agency(this ClaimsPrincipal user) =>
        Enum.TryParse<Agency>(user.FindFirstValue(PortalClaims.Agency), out var agency) ? agency : null;

    public static Guid? OfficeId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(PortalClaims.Office), out var id) ? id : null;

    public static Guid? OrganisationId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(PortalClaims.Organisation), out var id) ? id : null;

    public static string? Municipality(this ClaimsPrincipal user) => user.FindFirstValue(PortalClaims.Municipality) is { Length: > 0 } m ? m : null;

    public static NewcomerId? OwnDossier(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(PortalClaims.Newcomer), out var id) ? new NewcomerId(id) : null;
}
