namespace Inburgering.Domain.Rules;

/// <summary>
/// The participation and network track: at least 40 hours of activities in Dutch, mandatory for
/// obligated newcomers who neither work nor study. Source: Inburgeringsdecreet (in force 1 March 2022).
/// </summary>
public static class ParticipationRule
{
    public const decimal RequiredHours = 40m;

    /// <summary>One activity is logged at most this long; longer stretches are logged as several.</summary>
    public const decimal MaxHoursPerActivity = 40m;

    public static bool IsMandatory(ObligationClass obligation, bool works, bool studies) =>
        obligation == ObligationClass.Obligated && !works && !studies;
}
