namespace Inburgering.Data;

/// <summary>
/// One submitted password or activation code, kept briefly so that every instance counts the same attempts
/// (the sign-in throttle). A row without an account counts towards its address's limit; a row with an account
/// is a failed password for that account.
/// </summary>
public sealed class SignInAttempt
{
    public Guid Id { get; set; }

    public DateTime AtUtc { get; set; }

    /// <summary>The client address as the portal sees it (after a configured proxy's forwarded header).</summary>
    public string Address { get; set; } = string.Empty;

    /// <summary>The normalised user name that was tried; null for the address's own count.</summary>
    public string? Account { get; set; }
}
