namespace Inburgering.Domain.Rules;

/// <summary>
/// Deadlines of the trajectory. Source: Inburgeringsdecreet as amended in force 1 March 2022:
/// report to the agency within 3 months of its letter, register with VDAB within 60 days when
/// allowed to work, and (obligated newcomers) reach oral B1 within 24 months of the attest.
/// </summary>
public sealed record DeadlineRules(DateOnly AppliesFrom, int ReportToAgencyMonths, int VdabRegistrationDays, int? OralB1MonthsAfterCertificate)
{
    public static readonly IReadOnlyList<DeadlineRules> History =
    [
        new(DateOnly.MinValue, ReportToAgencyMonths: 3, VdabRegistrationDays: 60, OralB1MonthsAfterCertificate: null),
        new(new DateOnly(2022, 3, 1), ReportToAgencyMonths: 3, VdabRegistrationDays: 60, OralB1MonthsAfterCertificate: 24),
    ];

    public static DeadlineRules For(DateOnly date) => History.Last(r => r.AppliesFrom <= date);

    /// <summary>Working age for the VDAB registration duty.</summary>
    public const int WorkingAgeFrom = 18;

    public const int WorkingAgeUntil = 66;
}
