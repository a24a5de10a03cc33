using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Web.Security.Mfa;

/// <summary>
/// Replaces Identity's authenticator token provider, which accepts a code for two and a half minutes each way and as
/// often as it is sent: here a code is valid in its own 30-second step and one step either side (clock drift of a
/// phone), on the portal's clock, and only once — the accepted step is stored with a conditional update, so two
/// requests with the same code cannot both pass (ASVS V6.5.1).
/// </summary>
public sealed class ReplayProtectedAuthenticator(AppDbContext db, TimeProvider time) : IUserTwoFactorTokenProvider<AppUser>
{
    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<AppUser> manager, AppUser user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        return !string.IsNullOrWhiteSpace(await manager.GetAuthenticatorKeyAsync(user));
    }

    public Task<string> GenerateAsync(string purpose, UserManager<AppUser> manager, AppUser user) => Task.FromResult(string.Empty);

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<AppUser> manager, AppUser user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        ArgumentNullException.ThrowIfNull(user);
        var code = Normalize(token);
        if (code.Length != 6 || !code.All(char.IsAsciiDigit) || await manager.GetAuthenticatorKeyAsync(user) is not { Length: > 0 } key)
        {
            return false;
        }

        var secret = Totp.FromBase32(key);
        var now = Totp.StepAt(time.GetUtcNow());
        long? matched = null;
        for (var step = now - 1; step <= now + 1; step++)
        {
            if (CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Totp.Code(secret, step)), Encoding.ASCII.GetBytes(code)))
            {
                matched = step;
            }
        }

        if (matched is not { } accepted)
        {
            return false;
        }

        var updated = await db.Users
            .Where(u => u.Id == user.Id && (u.AuthenticatorLastStep == null || u.AuthenticatorLastStep < accepted))
            .ExecuteUpdateAsync(u => u.SetProperty(x => x.AuthenticatorLastStep, accepted));
        return updated == 1;
    }

    public static string Normalize(string? token) => (token ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal).Trim();
}
