using System.Globalization;
using Inburgering.Web.Localization;

namespace Inburgering.Web.Pages.Reports;

public enum ValueKind
{
    Count,
    Percent,
    Days,
    Date,
}

/// <summary>
/// One figure of a report. Counts of 1 to 4 people are shown as "&lt;5" (and their percentages hidden), and a
/// median over fewer than 5 people is not shown: reports must never point at one person.
/// </summary>
public sealed record ReportValue(ValueKind Kind, decimal? Number, bool Suppressed, DateOnly? Date = null)
{
    public const int Threshold = 5;

    public static ReportValue Count(int count) => new(ValueKind.Count, count, count is > 0 and < Threshold);

    public static ReportValue Percent(int count, int total) =>
        new(ValueKind.Percent, total == 0 ? 0 : Math.Round(100m * count / total, 1), count is > 0 and < Threshold);

    /// <param name="basis">How many people the median is taken over.</param>
    public static ReportValue Days(decimal? days, int basis) => new(ValueKind.Days, days, basis < Threshold);

    public static ReportValue On(DateOnly? date) => new(ValueKind.Date, null, false, date);

    /// <summary>The figure as the page and the CSV show it.</summary>
    public string Display => Suppressed
        ? (Kind == ValueKind.Percent ? "–" : "<5")
        : Kind switch
        {
            ValueKind.Count => ((int)(Number ?? 0)).ToString("N0", CultureInfo.CurrentCulture),
            ValueKind.Percent => $"{Number?.ToString("0.0", CultureInfo.CurrentCulture)} %",
            ValueKind.Days => Number?.ToString("0.#", CultureInfo.CurrentCulture) ?? "–",
            _ => Format.Date(Date),
        };

    /// <summary>What a chart may plot: nothing for a hidden figure.</summary>
    public decimal? Plottable => Suppressed || Kind == ValueKind.Date ? null : Number;
}

public sealed record ReportRow(string Label, IReadOnlyList<ReportValue> Values, bool IsTotal = false);

/// <param name="Chart">Which columns the chart plots (indexes into <see cref="Columns"/>), none for no chart.</param>
public sealed record ReportTable(string Id, string Title, IReadOnlyList<string> Columns, IReadOnlyList<ReportRow> Rows, IReadOnlyList<int> Chart, string RowHeader);
