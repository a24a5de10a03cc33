using System.Security.Claims;
using Inburgering.Domain.Organisation;
using Inburgering.Domain.Partners;

namespace Inburgering.Web.Security;

/// <summary>
/// Who sees which organisations and referrals: an admin keeps every organisation, an agency's coordinator those in its
/// agency's territory, a local government those of its own municipality; partner staff see only the referrals sent to
/// their organisation. Every network page starts here.
/// </summary>
public static class NetworkAccess
{
    public static IQueryable<PartnerOrganisation> ManagedBy(this IQueryable<PartnerOrganisation> organisations, ClaimsPrincipal user)
    {
        if (user.IsInRole(Roles.Admin))
        {
            return organisations;
        }

        if (user.IsInRole(Roles.Coordinator) && user.Agency() is { } agency)
        {
            return organisations.Where(o => o.Agency == agency);
        }

        if (user.IsInRole(Roles.LocalGovernment) && user.Municipality() is { } municipality)
        {
            return organisations.Where(o => o.Municipality == municipality);
        }

        return organisations.Where(o => false);
    }

    /// <summary>
    /// Whether the user may put an organisation in <paramref name="municipality"/>: an admin anywhere, a coordinator
    /// only in a municipality on the list that its agency serves (a local government's is fixed to its own).
    /// </summary>
    public static bool MayKeepIn(this ClaimsPrincipal user, string? municipality)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.IsInRole(Roles.Admin))
        {
            return true;
        }

        if (user.IsInRole(Roles.Coordinator))
        {
            return user.Agency() is { } agency && Municipalities.Find(municipality)?.Agency == agency;
        }

        return user.IsInRole(Roles.LocalGovernment) && user.Municipality() is { } own && string.Equals(own, municipality?.Trim(), StringComparison.Ordinal);
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
