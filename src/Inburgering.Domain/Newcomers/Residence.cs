using Inburgering.Domain.Common;

namespace Inburgering.Domain.Newcomers;

/// <summary>Residence status with the dates the rules on obligation and work permission read.</summary>
public sealed record Residence
{
    public Residence(
        ResidenceStatus status,
        DateOnly? registeredOn,
        DateOnly? asylumAppliedOn = null,
        DateOnly? refusalNotifiedOn = null,
        DateOnly? appealLodgedOn = null,
        DateOnly? protectionGrantedOn = null)
    {
        Status = status;
        RegisteredOn = registeredOn;
        AsylumAppliedOn = asylumAppliedOn;
        RefusalNotifiedOn = refusalNotifiedOn;
        AppealLodgedOn = appealLodgedOn;
        ProtectionGrantedOn = protectionGrantedOn;
    }

    public ResidenceStatus Status { get; init; }

    /// <summary>First registration in a Flemish or Brussels municipality.</summary>
    public DateOnly? RegisteredOn { get; init; }

    public DateOnly? AsylumAppliedOn { get; init; }

    /// <summary>When a refusal of the asylum application was notified (if any).</summary>
    public DateOnly? RefusalNotifiedOn { get; init; }

    /// <summary>When an appeal against the refusal was lodged at the RvV (if any).</summary>
    public DateOnly? AppealLodgedOn { get; init; }

    /// <summary>When refugee status or subsidiary protection was granted.</summary>
    public DateOnly? ProtectionGrantedOn { get; init; }

    /// <summary>Checks the dates against each other and against today.</summary>
    public void Validate(DateOnly today)
    {
        Guard.NotInFuture(RegisteredOn, today, NewcomerErrors.RegisteredOnInFuture());
        Guard.NotInFuture(AsylumAppliedOn, today, NewcomerErrors.AsylumAppliedOnInFuture());
        Guard.NotInFuture(RefusalNotifiedOn, today, NewcomerErrors.RefusalNotifiedOnInFuture());
        Guard.NotInFuture(AppealLodgedOn, today, NewcomerErrors.AppealLodgedOnInFuture());
        Guard.NotInFuture(ProtectionGrantedOn, today, NewcomerErrors.ProtectionGrantedOnInFuture());

        if (Status == ResidenceStatus.AsylumApplicant && AsylumAppliedOn is null)
        {
            throw new DomainException(NewcomerErrors.AsylumAppliedOnRequired());
        }

        if (Status != ResidenceStatus.AsylumApplicant && RegisteredOn is null)
        {
            throw new DomainException(NewcomerErrors.RegisteredOnRequired());
        }

        // A protection decision may be years old with its application date unknown; a refusal is read against it.
        if (RefusalNotifiedOn is not null && AsylumAppliedOn is null)
        {
            throw new DomainException(NewcomerErrors.DecisionWithoutApplication());
        }

        if (RefusalNotifiedOn < AsylumAppliedOn)
        {
            throw new DomainException(NewcomerErrors.DecisionBeforeApplication(nameof(RefusalNotifiedOn)));
        }

        if (ProtectionGrantedOn < AsylumAppliedOn)
        {
            throw new DomainException(NewcomerErrors.DecisionBeforeApplication(nameof(ProtectionGrantedOn)));
        }

        if (AppealLodgedOn is not null && RefusalNotifiedOn is null)
        {
            throw new DomainException(NewcomerErrors.AppealWithoutRefusal());
        }

        if (AppealLodgedOn < RefusalNotifiedOn)
        {
            throw new DomainException(NewcomerErrors.AppealBeforeRefusal());
        }
    }
}
