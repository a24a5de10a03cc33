using Inburgering.Domain.Common;

namespace Inburgering.Domain.Tests.Common;

public class AgeTests
{
    [Theory]
    [InlineData(2025, 5, 31, 64)]
    [InlineData(2025, 6, 1, 65)]
    [InlineData(2025, 6, 2, 65)]
    public void InYears_AroundBirthday_CountsFromTheBirthdayItself(int year, int month, int day, int expected)
    {
        var birthDate = new DateOnly(1960, 6, 1);

        var age = Age.InYears(birthDate, new DateOnly(year, month, day));

        Assert.Equal(expected, age);
    }

    [Fact]
    public void InYears_BornOnLeapDayInNonLeapYear_CountsFromFebruary28()
    {
        var birthDate = new DateOnly(1960, 2, 29);

        var age = Age.InYears(birthDate, new DateOnly(2025, 2, 28));

        Assert.Equal(65, age);
    }
}
