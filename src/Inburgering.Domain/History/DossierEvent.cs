using Inburgering.Domain.Newcomers;

namespace Inburgering.Domain.History;

public enum DossierEventType
{
    Registered,
    PersonalDataChanged,
    ResidenceChanged,
    Reassigned,
    IntakeCompleted,
    TrackStarted,
    TrackCompleted,
    ActionLogged,
    ActionUpdated,
    ActionCompleted,
    ActionCancelled,
    SocialOrientationTestRecorded,
    DutchExamRecorded,
    CertificateIssued,
    StatementOfEffortIssued,
    FollowUpTrajectoryOpened,
    InvitationCreated,
    InvitationRevoked,
    AccountActivated,
    DataExported,
}

/// <summary>What an aggregate changed and why; who and when are added when it is saved.</summary>
/// <param name="Detail">Field names, a reason or a reference; never a copy of personal data.</param>
public sealed record DossierChange(DossierEventType Type, string? Detail = null);

/// <summary>An aggregate that keeps a record of its changes for the dossier's history.</summary>
public interface IRecordsChanges
{
    NewcomerId DossierId { get; }

    IReadOnlyList<DossierChange> Changes { get; }

    void ClearChanges();
}

/// <summary>One line of a dossier's history: who changed what, when and why.</summary>
public sealed class DossierEvent
{
    public const int DetailMaxLength = 1000;

    private DossierEvent()
    {
        ActorId = string.Empty;
        ActorName = string.Empty;
    }

    public DossierEvent(NewcomerId newcomerId, DossierChange change, string actorId, string actorName, DateTime occurredAtUtc)
    {
        ArgumentNullException.ThrowIfNull(change);
        Id = Guid.NewGuid();
        NewcomerId = newcomerId;
        Type = change.Type;
        Detail = change.Detail is { Length: > DetailMaxLength } detail ? detail[..DetailMaxLength] : change.Detail;
        ActorId = actorId;
        ActorName = actorName;
        OccurredAtUtc = occurredAtUtc;
    }

    public Guid Id { get; private set; }

    public NewcomerId NewcomerId { get; private set; }

    public DateTime OccurredAtUtc { get; private set; }

    public string ActorId { get; private set; }

    public string ActorName { get; private set; }

    public DossierEventType Type { get; private set; }

    public string? Detail { get; private set; }
}
