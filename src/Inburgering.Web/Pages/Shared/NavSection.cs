using System.Security.Claims;
using Inburgering.Web.Infrastructure;

namespace Inburgering.Web.Pages.Shared;

/// <summary>
/// Which item of the header menu the current page belongs to, so the layout can mark it (GOV.UK service navigation:
/// <c>aria-current="page"</c> on the item's own page, <c>aria-current="true"</c> on a page inside its section).
/// </summary>
public static class NavSection
{
    private static readonly (string Prefix, string Page)[] Sections =
    [
        ("/Caseload/Agenda", "/Caseload/Agenda"),
        ("/Caseload/", "/Caseload/Index"),
        ("/Dossiers/Register", "/Dossiers/Register"),
        ("/Team/", "/Team/Index"),
        ("/Transfers/", "/Transfers/Index"),
        ("/Reports/", "/Reports/Index"),
        ("/MyTrajectory/Data", "/MyTrajectory/Data"),
        ("/MyTrajectory/", "/MyTrajectory/Index"),
        ("/Admin/", "/Admin/Index"),
        ("/Partners/", "/Partners/Index"),
        ("/Municipality/", "/Municipality/Index"),
        ("/Network/", "/Network/Index"),
        ("/Profile/", "/Profile/Index"),
    ];

    /// <summary>The menu item's page for the page shown, or null when it belongs to no item.</summary>
    public static string? Of(string? page, object? model, ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (model is DossierPageModel)
        {
            // A dossier is reached from the case worker's own list, or from the team overview.
            return user.IsInRole(Roles.CaseWorker) ? "/Caseload/Index"
                : user.IsInRole(Roles.Coordinator) ? "/Team/Index"
                : null;
        }

        return page is null ? null : Sections.FirstOrDefault(s => page.StartsWith(s.Prefix, StringComparison.Ordinal)).Page;
    }

    /// <summary>The value of <c>aria-current</c> for the menu item <paramref name="itemPage"/>, or null.</summary>
    public static string? Current(string itemPage, string? page, string? section) =>
        string.Equals(itemPage, page, StringComparison.Ordinal) ? "page"
        : string.Equals(itemPage, section, StringComparison.Ordinal) ? "true"
        : null;
}
