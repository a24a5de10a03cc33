using Inburgering.Domain.Common;
using Inburgering.Domain.Rules;

namespace Inburgering.Domain.Tests.Rules;

public class SocialOrientationTestRulesTests
{
    private static readonly DateOnly DayBeforeValuesPassMarkRose = new(2023, 2, 28);
    private static readonly DateOnly ValuesPassMarkRose = new(2023, 3, 1);

    [Fact]
    public void For_DayBeforeMarch2023_UsesValuesPassMarkSix()
    {
        var rules = SocialOrientationTestRules.For(DayBeforeValuesPassMarkRose);

        Assert.Equal(6, rules.ValuesPassMark);
        Assert.Equal(16, rules.PracticalPassMark);
        Assert.Equal(30, rules.PracticalQuestions);
        Assert.Equal(11, rules.ValuesQuestions);
    }

    [Fact]
    public void For_FromMarch2023_UsesValuesPassMarkNine()
    {
        var rules = SocialOrientationTestRules.For(ValuesPassMarkRose);

        Assert.Equal(9, rules.ValuesPassMark);
        Assert.Equal(16, rules.PracticalPassMark);
    }

    [Theory]
    [InlineData(16, 6, true)]
    [InlineData(16, 5, false)]
    [InlineData(15, 11, false)]
    [InlineData(30, 11, true)]
    public void IsPassed_BeforeMarch2023_AppliesValuesPassMarkSix(int practical, int values, bool expected)
    {
        var rules = SocialOrientationTestRules.For(DayBeforeValuesPassMarkRose);

        var passed = rules.IsPassed(practical, values);

        Assert.Equal(expected, passed);
    }

    [Theory]
    [InlineData(16, 9, true)]
    [InlineData(16, 8, false)]
    [InlineData(16, 6, false)]
    [InlineData(15, 9, false)]
    [InlineData(0, 0, false)]
    [InlineData(30, 11, true)]
    public void IsPassed_FromMarch2023_AppliesValuesPassMarkNine(int practical, int values, bool expected)
    {
        var rules = SocialOrientationTestRules.For(ValuesPassMarkRose);

        var passed = rules.IsPassed(practical, values);

        Assert.Equal(expected, passed);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(31)]
    public void IsPassed_PracticalScoreOutOfRange_Throws(int practical)
    {
        var rules = SocialOrientationTestRules.For(ValuesPassMarkRose);

        var exception = Assert.Throws<DomainException>(() => rules.IsPassed(practical, 9));

        Assert.Equal("PracticalScoreOutOfRange", exception.Code);
        Assert.Equal([30], exception.Arguments);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(12)]
    public void IsPassed_ValuesScoreOutOfRange_Throws(int values)
    {
        var rules = SocialOrientationTestRules.For(ValuesPassMarkRose);

        var exception = Assert.Throws<DomainException>(() => rules.IsPassed(16, values));

        Assert.Equal("ValuesScoreOutOfRange", exception.Code);
        Assert.Equal([11], exception.Arguments);
    }

    [Fact]
    public void For_DayBeforeMarch2022_ThrowsNoRules()
    {
        var exception = Assert.Throws<DomainException>(() => SocialOrientationTestRules.For(new DateOnly(2022, 2, 28)));

        Assert.Equal("NoTestBeforeRules", exception.Code);
    }

    [Fact]
    public void For_March2022_UsesTheFirstRules()
    {
        var rules = SocialOrientationTestRules.For(new DateOnly(2022, 3, 1));

        Assert.Equal(new DateOnly(2022, 3, 1), rules.AppliesFrom);
        Assert.Equal(6, rules.ValuesPassMark);
    }
}
