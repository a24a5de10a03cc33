using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Inburgering.Web.Localization;

/// <summary>
/// The plural category of a whole number in each of the portal's languages, after the Unicode CLDR plural rules
/// (cldr-json plurals.json): Dutch and English one/other, French one (0 and 1)/many (millions)/other, Ukrainian
/// one/few/many, Arabic zero/one/two/few/many/other. A text with a count has one resource per category,
/// "{key}.{category}", so no language needs "actie(s)".
/// </summary>
public static class PluralRules
{
    public const string Zero = "zero";
    public const string One = "one";
    public const string Two = "two";
    public const string Few = "few";
    public const string Many = "many";
    public const string Other = "other";

    /// <summary>The categories a whole number can fall in, per language: what a translation must provide.</summary>
    public static IReadOnlyList<string> CategoriesOf(string language) => language switch
    {
        "ar" => [Zero, One, Two, Few, Many, Other],
        "uk" => [One, Few, Many, Other],
        _ => [One, Other],
    };

    public static string Category(string language, long count)
    {
        var n = Math.Abs(count);
        return language switch
        {
            "ar" => n switch
            {
                0 => Zero,
                1 => One,
                2 => Two,
                _ when n % 100 is >= 3 and <= 10 => Few,
                _ when n % 100 is >= 11 and <= 99 => Many,
                _ => Other,
            },
            "uk" => (n % 10, n % 100) switch
            {
                (1, not 11) => One,
                ( >= 2 and <= 4, not (>= 12 and <= 14)) => Few,
                _ => Many,
            },
            "fr" => n switch
            {
                0 or 1 => One,
                _ when n % 1_000_000 == 0 => Many,
                _ => Other,
            },
            _ => n == 1 ? One : Other,
        };
    }

    /// <summary>
    /// The text "{key}.{category}" for <paramref name="count"/> in the current UI language, with the count as {0} and
    /// <paramref name="more"/> as {1}…; a category a language does not write out (French "many") falls back to "other".
    /// </summary>
    public static string Plural(this IStringLocalizer localizer, string key, long count, params object[] more)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        ArgumentNullException.ThrowIfNull(more);
        object[] arguments = [count.ToString("N0", CultureInfo.CurrentCulture), .. more];
        var category = Category(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, count);
        var text = localizer[$"{key}.{category}", arguments];
        return text.ResourceNotFound ? localizer[$"{key}.{Other}", arguments] : text;
    }
}
