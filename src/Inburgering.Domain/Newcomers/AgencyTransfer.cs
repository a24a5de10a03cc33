using Inburgering.Domain.Common;
using Inburgering.Domain.History;
using Inburgering.Domain.Organisation;

namespace Inburgering.Domain.Newcomers;

public enum TransferState
{
    Requested,
    Accepted,
    Refused,
}

/// <summary>
/// A dossier handed from one agency to another because the newcomer moved to a municipality the other agency serves
/// (e.g. from Ghent to Brussels). The sending agency asks, with the new municipality, the move date and a reason; the
/// dossier stays with the sender until the receiving agency's coordinator accepts (the dossier, its trajectory and its
/// history move to an office that serves the new municipality) or refuses with a reason (the dossier stays). One open
/// request per dossier: the national register number is unique across agencies, so the receiver cannot register the
/// person again, and a second request would compete with the first.
/// </summary>
public sealed class AgencyTransfer
{
    public const int ReasonMaxLength = DossierEvent.DetailMaxLength;

    /// <summary>How far back a move may be recorded: a transfer is asked soon after the move, not years later.</summary>
    public const int MovedAtMostMonthsAgo = 12;

    private AgencyTransfer()
    {
        Municipality = null!;
        Reason = null!;
        RequestedBy = null!;
    }

    public Guid Id { get; private set; }

    public NewcomerId NewcomerId { get; private set; }

    public Agency From { get; private set; }

    public Agency To { get; private set; }

    /// <summary>The municipality the newcomer moved to, from the configured list.</summary>
    public string Municipality { get; private set; }

    public DateOnly MovedOn { get; private set; }

    public string Reason { get; private set; }

    public DateOnly RequestedOn { get; private set; }

    public string RequestedBy { get; private set; }

    public TransferState State { get; private set; }

    public DateOnly? DecidedOn { get; private set; }

    public string? DecidedBy { get; private set; }

    public string? RefusalReason { get; private set; }

    public bool IsOpen => State == TransferState.Requested;

    /// <param name="open">The dossier's transfers still waiting for an answer: a second request is refused.</param>
    public static AgencyTransfer Request(Newcomer newcomer, string municipality, DateOnly movedOn, string reason, string requestedBy, IEnumerable<AgencyTransfer> open, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(newcomer);
        ArgumentNullException.ThrowIfNull(open);
        if (newcomer.AnonymisedOn is not null)
        {
            throw new DomainException(TransferErrors.DossierAnonymised());
        }

        if (open.Any(t => t.NewcomerId == newcomer.Id && t.IsOpen))
        {
            throw new DomainException(TransferErrors.AlreadyRequested());
        }

        var target = Municipalities.Find(municipality) ?? throw new DomainException(TransferErrors.MunicipalityNotOnList());
        if (target.Agency == newcomer.Agency)
        {
            throw new DomainException(TransferErrors.SameAgency());
        }

        Guard.NotInFuture(movedOn, today, TransferErrors.MovedInFuture());
        if (movedOn < today.AddMonths(-MovedAtMostMonthsAgo) || movedOn < newcomer.RegisteredOn)
        {
            throw new DomainException(TransferErrors.MovedTooLongAgo(MovedAtMostMonthsAgo));
        }

        newcomer.EnsureMoveAfterLastRegionChange(movedOn);

        var transfer = new AgencyTransfer
        {
            Id = Guid.NewGuid(),
            NewcomerId = newcomer.Id,
            From = newcomer.Agency,
            To = target.Agency,
            Municipality = target.Name,
            MovedOn = movedOn,
            Reason = Guard.Text(reason, ReasonMaxLength, TransferErrors.ReasonRequired()),
            RequestedOn = today,
            RequestedBy = Guard.Text(requestedBy, 450, TransferErrors.ReasonRequired()),
            State = TransferState.Requested,
        };
        newcomer.RecordTransferRequested(transfer.To, transfer.Reason);
        return transfer;
    }

    /// <summary>
    /// The receiving agency takes the dossier: to <paramref name="office"/> (which must serve the new municipality) and
    /// <paramref name="caseWorkerId"/>; the municipality and the move date become the dossier's facts.
    /// </summary>
    public void Accept(Newcomer newcomer, Office office, string caseWorkerId, string decidedBy, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(newcomer);
        ArgumentNullException.ThrowIfNull(office);
        EnsureOpenFor(newcomer);
        if (!office.Serves(Municipalities.Find(Municipality)!))
        {
            throw new DomainException(TransferErrors.OfficeDoesNotServe());
        }

        newcomer.TransferTo(office, caseWorkerId, Municipality, MovedOn, today);
        State = TransferState.Accepted;
        DecidedOn = today;
        DecidedBy = decidedBy;
    }

    /// <summary>The receiving agency does not take the dossier: it stays with the sender, with the reason visible.</summary>
    public void Refuse(Newcomer newcomer, string reason, string decidedBy, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(newcomer);
        EnsureOpenFor(newcomer);
        RefusalReason = Guard.Text(reason, ReasonMaxLength, TransferErrors.RefusalReasonRequired());
        State = TransferState.Refused;
        DecidedOn = today;
        DecidedBy = decidedBy;
        newcomer.RecordTransferRefused(To, RefusalReason);
    }

    private void EnsureOpenFor(Newcomer newcomer)
    {
        if (newcomer.Id != NewcomerId)
        {
            throw new InvalidOperationException("The transfer belongs to another dossier.");
        }

        if (!IsOpen)
        {
            throw new DomainException(TransferErrors.AlreadyDecided());
        }
    }
}

/// <summary>The rules a transfer between agencies can be refused with, each with the field it is about.</summary>
public static class TransferErrors
{
    public static DomainError AlreadyRequested() => new("TransferAlreadyRequested");

    public static DomainError AlreadyDecided() => new("TransferAlreadyDecided");

    public static DomainError DossierAnonymised() => new("TransferDossierAnonymised");

    public static DomainError MunicipalityNotOnList() => new("MunicipalityNotOnList", nameof(AgencyTransfer.Municipality));

    public static DomainError SameAgency() => new("TransferSameAgency", nameof(AgencyTransfer.Municipality));

    public static DomainError MovedInFuture() => new("TransferMovedInFuture", nameof(AgencyTransfer.MovedOn));

    public static DomainError MovedTooLongAgo(int months) => new("TransferMovedTooLongAgo", nameof(AgencyTransfer.MovedOn), months);

    /// <param name="lastChange">The day the region last changed: the move is dated on or after it.</param>
    public static DomainError MovedBeforeLastMove(DateOnly lastChange) => new("TransferMovedBeforeLastMove", nameof(AgencyTransfer.MovedOn), lastChange);

    public static DomainError ReasonRequired() => new("ReasonRequired", nameof(AgencyTransfer.Reason));

    public static DomainError RefusalReasonRequired() => new("ReasonRequired", nameof(AgencyTransfer.RefusalReason));

    public static DomainError OfficeDoesNotServe() => new("TransferOfficeDoesNotServe", "Office");
}
