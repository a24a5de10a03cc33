using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Inburgering.Web.Pages;

/// <summary>The start page sends each role to its own first page.</summary>
public sealed class IndexModel : PageModel
{
    public IActionResult OnGet()
    {
        if (User.IsInRole(Roles.CaseWorker))
        {
            return RedirectToPage("/Caseload/Index");
        }

        if (User.IsInRole(Roles.Coordinator))
        {
            return RedirectToPage("/Team/Index");
        }

        if (User.IsInRole(Roles.Newcomer))
        {
            return RedirectToPage("/MyTrajectory/Index");
        }

        if (User.IsInRole(Roles.Partner))
        {
            return RedirectToPage("/Partners/Index");
        }

        if (User.IsInRole(Roles.LocalGovernment))
        {
            return RedirectToPage("/Municipality/Index");
        }

        return User.IsInRole(Roles.Admin) ? RedirectToPage("/Admin/Index") : Forbid();
    }
}
