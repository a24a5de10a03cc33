using System.Security.Claims;
using Inburgering.Web.Identity;

namespace Inburgering.Web.Security;

/// <summary>The signed-in user of the current request, or the system outside a request.</summary>
public sealed class HttpContextActor(IHttpContextAccessor accessor) : IActor
{
    public string Id => User?.FindFirstValue(ClaimTypes.NameIdentifier) ?? SystemActor.Instance.Id;

    public string Name => User?.FindFirstValue(PortalClaims.DisplayName) ?? SystemActor.Instance.Name;

    private ClaimsPrincipal? User => accessor.HttpContext?.User is { Identity.IsAuthenticated: true } user ? user : null;
}
