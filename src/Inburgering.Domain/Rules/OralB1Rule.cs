namespace Inburgering.Domain.Rules;

/// <summary>
/// Obligated newcomers reach oral B1 within 24 months after the attest. Source: Inburgeringsdecreet as amended by the
/// decree of 29 January 2021, applies from 1 March 2022 (attests issued from that day; the months come from
/// <see cref="DeadlineRules"/>). The class that counts is the one on the attest's real date of issue; a statement of
/// effort sets no deadline.
/// </summary>
public static class OralB1Rule
{
    public static DateOnly? DueOn(ObligationClass classOnIssue, DateOnly issuedOn) =>
        classOnIssue == ObligationClass.Obligated && DeadlineRules.For(issuedOn).OralB1MonthsAfterCertificate is { } months
            ? issuedOn.AddMonths(months)
            : null;
}
