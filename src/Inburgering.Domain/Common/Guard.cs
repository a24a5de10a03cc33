namespace Inburgering.Domain.Common;

internal static class Guard
{
    /// <summary>Required text: <paramref name="code"/> when empty, "TextTooLong" when over the length.</summary>
    public static string Text(string? value, int maxLength, string code)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            throw new DomainException(code);
        }

        return trimmed.Length > maxLength ? throw new DomainException("TextTooLong") : trimmed;
    }

    public static string? OptionalText(string? value, int maxLength, string code)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        return trimmed.Length > maxLength ? throw new DomainException(code) : trimmed;
    }

    public static void NotInFuture(DateOnly? date, DateOnly today, string code)
    {
        if (date > today)
        {
            throw new DomainException(code);
        }
    }
}
