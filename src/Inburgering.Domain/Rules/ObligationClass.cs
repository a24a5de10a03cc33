namespace Inburgering.Domain.Rules;

public enum ObligationClass
{
    /// <summary>Verplicht: must complete the integration trajectory.</summary>
    Obligated,

    /// <summary>Rechthebbend: may take part voluntarily.</summary>
    Entitled,

    /// <summary>Vrijgesteld: exempt from the obligation (and may still take part).</summary>
    Exempt,

    /// <summary>Not in the target group of the integration decree.</summary>
    NotInTargetGroup,
}

/// <summary>Why a newcomer falls in their class; the UI shows it as a sentence.</summary>
public enum ObligationReason
{
    TooYoung,
    Minor,
    ShortStay,
    AsylumApplicant,
    AsylumApplicantContractBeforeCutOff,
    AgedOver65,
    PermanentlyUnable,
    FreeMovementCitizen,
    TemporaryProtection,
    Brussels,
    NonEuResidenceRight,
}

public sealed record ObligationAssessment(ObligationClass Class, ObligationReason Reason);
