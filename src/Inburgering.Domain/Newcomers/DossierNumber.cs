using Inburgering.Domain.Common;

namespace Inburgering.Domain.Newcomers;

/// <summary>
/// The number staff quote on the phone and in letters: "IB-" and eight characters from an
/// alphabet without look-alikes (no 0/O, 1/I/L), random so it says nothing about the person.
/// </summary>
public sealed record DossierNumber
{
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    private DossierNumber(string value) => Value = value;

    public string Value { get; }

    public static DossierNumber Create(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        Span<char> chars = stackalloc char[8];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = Alphabet[random.Next(Alphabet.Length)];
        }

        return new DossierNumber($"IB-{chars[..4]}-{chars[4..]}");
    }

    public static DossierNumber Parse(string value) =>
        TryParse(value, out var number) ? number : throw new DomainException(NewcomerErrors.DossierNumberInvalid());

    public static bool TryParse(string? value, out DossierNumber number)
    {
        number = null!;
        var text = value?.Trim().ToUpperInvariant();
        if (text is null || text.Length != 12 || !text.StartsWith("IB-", StringComparison.Ordinal) || text[7] != '-')
        {
            return false;
        }

        foreach (var c in text[3..7] + text[8..])
        {
            if (!Alphabet.Contains(c, StringComparison.Ordinal))
            {
                return false;
            }
        }

        number = new DossierNumber(text);
        return true;
    }

    public override string ToString() => Value;
}
