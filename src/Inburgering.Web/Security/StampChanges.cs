using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Inburgering.Web.Security;

/// <summary>
/// A save that gives an account a new security stamp (role, office, second factor, "sign out everywhere") makes this
/// instance forget its recent checks of that account's sessions, so even a figures-only page asks the database again.
/// </summary>
public sealed class StampChanges(RecentSessionChecks recent) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Forget(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Forget(DbContext? context)
    {
        foreach (var user in context?.ChangeTracker.Entries<AppUser>() ?? [])
        {
            if (user.State == EntityState.Modified && user.Property(u => u.SecurityStamp).IsModified)
            {
                recent.EndedAllOf(user.Entity.Id);
            }
        }
    }
}
