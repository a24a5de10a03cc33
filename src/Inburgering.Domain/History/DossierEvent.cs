using Inburgering.Domain.Newcomers;

namespace Inburgering.Domain.History;

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
    /// <summary>The longest free text an event carries (a reassignment's reason).</summary>
    public const int DetailMaxLength = 1000;

    private DossierEvent()
    {
        ActorId = string.Empty;
        ActorName = string.Empty;
        Type = string.Empty;
        Change = null!;
    }

    public DossierEvent(NewcomerId newcomerId, DossierChange change, string actorId, string actorName, DateTime occurredAtUtc)
    {
        ArgumentNullException.ThrowIfNull(change);
        Id = Guid.NewGuid();
        NewcomerId = newcomerId;
        Type = change.Type;
        Change = change;
        ActorId = actorId;
        ActorName = actorName;
        OccurredAtUtc = occurredAtUtc;
    }

    public Guid Id { get; private set; }

    public NewcomerId NewcomerId { get; private set; }

    public DateTime OccurredAtUtc { get; private set; }

    public string ActorId { get; private set; }

    public string ActorName { get; private set; }

    /// <summary>The event's type name, stored apart from <see cref="Change"/> so history can be filtered by it.</summary>
    public string Type { get; private set; }

    public DossierChange Change { get; private set; }
}
