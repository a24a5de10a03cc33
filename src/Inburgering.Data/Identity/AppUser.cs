using Inburgering.Domain.Newcomers;
using Microsoft.AspNetCore.Identity;

namespace Inburgering.Data.Identity;

/// <summary>A person who logs in: staff of an office, or a newcomer linked to their own dossier.</summary>
public sealed class AppUser : IdentityUser
{
    public const int DisplayNameMaxLength = 100;

    public string DisplayName { get; set; } = string.Empty;

    /// <summary>The office a staff member works at (which decides their agency).</summary>
    public Guid? OfficeId { get; set; }

    /// <summary>For a newcomer's account: their own dossier, the only one they may see.</summary>
    public NewcomerId? NewcomerId { get; set; }

    /// <summary>For partner staff: the organisation whose referrals they answer, and nothing else.</summary>
    public Guid? OrganisationId { get; set; }

    /// <summary>For local-government staff: the municipality whose figures and organisations they see.</summary>
    public string? Municipality { get; set; }

    /// <summary>
    /// When an activation code last gave this account a new password: told to the newcomer on their next visit,
    /// so a reset they did not ask for does not go unnoticed. Cleared when they have seen it.
    /// </summary>
    public DateTime? PasswordResetNoticeUtc { get; set; }

    /// <summary>
    /// The 30-second time step of the last authenticator code accepted: a code (or an older one) is accepted once, so a
    /// code read over someone's shoulder or caught in transit cannot be replayed (ASVS V6.5).
    /// </summary>
    public long? AuthenticatorLastStep { get; set; }
}
