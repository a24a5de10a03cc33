using System.Security.Cryptography;
using System.Text;
using Inburgering.Domain.Newcomers;

namespace Inburgering.Data.Identity;

public enum InvitationState
{
    Open,
    Used,
    Revoked,
    Expired,
}

/// <summary>
/// A one-time activation code for a newcomer's account, handed over on a printed letter because not every
/// newcomer has e-mail. Only a hash of the code is stored; the code itself is shown once, on the letter.
/// The same route resets a forgotten password.
/// </summary>
public sealed class Invitation
{
    public const int ValidDays = 14;
    public const int CodeLength = 12;

    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    public const int ReasonMaxLength = 500;

    private Invitation()
    {
        CodeHash = string.Empty;
        CreatedById = string.Empty;
    }

    public Guid Id { get; private set; }

    public NewcomerId NewcomerId { get; private set; }

    public string CodeHash { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime ExpiresAtUtc { get; private set; }

    public DateTime? UsedAtUtc { get; private set; }

    public DateTime? RevokedAtUtc { get; private set; }

    public string CreatedById { get; private set; }

    /// <summary>The case worker's name as it was when the code was made: the reset is recorded with it (none on older codes).</summary>
    public string? CreatedByName { get; private set; }

    /// <summary>Why a code was made for an account that already exists (a password reset); required then.</summary>
    public string? Reason { get; private set; }

    /// <summary>The account that was created or given a new password with this code.</summary>
    public string? RedeemedByUserId { get; private set; }

    public static (Invitation Invitation, string Code) Create(NewcomerId newcomerId, string createdById, string createdByName, string? reason, DateTime nowUtc)
    {
        var chars = new char[CodeLength];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        var code = $"{new string(chars, 0, 4)}-{new string(chars, 4, 4)}-{new string(chars, 8, 4)}";
        var invitation = new Invitation
        {
            Id = Guid.NewGuid(),
            NewcomerId = newcomerId,
            CodeHash = Hash(code),
            CreatedAtUtc = nowUtc,
            ExpiresAtUtc = nowUtc.AddDays(ValidDays),
            CreatedById = createdById,
            CreatedByName = createdByName,
            Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(),
        };
        return (invitation, code);
    }

    public InvitationState StateAt(DateTime nowUtc) => StateOf(UsedAtUtc, RevokedAtUtc, ExpiresAtUtc, nowUtc);

    /// <summary>The state from the code's dates alone, for a page that reads only those.</summary>
    public static InvitationState StateOf(DateTime? usedAtUtc, DateTime? revokedAtUtc, DateTime expiresAtUtc, DateTime nowUtc) =>
        usedAtUtc is not null ? InvitationState.Used
        : revokedAtUtc is not null ? InvitationState.Revoked
        : nowUtc >= expiresAtUtc ? InvitationState.Expired
        : InvitationState.Open;

    public void Redeem(string userId, DateTime nowUtc)
    {
        if (StateAt(nowUtc) != InvitationState.Open)
        {
            throw new InvalidOperationException("Only an open invitation can be redeemed.");
        }

        UsedAtUtc = nowUtc;
        RedeemedByUserId = userId;
    }

    public void Revoke(DateTime nowUtc)
    {
        if (StateAt(nowUtc) == InvitationState.Open)
        {
            RevokedAtUtc = nowUtc;
        }
    }

    /// <summary>The stored form of a code, as typed: case, spaces and dashes do not matter.</summary>
    public static string Hash(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var normalized = new string([.. code.ToUpperInvariant().Where(char.IsAsciiLetterOrDigit)]);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(normalized)));
    }
}
