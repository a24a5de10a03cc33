using System.Net;
using Microsoft.AspNetCore.Identity;

namespace Inburgering.Web.Security;

/// <summary>
/// Password sign-in that tells nothing: an unknown user name, a wrong password, a locked account and a throttled
/// attempt all fail the same way and cost the same work (one password-hash comparison), so neither the page nor its
/// timing says who has an account. Failures count in <see cref="SignInThrottle"/> instead of Identity's lockout, which
/// let five requests from anybody lock a staff member out for 15 minutes.
/// </summary>
public sealed class QuietSignIn(SignInManager<AppUser> signInManager, SignInThrottle throttle)
{
    private static string? _decoyHash;

    public async Task<SignInResult> PasswordSignInAsync(string userName, string password, IPAddress? address, CancellationToken cancellationToken)
    {
        var users = signInManager.UserManager;
        var blocked = await throttle.IsBlockedAsync(userName, address, cancellationToken);
        var user = await users.FindByNameAsync(userName.Trim());
        if (blocked || user is null || await users.IsLockedOutAsync(user))
        {
            users.PasswordHasher.VerifyHashedPassword(new AppUser(), DecoyHash(users.PasswordHasher), password);
            if (!blocked)
            {
                await throttle.RecordFailureAsync(userName, address, cancellationToken);
            }

            return SignInResult.Failed;
        }

        var result = await signInManager.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: false);
        if (result.Succeeded)
        {
            await throttle.ForgetFailuresAsync(userName, address, cancellationToken);
        }
        else if (!result.RequiresTwoFactor)
        {
            await throttle.RecordFailureAsync(userName, address, cancellationToken);
        }

        return result;
    }

    /// <summary>A hash made with the portal's own hasher settings, so comparing against it costs what a real one does.</summary>
    private static string DecoyHash(IPasswordHasher<AppUser> hasher) =>
        _decoyHash ??= hasher.HashPassword(new AppUser(), Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24)));
}
