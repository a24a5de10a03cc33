using System.Globalization;

namespace Inburgering.Web.Localization;

/// <summary>Dates and numbers as the reader's culture writes them.</summary>
public static class Format
{
    public static string Date(DateOnly date) => date.ToString("d MMM yyyy", CultureInfo.CurrentCulture);

    public static string Date(DateOnly? date) => date is { } d ? Date(d) : "–";

    /// <summary>An appointment's day written out with its weekday ("di 8 december 2026"), so nobody misreads it.</summary>
    public static string LongDate(DateOnly date) => date.ToString("ddd d MMMM yyyy", CultureInfo.CurrentCulture);

    public static string Time(TimeOnly time) => time.ToString("HH:mm", CultureInfo.CurrentCulture);

    public static string DateTime(DateTime utc, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTimeFromUtc(utc, zone).ToString("d MMM yyyy HH:mm", CultureInfo.CurrentCulture);

    /// <summary>The time of day in Brussels, e.g. when figures were counted.</summary>
    public static string Time(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(utc, Brussels).ToString("HH:mm", CultureInfo.CurrentCulture);

    public static string Hours(decimal hours) => hours.ToString("0.#", CultureInfo.CurrentCulture);

    /// <summary>Belgian time: staff and newcomers read times in their own zone.</summary>
    public static readonly TimeZoneInfo Brussels = TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels");
}
