namespace Inburgering.Data.Identity;

/// <summary>What happened to the sign-in factors of a staff account.</summary>
public enum AccountEventKind
{
    MfaEnabled,
    MfaDisabled,
    RecoveryCodesRenewed,
    RecoveryCodeUsed,

    /// <summary>An administrator removed the authenticator (a lost phone): the owner must enrol again.</summary>
    MfaResetByAdmin,
}

/// <summary>
/// A change to how a staff member signs in, with who made it and why: an administrator's reset of someone's second
/// factor is a takeover path, so it needs a reason and leaves a trace (ASVS V6.4).
/// </summary>
public sealed class AccountEvent
{
    public const int ReasonMaxLength = 500;

    private AccountEvent()
    {
        UserId = string.Empty;
        ByUserId = string.Empty;
        ByName = string.Empty;
    }

    public Guid Id { get; private set; }

    public string UserId { get; private set; }

    public AccountEventKind Kind { get; private set; }

    public DateTime AtUtc { get; private set; }

    public string ByUserId { get; private set; }

    public string ByName { get; private set; }

    public string? Reason { get; private set; }

    public static AccountEvent Record(string userId, AccountEventKind kind, DateTime atUtc, IActor by, string? reason = null)
    {
        ArgumentNullException.ThrowIfNull(by);
        return new()
        {
            Id = Guid.CreateVersion7(),
            UserId = userId,
            Kind = kind,
            AtUtc = atUtc,
            ByUserId = by.Id,
            ByName = by.Name,
            Reason = reason,
        };
    }
}
