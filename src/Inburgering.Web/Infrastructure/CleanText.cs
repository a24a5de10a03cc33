using System.Globalization;
using System.Text;

namespace Inburgering.Web.Infrastructure;

/// <summary>What is wrong with a posted text, if anything.</summary>
public enum TextProblem
{
    None,

    /// <summary>Bytes that are not UTF-8 (decoded as U+FFFD or left as %XX by the form reader).</summary>
    InvalidEncoding,

    /// <summary>Control characters, zero-width and direction marks: invisible on screen, different in the database.</summary>
    HiddenCharacters,
}

/// <summary>
/// One rule for every posted text (ASVS 5.0 V1.2/V2.2): Unicode NFC, so "é" typed two ways is one name; no
/// invisible characters, which would let two dossiers look alike or hide text; line breaks and tabs stay.
/// </summary>
public static class CleanText
{
    public static TextProblem Check(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        foreach (var c in value)
        {
            if (c == '\uFFFD')
            {
                return TextProblem.InvalidEncoding;
            }

            if (c is '\r' or '\n' or '\t')
            {
                continue;
            }

            var category = char.GetUnicodeCategory(c);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned
                || c is '\u2028' or '\u2029')
            {
                return TextProblem.HiddenCharacters;
            }
        }

        return TryNormalize(value, out _) ? TextProblem.None : TextProblem.InvalidEncoding;
    }

    public static string Normalize(string value) => TryNormalize(value, out var normalized) ? normalized : value;

    /// <summary>A name is read by people: it needs at least one letter they can see.</summary>
    public static bool HasVisibleLetter(string? value) => value is not null && value.Any(char.IsLetter);

    private static bool TryNormalize(string value, out string normalized)
    {
        try
        {
            normalized = value.Normalize(NormalizationForm.FormC);
            return true;
        }
        catch (ArgumentException)
        {
            // Lone surrogates cannot be normalized; they count as an invalid encoding in the check.
            normalized = value;
            return false;
        }
    }
}
