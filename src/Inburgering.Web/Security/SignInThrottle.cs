using System.Net;
using Inburgering.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Web.Security;

/// <summary>
/// Slows down password and activation-code guessing, counted in the database so that every instance behind the proxy
/// sees the same attempts:
/// <list type="bullet">
/// <item>per client address: at most <c>Security:SignInAttemptsPerMinute</c> submissions a minute (then 429);</item>
/// <item>per account and address: after 5 failed passwords in 15 minutes that address may not try that account;</item>
/// <item>per account from all addresses: after 10 failed passwords in one minute nobody may, until the minute has passed.</item>
/// </list>
/// A stranger on one address thus locks out only themselves; many addresses together can pause an account for a
/// minute at a time, never the 15 minutes an account-wide lockout would give them.
/// </summary>
public sealed class SignInThrottle(AppDbContext db, TimeProvider time, IConfiguration configuration)
{
    public const int FailuresPerAccountAndAddress = 5;
    public static readonly TimeSpan AccountAndAddressWindow = TimeSpan.FromMinutes(15);
    public const int FailuresPerAccount = 10;
    public static readonly TimeSpan AccountWindow = TimeSpan.FromMinutes(1);

    /// <summary>Rows older than every window are of no use; each submission removes them.</summary>
    private static readonly TimeSpan KeptFor = TimeSpan.FromHours(1);

    /// <summary>Counts this submission for its address; false when the address is over its limit (the submission is refused).</summary>
    public async Task<bool> TryAdmitAsync(IPAddress? address, CancellationToken cancellationToken)
    {
        var now = time.UtcNow();
        var key = Key(address);
        var limit = configuration.GetValue("Security:SignInAttemptsPerMinute", 20);
        await db.SignInAttempts.Where(a => a.AtUtc < now - KeptFor).ExecuteDeleteAsync(cancellationToken);
        var recent = await db.SignInAttempts.CountAsync(a => a.Address == key && a.Account == null && a.AtUtc > now.AddMinutes(-1), cancellationToken);
        if (recent >= limit)
        {
            return false;
        }

        await AddAsync(new SignInAttempt { Id = Guid.CreateVersion7(), AtUtc = now, Address = key }, cancellationToken);
        return true;
    }

    /// <summary>Whether this account may be tried from this address now.</summary>
    public async Task<bool> IsBlockedAsync(string account, IPAddress? address, CancellationToken cancellationToken)
    {
        var now = time.UtcNow();
        var key = Key(address);
        var normalized = Normalize(account);
        var failures = await db.SignInAttempts
            .Where(a => a.Account == normalized && a.AtUtc > now - AccountAndAddressWindow)
            .GroupBy(_ => 1)
            .Select(g => new
            {
                FromAddress = g.Count(a => a.Address == key),
                Everywhere = g.Count(a => a.AtUtc > now - AccountWindow),
            })
            .SingleOrDefaultAsync(cancellationToken);
        return failures is not null && (failures.FromAddress >= FailuresPerAccountAndAddress || failures.Everywhere >= FailuresPerAccount);
    }

    public Task RecordFailureAsync(string account, IPAddress? address, CancellationToken cancellationToken) =>
        AddAsync(new SignInAttempt { Id = Guid.CreateVersion7(), AtUtc = time.UtcNow(), Address = Key(address), Account = Normalize(account) }, cancellationToken);

    /// <summary>The right password from an address wipes that address's earlier typos for the account.</summary>
    public Task ForgetFailuresAsync(string account, IPAddress? address, CancellationToken cancellationToken)
    {
        var key = Key(address);
        var normalized = Normalize(account);
        return db.SignInAttempts.Where(a => a.Account == normalized && a.Address == key).ExecuteDeleteAsync(cancellationToken);
    }

    private async Task AddAsync(SignInAttempt attempt, CancellationToken cancellationToken)
    {
        db.SignInAttempts.Add(attempt);
        await db.SaveChangesAsync(cancellationToken);
        db.Entry(attempt).State = EntityState.Detached;
    }

    private static string Key(IPAddress? address) => address is null ? "unknown" : (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).ToString();

    /// <summary>Unknown user names are counted like real ones, so the throttle itself tells nothing about who has an account.</summary>
    private static string Normalize(string account) => account.Trim().ToUpperInvariant();
}
