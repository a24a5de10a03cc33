namespace Inburgering.Domain.Rules;

/// <summary>Why the 40 participation hours are or are not owed; the UI shows it as a sentence.</summary>
public enum ParticipationDutyReason
{
    ObligatedWithoutWorkOrStudy,
    Works,
    Studies,
    NotObligated,
    ContractBeforeRule,
}

public sealed record ParticipationDuty(bool Mandatory, ParticipationDutyReason Reason);

/// <summary>
/// The participation and network track: at least 40 hours of activities in Dutch, mandatory for
/// obligated newcomers who neither work nor study. Source: Inburgeringsdecreet as amended by the decree of
/// 29 January 2021, applies from 1 March 2022. Derived, never ticked: a free-movement citizen, an exempt or a
/// voluntary newcomer can never owe hours, and the duty follows the class and the situation on the day asked.
/// </summary>
public static class ParticipationRule
{
    public static readonly DateOnly AppliesFrom = new(2022, 3, 1);

    public const decimal RequiredHours = 40m;

    /// <summary>One activity is logged at most this long; longer stretches are logged as several.</summary>
    public const decimal MaxHoursPerActivity = 40m;

    public static bool IsMandatory(ObligationClass obligation, bool works, bool studies, DateOnly? contractSignedOn = null) =>
        Assess(obligation, works, studies, contractSignedOn).Mandatory;

    /// <param name="contractSignedOn">Contracts from before the track existed owe no hours; unknown counts as under the rule.</param>
    public static ParticipationDuty Assess(ObligationClass obligation, bool works, bool studies, DateOnly? contractSignedOn = null) =>
        contractSignedOn < AppliesFrom ? new(false, ParticipationDutyReason.ContractBeforeRule)
        : obligation != ObligationClass.Obligated ? new(false, ParticipationDutyReason.NotObligated)
        : works ? new(false, ParticipationDutyReason.Works)
        : studies ? new(false, ParticipationDutyReason.Studies)
        : new(true, ParticipationDutyReason.ObligatedWithoutWorkOrStudy);
}
