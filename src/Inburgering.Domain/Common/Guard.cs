namespace Inburgering.Domain.Common;

internal static class Guard
{
    public static string Text(string? value, int maxLength, string code)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > maxLength)
        {
            throw new DomainException(code);
        }

        return trimmed;
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
