using System.Security.Claims;
using Inburgering.Domain.Newcomers;

namespace Inburgering.Web.Security;

/// <summary>
/// The one place that decides which dossiers a user may see or change. Every page that shows or edits
/// a dossier starts its query here, so a missing check cannot leak one.
/// </summary>
public static class DossierAccess
{
    /// <summary>A newcomer: their own; a case worker: their caseload; a coordinator: their agency.</summary>
    public static IQueryable<Newcomer> ReadableBy(this IQueryable<Newcomer> newcomers, ClaimsPrincipal user)
    {
        if (user.IsInRole(Roles.CaseWorker))
        {
            var userId = user.UserId();
            return newcomers.Where(n => n.CaseWorkerId == userId);
        }

        if (user.IsInRole(Roles.Coordinator) && user.Agency() is { } agency)
        {
            return newcomers.Where(n => n.Agency == agency);
        }

        if (user.IsInRole(Roles.Newcomer) && user.OwnDossier() is { } own)
        {
            return newcomers.Where(n => n.Id == own);
        }

        return newcomers.Where(n => false);
    }

    /// <summary>Only the assigned case worker changes a dossier's content, and nobody an anonymised one.</summary>
    public static IQueryable<Newcomer> EditableBy(this IQueryable<Newcomer> newcomers, ClaimsPrincipal user)
    {
        if (!user.IsInRole(Roles.CaseWorker))
        {
            return newcomers.Where(n => false);
        }

        var userId = user.UserId();
        return newcomers.Where(n => n.CaseWorkerId == userId && n.AnonymisedOn == null);
    }
}
