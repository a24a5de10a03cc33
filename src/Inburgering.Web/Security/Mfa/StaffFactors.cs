using System.Security.Claims;
using Inburgering.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;

namespace Inburgering.Web.Security.Mfa;

/// <summary>
/// The second factor of a staff account: the authenticator key, enrolment, recovery codes, switching it off and an
/// administrator's reset. Every change is an <see cref="AccountEvent"/>; a change that gives the account a new
/// security stamp ends its sessions (every <c>UserManager.UpdateAsync</c> does), so the caller signs the current browser
/// in again where that is the owner.
/// </summary>
public sealed class StaffFactors(UserManager<AppUser> users, IUserStore<AppUser> store, AppDbContext db, IActor actor, TimeProvider time)
{
    public const int RecoveryCodeCount = 10;

    /// <summary>The key to show while enrolling; made once and kept until enrolment, without a new security stamp.</summary>
    public async Task<string> PendingKeyAsync(AppUser user)
    {
        if (await users.GetAuthenticatorKeyAsync(user) is { Length: > 0 } key)
        {
            return key;
        }

        // UserManager.ResetAuthenticatorKeyAsync and UpdateAsync would give the account a new stamp (the store marks every
        // column changed, the office too) and so end the session that is showing the key: the token row is saved alone.
        key = users.GenerateNewAuthenticatorKey();
        await KeyStore.SetAuthenticatorKeyAsync(user, key, CancellationToken.None);
        await db.SaveChangesAsync();
        return key;
    }

    /// <summary>Checks a first code from the app and switches MFA on; returns the recovery codes to show once, or null.</summary>
    public async Task<IReadOnlyList<string>?> EnrolAsync(AppUser user, string code)
    {
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            return null;
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount);
        await RecordAsync(user, AccountEventKind.MfaEnabled);
        return [.. codes ?? []];
    }

    public async Task<bool> VerifyCodeAsync(AppUser user, string code) =>
        await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code);

    public async Task<IReadOnlyList<string>> RenewRecoveryCodesAsync(AppUser user)
    {
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount);
        await RecordAsync(user, AccountEventKind.RecoveryCodesRenewed);
        return [.. codes ?? []];
    }

    /// <summary>A recovery code signs in once: Identity removes it as it is redeemed.</summary>
    public async Task<bool> RedeemRecoveryCodeAsync(AppUser user, string code)
    {
        var redeemed = (await users.RedeemTwoFactorRecoveryCodeAsync(user, code.Trim().ToUpperInvariant())).Succeeded;
        if (redeemed)
        {
            await RecordAsync(user, AccountEventKind.RecoveryCodeUsed);
        }

        return redeemed;
    }

    /// <summary>Removes the authenticator and the recovery codes; the account gets a new stamp (its sessions end).</summary>
    public async Task RemoveAsync(AppUser user, AccountEventKind why, string? reason = null)
    {
        await users.SetTwoFactorEnabledAsync(user, false);
        await KeyStore.SetAuthenticatorKeyAsync(user, string.Empty, CancellationToken.None);
        await CodeStore.ReplaceCodesAsync(user, [], CancellationToken.None);
        await users.UpdateSecurityStampAsync(user);
        await RecordAsync(user, why, reason);
    }

    public static bool IsEnrolmentDue(ClaimsPrincipal user) => !MfaSatisfiedRequirement.IsSatisfied(user);

    private IUserAuthenticatorKeyStore<AppUser> KeyStore =>
        store as IUserAuthenticatorKeyStore<AppUser> ?? throw new InvalidOperationException("The user store keeps no authenticator keys.");

    private IUserTwoFactorRecoveryCodeStore<AppUser> CodeStore =>
        store as IUserTwoFactorRecoveryCodeStore<AppUser> ?? throw new InvalidOperationException("The user store keeps no recovery codes.");

    private async Task RecordAsync(AppUser user, AccountEventKind kind, string? reason = null)
    {
        db.AccountEvents.Add(AccountEvent.Record(user.Id, kind, time.UtcNow(), actor, reason));
        await db.SaveChangesAsync();
    }
}
