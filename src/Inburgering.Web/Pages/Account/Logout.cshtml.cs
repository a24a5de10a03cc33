using Inburgering.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Inburgering.Web.Pages.Account;

/// <summary>Ends this browser's session in the database, so a copied cookie is refused afterwards too.</summary>
public sealed class LogoutModel(SignInManager<AppUser> signInManager, PortalSessions sessions) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Index");

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (PortalSessions.IdOf(User) is { } session)
        {
            await sessions.EndAsync(session, SessionEnd.Logout, cancellationToken);
        }

        await signInManager.SignOutAsync();
        return RedirectToPage("/Account/Login");
    }
}
