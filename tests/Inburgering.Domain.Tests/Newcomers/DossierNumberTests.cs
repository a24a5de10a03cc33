using Inburgering.Domain.Common;
using Inburgering.Domain.Newcomers;

namespace Inburgering.Domain.Tests.Newcomers;

public class DossierNumberTests
{
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    [Fact]
    public void Create_AnySeed_GivesIbPrefixAndTwoGroupsOfFourWithoutLookAlikes()
    {
        var numbers = Enumerable.Range(0, 200).Select(seed => DossierNumber.Create(new Random(seed)).Value).ToList();

        Assert.All(numbers, value =>
        {
            Assert.Equal(12, value.Length);
            Assert.StartsWith("IB-", value, StringComparison.Ordinal);
            Assert.Equal('-', value[7]);
            Assert.All(value[3..7] + value[8..], c => Assert.Contains(c, Alphabet));
        });
    }

    [Fact]
    public void Parse_CreatedNumber_RoundTrips()
    {
        var created = DossierNumber.Create(new Random(42));

        var parsed = DossierNumber.Parse(created.Value);

        Assert.Equal(created, parsed);
        Assert.Equal(created.Value, parsed.ToString());
    }

    [Fact]
    public void Parse_LowerCaseWithSpaces_IsNormalised()
    {
        var number = DossierNumber.Parse("  ib-7kq3-m9xz ");

        Assert.Equal("IB-7KQ3-M9XZ", number.Value);
    }

    [Theory]
    [InlineData("IB-7KQ3-M9X0")]
    [InlineData("IB-7KQ3-M9XO")]
    [InlineData("IB-7KQ3-M9X1")]
    [InlineData("IB-7KQ3-M9XI")]
    [InlineData("IB-7KQ3-M9XL")]
    [InlineData("IB-OKQ3-M9XZ")]
    public void TryParse_LookAlikeCharacter_IsRejected(string value)
    {
        var accepted = DossierNumber.TryParse(value, out _);

        Assert.False(accepted);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("IB-7KQ3M9XZ")]
    [InlineData("IB-7KQ3-M9X")]
    [InlineData("IB-7KQ3-M9XZ2")]
    [InlineData("XB-7KQ3-M9XZ")]
    [InlineData("IB 7KQ3-M9XZ")]
    [InlineData("IB-7KQ3_M9XZ")]
    public void TryParse_WrongShape_IsRejected(string? value)
    {
        var accepted = DossierNumber.TryParse(value, out _);

        Assert.False(accepted);
    }

    [Fact]
    public void Parse_Invalid_ThrowsWithCode()
    {
        var exception = Assert.Throws<DomainException>(() => DossierNumber.Parse("IB-0000-0000"));

        Assert.Equal("DossierNumberInvalid", exception.Code);
    }

    [Fact]
    public void Create_WithoutRandom_ThrowsArgumentNull()
    {
        Assert.Throws<ArgumentNullException>(() => DossierNumber.Create(null!));
    }
}
