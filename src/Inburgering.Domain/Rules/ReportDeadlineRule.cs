namespace Inburgering.Domain.Rules;

/// <summary>Where an obligated newcomer stands with the duty to report to the agency.</summary>
public enum ReportDuty
{
    /// <summary>No letter sent: no deadline runs.</summary>
    None,
    Pending,
    Overdue,
    ReportedInTime,
    ReportedLate,
}

/// <summary>
/// An obligated newcomer reports to the agency within 3 months after its letter (invitation); the deadline day
/// itself is still in time. Source: Inburgeringsdecreet as amended, applies from 1 March 2022 (the months come from
/// <see cref="DeadlineRules"/> valid on the letter's date). A missed deadline is an overdue item and a ground for enforcement.
/// </summary>
public static class ReportDeadlineRule
{
    public static DateOnly? DueOn(DateOnly? letterSentOn) =>
        letterSentOn is { } sent ? sent.AddMonths(DeadlineRules.For(sent).ReportToAgencyMonths) : null;

    public static ReportDuty State(DateOnly? letterSentOn, DateOnly? dueOn, DateOnly? reportedOn, DateOnly today) =>
        letterSentOn is null || dueOn is not { } due ? ReportDuty.None
        : reportedOn is { } reported ? (reported > due ? ReportDuty.ReportedLate : ReportDuty.ReportedInTime)
        : today > due ? ReportDuty.Overdue
        : ReportDuty.Pending;
}
