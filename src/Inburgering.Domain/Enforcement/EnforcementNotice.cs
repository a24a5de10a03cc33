using Inburgering.Domain.Organisation;

namespace Inburgering.Domain.Enforcement;

public enum EnforcementReason
{
    /// <summary>Did not report to the agency within the deadline after its letter.</summary>
    MissedReportDeadline,

    /// <summary>Does not meet the integration contract.</summary>
    ContractNotMet,
}

public enum EnforcementOutcome
{
    Pending,
    Warning,
    Fine,
    Dropped,
}

/// <summary>A notice to the enforcement service (handhaving) and, later, what it decided. The agency is the one that gave notice.</summary>
public sealed class EnforcementNotice
{
    private EnforcementNotice()
    {
    }

    internal EnforcementNotice(Guid id, Agency agency, EnforcementReason reason, DateOnly notifiedOn)
    {
        Id = id;
        Agency = agency;
        Reason = reason;
        NotifiedOn = notifiedOn;
        Outcome = EnforcementOutcome.Pending;
    }

    public Guid Id { get; private set; }

    public Agency Agency { get; private set; }

    public EnforcementReason Reason { get; private set; }

    public DateOnly NotifiedOn { get; private set; }

    public EnforcementOutcome Outcome { get; private set; }

    public DateOnly? DecidedOn { get; private set; }

    public decimal? FineAmount { get; private set; }

    internal void Decide(EnforcementOutcome outcome, DateOnly decidedOn, decimal? fineAmount)
    {
        Outcome = outcome;
        DecidedOn = decidedOn;
        FineAmount = outcome == EnforcementOutcome.Fine ? fineAmount : null;
    }
}
