using System.Linq.Expressions;
using Inburgering.Domain.Newcomers;
using Inburgering.Domain.Rules;

namespace Inburgering.Web.Pages.Caseload;

/// <summary>
/// "The class on day D" as a query condition: a lookup in the stored <see cref="ObligationSchedule"/>, the same answer
/// as <see cref="ObligationSchedule.On"/> and so as <c>ObligationRule</c> (the rule itself stays in the domain; a web
/// test compares both for generated people and days).
/// </summary>
public static class ObligationQuery
{
    public static Expression<Func<Newcomer, bool>> Is(ObligationClass obligation, DateOnly on) => n =>
        (n.Obligations.FourthFrom <= on && n.Obligations.Fourth == obligation)
        || (!(n.Obligations.FourthFrom <= on) && n.Obligations.ThirdFrom <= on && n.Obligations.Third == obligation)
        || (!(n.Obligations.ThirdFrom <= on) && n.Obligations.SecondFrom <= on && n.Obligations.Second == obligation)
        || (!(n.Obligations.SecondFrom <= on) && n.Obligations.Initial == obligation);

    public static Expression<Func<Newcomer, bool>> IsNot(ObligationClass obligation, DateOnly on)
    {
        var condition = Is(obligation, on);
        return Expression.Lambda<Func<Newcomer, bool>>(Expression.Not(condition.Body), condition.Parameters);
    }

    /// <summary>A missed report deadline, or a report made after it: "te laat gemeld".</summary>
    public static Expression<Func<Newcomer, bool>> ReportedLate(DateOnly today) => n =>
        n.ReportDueOn != null && ((n.ReportedOn == null && n.ReportDueOn < today) || n.ReportedOn > n.ReportDueOn);
}
