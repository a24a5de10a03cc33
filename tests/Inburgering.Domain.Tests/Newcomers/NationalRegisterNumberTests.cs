using Inburgering.Domain.Common;
using Inburgering.Domain.Newcomers;

namespace Inburgering.Domain.Tests.Newcomers;

public class NationalRegisterNumberTests
{
    [Fact]
    public void For_BornBefore2000_ComputesCheckOverTheNineDigits()
    {
        // 850714123 mod 97 = 67, so the check is 97 - 67 = 30.
        var number = NationalRegisterNumber.For(new DateOnly(1985, 7, 14), 123);

        Assert.Equal("85071412330", number.Digits);
    }

    [Fact]
    public void For_BornFrom2000_ComputesCheckWithLeadingTwo()
    {
        // 2030215045 mod 97 = 1, so the check is 96 (without the 2 it would be 67).
        var number = NationalRegisterNumber.For(new DateOnly(2003, 2, 15), 45);

        Assert.Equal("03021504596", number.Digits);
    }

    [Fact]
    public void For_BodyDivisibleBy97_UsesCheck97()
    {
        var number = NationalRegisterNumber.For(new DateOnly(1985, 7, 14), 56);

        Assert.Equal("85071405697", number.Digits);
    }

    [Theory]
    [InlineData(1950, 1, 1, 1)]
    [InlineData(1999, 12, 31, 998)]
    [InlineData(2000, 1, 1, 2)]
    [InlineData(2007, 6, 1, 999)]
    [InlineData(1985, 7, 14, 0)]
    public void Parse_NumberMadeByFor_RoundTrips(int year, int month, int day, int serial)
    {
        var number = NationalRegisterNumber.For(new DateOnly(year, month, day), serial);

        var parsed = NationalRegisterNumber.Parse(number.Formatted);

        Assert.Equal(number, parsed);
        Assert.Equal(11, parsed.Digits.Length);
    }

    [Theory]
    [InlineData("85071412330")]
    [InlineData("85.07.14-123.30")]
    [InlineData("850714-123-30")]
    [InlineData(" 85 07 14 123 30 ")]
    public void Parse_HandComputedNumberBornBefore2000WithAnyFormatting_IsAccepted(string value)
    {
        var number = NationalRegisterNumber.Parse(value);

        Assert.Equal("85071412330", number.Digits);
    }

    [Theory]
    [InlineData("03.02.15-045.96")]
    [InlineData("93.05.18-223.61")]
    public void Parse_HandComputedNumber_IsAccepted(string value)
    {
        var accepted = NationalRegisterNumber.TryParse(value, out var number);

        Assert.True(accepted);
        Assert.Equal(value.Replace(".", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal), number.Digits);
    }

    [Theory]
    [InlineData("85071412331")]
    [InlineData("85071412329")]
    [InlineData("85071412300")]
    [InlineData("03021504595")]
    [InlineData("85071412303")]
    public void TryParse_WrongCheckDigits_IsRejected(string value)
    {
        var accepted = NationalRegisterNumber.TryParse(value, out _);

        Assert.False(accepted);
    }

    [Theory]
    [InlineData("")]
    [InlineData("8507141233")]
    [InlineData("850714123300")]
    [InlineData("85.07.14-123.3")]
    [InlineData("8507141233O")]
    [InlineData("85/07/14-123.30")]
    [InlineData(null)]
    public void TryParse_WrongLengthOrCharacters_IsRejected(string? value)
    {
        var accepted = NationalRegisterNumber.TryParse(value, out _);

        Assert.False(accepted);
    }

    [Fact]
    public void Parse_InvalidNumber_ThrowsWithCode()
    {
        var exception = Assert.Throws<DomainException>(() => NationalRegisterNumber.Parse("85071412331"));

        Assert.Equal("NationalRegisterNumberInvalid", exception.Code);
    }

    [Fact]
    public void Masked_ShowsOnlyTheCheckDigits()
    {
        var number = NationalRegisterNumber.Parse("85071412330");

        Assert.Equal("**.**.**-***.30", number.Masked);
        Assert.Equal(number.Masked, number.ToString());
        Assert.DoesNotContain("850714", number.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Formatted_PutsDotsAndDashInTheUsualPlaces()
    {
        var number = NationalRegisterNumber.Parse("85071412330");

        Assert.Equal("85.07.14-123.30", number.Formatted);
    }

    [Fact]
    public void Equality_SameDigitsDifferentlyFormatted_AreEqual()
    {
        var plain = NationalRegisterNumber.Parse("85071412330");
        var formatted = NationalRegisterNumber.Parse("85.07.14-123.30");

        Assert.Equal(plain, formatted);
    }
}
