using Inburgering.Web.Localization;

namespace Inburgering.Web.Infrastructure;

public static class TimeProviderExtensions
{
    /// <summary>Today's date in Belgium: deadlines and "overdue" follow the local calendar day.</summary>
    public static DateOnly Today(this TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(time.GetUtcNow().UtcDateTime, Format.Brussels));
    }

    public static DateTime UtcNow(this TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return time.GetUtcNow().UtcDateTime;
    }
}
