using System.Security.Claims;
using Inburgering.Domain.Partners;

namespace Inburgering.Web.Security;

/// <summary>
/// Who sees which organisations and referrals: an admin keeps every organisation, a local government those of its own
/// municipality; partner staff see only the referrals sent to their organisation. Every network page starts here.
/// </summary>
public static class NetworkAccess
{
    public static IQueryable<PartnerOrganisation> ManagedBy(this IQueryable<PartnerOrganisation> organisations, ClaimsPrincipal user)
    {
        if (user.IsInRole(Roles.Admin))
        {
            return organisations;
        }

        if (user.IsInRole(Roles.LocalGovernment) && user.Municipality() is { } municipality)
        {
            return organisations.Where(o => o.Municipality == municipality);
        }

        return organisations.Where(o => false);
    }

    public static IQueryable<Referral> ReceivedBy(this IQueryable<Referral> referrals, ClaimsPrincipal user)
    {
        if (user.IsInRole(Roles.Partner) && user.OrganisationId() is { } organisation)
        {
            return referrals.Where(r => r.OrganisationId == organisation);
        }

        return referrals.Where(r => false);
    }
}
