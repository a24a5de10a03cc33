namespace Inburgering.Domain.Common;

public static class Age
{
    /// <summary>Age in whole years on <paramref name="on"/>; a birthday counts from its own day.</summary>
    public static int InYears(DateOnly birthDate, DateOnly on)
    {
        var age = on.Year - birthDate.Year;
        return birthDate.AddYears(age) > on ? age - 1 : age;
    }

    /// <summary>The day someone reaches <paramref name="years"/>, as <see cref="InYears"/> counts it (29 February: the 28th).</summary>
    public static DateOnly Birthday(DateOnly birthDate, int years) => birthDate.AddYears(years);
}
