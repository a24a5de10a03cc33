using Inburgering.Web.Infrastructure;
using Inburgering.Web.Localization;
using Inburgering.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Inburgering.Web.Pages.Admin;

/// <summary>Staff accounts with their open sessions and second factor; the administrator can end all sessions of one account.</summary>
public sealed class AccountsModel(AppDbContext db, UserManager<AppUser> userManager, PortalSessions sessions, IStringLocalizer<SharedResource> localizer, TimeProvider time) : PageModel
{
    public sealed record AccountRow(string Id, string Name, string? Email, string Roles, int OpenSessions, bool Mfa);

    public IReadOnlyList<AccountRow> Accounts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var now = time.UtcNow();
        var staff = await db.Users
            .Where(u => u.NewcomerId == null)
            .OrderBy(u => u.DisplayName)
            .Select(u => new
            {
                u.Id,
                u.DisplayName,
                u.Email,
                u.TwoFactorEnabled,
                Roles = db.UserRoles.Where(r => r.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).ToList(),
                Open = db.UserSessions.Count(s => s.UserId == u.Id && s.EndedAtUtc == null && s.ExpiresAtUtc > now),
            })
            .ToListAsync(cancellationToken);
        Accounts = [.. staff.Select(u => new AccountRow(u.Id, u.DisplayName, u.Email, string.Join(", ", u.Roles.Select(r => localizer[$"Role.{r}"].Value)), u.Open, u.TwoFactorEnabled))];
    }

    public async Task<IActionResult> OnPostSignOutAsync(string id, CancellationToken cancellationToken)
    {
        var user = await userManager.FindByIdAsync(id);
        if (user is null || user.NewcomerId is not null)
        {
            return NotFound();
        }

        // A new stamp also refuses a session that is being started right now; the rows record why they ended.
        await userManager.UpdateSecurityStampAsync(user);
        var ended = await sessions.EndAllAsync(user.Id, SessionEnd.SignedOutEverywhere, except: null, cancellationToken);
        TempData[StatusMessage.Key] = localizer.Plural("Admin.SignedOutEverywhere", ended, user.DisplayName);
        return RedirectToPage();
    }
}
