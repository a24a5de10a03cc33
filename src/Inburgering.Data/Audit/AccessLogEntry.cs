using Inburgering.Domain.Newcomers;
using Inburgering.Domain.Organisation;

namespace Inburgering.Data.Audit;

/// <summary>What was read.</summary>
public enum AccessKind
{
    /// <summary>A dossier page (name, status, history).</summary>
    Dossier,

    /// <summary>The personal data form, with the full national register number.</summary>
    PersonalData,

    /// <summary>A download of the personal data.</summary>
    Export,

    /// <summary>A search or list that returned this person.</summary>
    Search,

    /// <summary>A referral as its partner organisation sees it: only the data shared with it.</summary>
    Referral,

    /// <summary>An attempt to open a dossier outside the reader's access (refused; not a read, shown to coordinators only).</summary>
    Refused,
}

/// <summary>Why, as far as the portal can tell from who reads and their relation to the dossier.</summary>
public enum AccessPurpose
{
    /// <summary>The assigned case worker guiding the trajectory.</summary>
    Guidance,

    /// <summary>A coordinator of the agency: supervision, reassignment, reports.</summary>
    Supervision,

    /// <summary>The newcomer reading their own data (GDPR art. 15).</summary>
    OwnData,

    /// <summary>Staff of a partner organisation answering a referral sent to it, with the newcomer's consent.</summary>
    Referral,
}

/// <summary>
/// One read of a person's data: who (and in which role and organisation), when, what and why. Append-only: the
/// context refuses to change or delete a row; only the retention job removes rows past their period.
/// </summary>
public sealed class AccessLogEntry
{
    public const int NameMaxLength = 100;

    private AccessLogEntry()
    {
        UserId = string.Empty;
        UserName = string.Empty;
        Role = string.Empty;
    }

    public Guid Id { get; private set; }

    public DateTime AtUtc { get; private set; }

    public string UserId { get; private set; }

    public string UserName { get; private set; }

    public string Role { get; private set; }

    /// <summary>The organisation the reader works for; none for the newcomer.</summary>
    public Agency? Agency { get; private set; }

    public NewcomerId NewcomerId { get; private set; }

    public AccessKind Kind { get; private set; }

    public AccessPurpose Purpose { get; private set; }

    /// <summary>Set when the read was out of the ordinary for this reader (<c>UnusualReading</c>); shown to the coordinator.</summary>
    public bool Unusual { get; private set; }

    public static AccessLogEntry Record(NewcomerId newcomerId, AccessKind kind, AccessPurpose purpose, string userId, string userName, string role, Agency? agency, DateTime atUtc, bool unusual = false) => new()
    {
        Id = Guid.NewGuid(),
        NewcomerId = newcomerId,
        Kind = kind,
        Purpose = purpose,
        UserId = userId,
        UserName = userName.Length > NameMaxLength ? userName[..NameMaxLength] : userName,
        Role = role,
        Agency = agency,
        AtUtc = atUtc,
        Unusual = unusual,
    };
}
