using Inburgering.Web.Localization;

namespace Inburgering.Web.Tests.Localization;

/// <summary>The CLDR plural categories of whole numbers in the portal's five languages.</summary>
public sealed class PluralRulesTests
{
    [Theory]
    [InlineData("nl", 0, "other")]
    [InlineData("nl", 1, "one")]
    [InlineData("nl", 2, "other")]
    [InlineData("en", 1, "one")]
    [InlineData("en", 21, "other")]
    [InlineData("fr", 0, "one")]
    [InlineData("fr", 1, "one")]
    [InlineData("fr", 2, "other")]
    [InlineData("fr", 1_000_000, "many")]
    [InlineData("ar", 0, "zero")]
    [InlineData("ar", 1, "one")]
    [InlineData("ar", 2, "two")]
    [InlineData("ar", 3, "few")]
    [InlineData("ar", 10, "few")]
    [InlineData("ar", 11, "many")]
    [InlineData("ar", 99, "many")]
    [InlineData("ar", 100, "other")]
    [InlineData("ar", 102, "other")]
    [InlineData("ar", 103, "few")]
    [InlineData("ar", 111, "many")]
    [InlineData("uk", 1, "one")]
    [InlineData("uk", 21, "one")]
    [InlineData("uk", 11, "many")]
    [InlineData("uk", 2, "few")]
    [InlineData("uk", 24, "few")]
    [InlineData("uk", 12, "many")]
    [InlineData("uk", 5, "many")]
    [InlineData("uk", 0, "many")]
    public void Category_WholeNumber_FollowsCldr(string language, long count, string expected)
    {
        var category = PluralRules.Category(language, count);

        Assert.Equal(expected, category);
    }
}
