using Inburgering.Domain.Newcomers;

namespace Inburgering.Data.Privacy;

/// <summary>
/// Why a person's identity was removed. A closed list: the grounds of GDPR art. 17(1) that apply to a public task
/// resting on the integration decree, plus the end of the retention period (art. 5(1)(e)). Consent (17(1)(b)) and
/// children's online services (17(1)(f)) are not a basis of this processing and are left out.
/// </summary>
public enum ErasureGround
{
    /// <summary>Art. 5(1)(e): the retention period after the trajectory closed has passed (the daily job).</summary>
    RetentionPeriodEnded,

    /// <summary>Art. 17(1)(a): no longer necessary for the purpose (e.g. registered by mistake, never in the target group).</summary>
    NoLongerNecessary,

    /// <summary>Art. 17(1)(c) with art. 21(1): an objection that was upheld.</summary>
    ObjectionUpheld,

    /// <summary>Art. 17(1)(d): the data was processed unlawfully.</summary>
    UnlawfullyProcessed,

    /// <summary>Art. 17(1)(e): a legal obligation or a court order requires erasure.</summary>
    LegalObligation,
}

public enum ErasureState
{
    /// <summary>Waiting for a second administrator.</summary>
    Requested,

    /// <summary>Confirmed and carried out.</summary>
    Done,

    /// <summary>Not confirmed in time: nothing happened.</summary>
    Expired,
}

/// <summary>
/// One erasure: requested by one administrator and confirmed by another (four eyes), or done by the retention job.
/// The audit row itself holds no personal data of the person beyond the dossier number (and the internal id).
/// </summary>
public sealed class Erasure
{
    public const int NameMaxLength = 100;

    /// <summary>An unconfirmed request lapses after this many days.</summary>
    public const int RequestValidDays = 7;

    private Erasure()
    {
        DossierNumber = string.Empty;
        RequestedById = string.Empty;
        RequestedByName = string.Empty;
    }

    public Guid Id { get; private set; }

    public NewcomerId NewcomerId { get; private set; }

    public string DossierNumber { get; private set; }

    public ErasureGround Ground { get; private set; }

    /// <summary>The administrator who asked; empty for the retention job.</summary>
    public string RequestedById { get; private set; }

    public string RequestedByName { get; private set; }

    public DateTime RequestedAtUtc { get; private set; }

    public DateTime ExpiresAtUtc { get; private set; }

    public string? ConfirmedById { get; private set; }

    public string? ConfirmedByName { get; private set; }

    /// <summary>When the person was anonymised.</summary>
    public DateTime? DoneAtUtc { get; private set; }

    public ErasureState StateAt(DateTime nowUtc) =>
        DoneAtUtc is not null ? ErasureState.Done : nowUtc >= ExpiresAtUtc ? ErasureState.Expired : ErasureState.Requested;

    public static Erasure Request(NewcomerId newcomerId, string dossierNumber, ErasureGround ground, string adminId, string adminName, DateTime nowUtc) => new()
    {
        Id = Guid.NewGuid(),
        NewcomerId = newcomerId,
        DossierNumber = dossierNumber,
        Ground = ground,
        RequestedById = adminId,
        RequestedByName = Shorten(adminName),
        RequestedAtUtc = nowUtc,
        ExpiresAtUtc = nowUtc.AddDays(RequestValidDays),
    };

    /// <summary>The retention job's record: asked and done by the portal itself at the same moment.</summary>
    public static Erasure ByRetention(NewcomerId newcomerId, string dossierNumber, string systemName, DateTime nowUtc) => new()
    {
        Id = Guid.NewGuid(),
        NewcomerId = newcomerId,
        DossierNumber = dossierNumber,
        Ground = ErasureGround.RetentionPeriodEnded,
        RequestedByName = Shorten(systemName),
        ConfirmedByName = Shorten(systemName),
        RequestedAtUtc = nowUtc,
        ExpiresAtUtc = nowUtc,
        DoneAtUtc = nowUtc,
    };

    /// <summary>The second administrator's confirmation. The checks are the caller's to turn into messages; this is the last guard.</summary>
    public void Confirm(string adminId, string adminName, DateTime nowUtc)
    {
        if (adminId == RequestedById || StateAt(nowUtc) != ErasureState.Requested)
        {
            throw new InvalidOperationException("Only another administrator confirms an open request.");
        }

        ConfirmedById = adminId;
        ConfirmedByName = Shorten(adminName);
        DoneAtUtc = nowUtc;
    }

    private static string Shorten(string name) => name.Length > NameMaxLength ? name[..NameMaxLength] : name;
}

/// <summary>
/// Who runs a periodic job now, so that of several instances one does the work: taken by a conditional update
/// (only when free or its holder's lease ran out), given back when done. Works the same on every engine.
/// </summary>
public sealed class JobLease
{
    public const int NameMaxLength = 100;

    private JobLease()
    {
        Name = string.Empty;
        HolderId = string.Empty;
    }

    public JobLease(string name)
    {
        Name = name;
        HolderId = string.Empty;
    }

    public string Name { get; private set; }

    public string HolderId { get; set; }

    public DateTime HeldUntilUtc { get; set; }

    /// <summary>The day (in the portal's time zone) the job last finished: it runs once a day, whichever instance does it.</summary>
    public DateOnly? LastDoneOn { get; set; }
}
