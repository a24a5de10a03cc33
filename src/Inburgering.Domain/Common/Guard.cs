namespace Inburgering.Domain.Common;

internal static class Guard
{
    /// <summary>Required text: <paramref name="whenEmpty"/> when empty, "TextTooLong" (on the same field) when over the length.</summary>
    public static string Text(string? value, int maxLength, DomainError whenEmpty)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            throw new DomainException(whenEmpty);
        }

        return trimmed.Length > maxLength ? throw new DomainException(new DomainError("TextTooLong", whenEmpty.Field)) : trimmed;
    }

    public static string? OptionalText(string? value, int maxLength, DomainError whenTooLong)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        return trimmed.Length > maxLength ? throw new DomainException(whenTooLong) : trimmed;
    }

    public static void NotInFuture(DateOnly? date, DateOnly today, DomainError whenInFuture)
    {
        if (date > today)
        {
            throw new DomainException(whenInFuture);
        }
    }
}
