using Inburgering.Domain.Rules;

namespace Inburgering.Domain.Tests.Rules;

public class DeadlineRulesTests
{
    [Fact]
    public void For_DayBeforeMarch2022_HasNoOralB1Deadline()
    {
        var rules = DeadlineRules.For(new DateOnly(2022, 2, 28));

        Assert.Null(rules.OralB1MonthsAfterCertificate);
    }

    [Theory]
    [InlineData(2022, 3, 1)]
    [InlineData(2025, 6, 1)]
    public void For_FromMarch2022_RequiresOralB1Within24Months(int year, int month, int day)
    {
        var rules = DeadlineRules.For(new DateOnly(year, month, day));

        Assert.Equal(24, rules.OralB1MonthsAfterCertificate);
    }

    [Theory]
    [InlineData(2015, 1, 1)]
    [InlineData(2025, 6, 1)]
    public void For_AnyDate_Gives60DaysForVdabAnd3MonthsToReport(int year, int month, int day)
    {
        var rules = DeadlineRules.For(new DateOnly(year, month, day));

        Assert.Equal(60, rules.VdabRegistrationDays);
        Assert.Equal(3, rules.ReportToAgencyMonths);
    }
}
