using Inburgering.Domain.Common;

namespace Inburgering.Domain.Newcomers;

/// <summary>
/// The Belgian national register (or BIS) number: 11 digits, the last two a mod-97 check over
/// the first nine, prefixed with 2 for people born from 2000 on. Sensitive: show it masked.
/// </summary>
public sealed record NationalRegisterNumber
{
    private NationalRegisterNumber(string digits) => Digits = digits;

    public string Digits { get; }

    /// <summary>Only the check digits visible, as lists and letters should show it.</summary>
    public string Masked => $"**.**.**-***.{Digits[9..]}";

    public string Formatted => $"{Digits[..2]}.{Digits[2..4]}.{Digits[4..6]}-{Digits[6..9]}.{Digits[9..]}";

    public static NationalRegisterNumber Parse(string value) =>
        TryParse(value, out var number) ? number : throw new DomainException(NewcomerErrors.NationalRegisterNumberInvalid());

    public static bool TryParse(string? value, out NationalRegisterNumber number)
    {
        number = null!;
        if (value is null)
        {
            return false;
        }

        var digits = new string([.. value.Where(c => !char.IsWhiteSpace(c) && c is not '.' and not '-')]);
        if (digits.Length != 11 || !digits.All(char.IsAsciiDigit))
        {
            return false;
        }

        var body = long.Parse(digits[..9], System.Globalization.CultureInfo.InvariantCulture);
        var check = int.Parse(digits[9..], System.Globalization.CultureInfo.InvariantCulture);
        var bornBefore2000 = 97 - (body % 97) == check;
        var bornFrom2000 = 97 - ((2_000_000_000 + body) % 97) == check;
        if (!bornBefore2000 && !bornFrom2000)
        {
            return false;
        }

        number = new NationalRegisterNumber(digits);
        return true;
    }

    /// <summary>Builds a valid number for a birth date and serial (demo data and tests).</summary>
    public static NationalRegisterNumber For(DateOnly birthDate, int serial)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(serial);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(serial, 999);
        var body = long.Parse($"{birthDate:yyMMdd}{serial:000}", System.Globalization.CultureInfo.InvariantCulture);
        var check = 97 - ((birthDate.Year >= 2000 ? 2_000_000_000 + body : body) % 97);
        return new NationalRegisterNumber($"{body:000000000}{check:00}");
    }

    public override string ToString() => Masked;
}
