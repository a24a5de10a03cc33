namespace Inburgering.Data.Identity;

/// <summary>Why a session ended before its time.</summary>
public enum SessionEnd
{
    Logout,
    Idle,
    Lifetime,
    SignedOutEverywhere,
    AccountChanged,
    AccountReset,
}

/// <summary>
/// One signed-in browser, kept in the database so that every instance of the portal refuses it the moment it
/// ends: the cookie only names the session, the row decides whether it is still valid (ASVS V7).
/// </summary>
public sealed class UserSession
{
    private UserSession()
    {
        UserId = string.Empty;
        SecurityStamp = string.Empty;
    }

    public Guid Id { get; private set; }

    public string UserId { get; private set; }

    /// <summary>The account's security stamp at sign-in: a password, role or office change gives a new one.</summary>
    public string SecurityStamp { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime LastSeenAtUtc { get; private set; }

    /// <summary>The absolute end, however active the user is.</summary>
    public DateTime ExpiresAtUtc { get; private set; }

    public DateTime? EndedAtUtc { get; private set; }

    public SessionEnd? EndReason { get; private set; }

    public static UserSession Start(string userId, string securityStamp, DateTime nowUtc, TimeSpan lifetime) => new()
    {
        Id = Guid.NewGuid(),
        UserId = userId,
        SecurityStamp = securityStamp,
        CreatedAtUtc = nowUtc,
        LastSeenAtUtc = nowUtc,
        ExpiresAtUtc = nowUtc + lifetime,
    };
}
