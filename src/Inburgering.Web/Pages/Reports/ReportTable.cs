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

    /// <summary>
    /// The figure for a spreadsheet: a plain number in the reader's culture (no thousands separator, no unit), an ISO
    /// date, or the hidden mark.
    /// </summary>
    public string Raw => Suppressed
        ? Display
        : Kind switch
        {
            ValueKind.Date => Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty,
            _ => Number?.ToString("0.#", CultureInfo.CurrentCulture) ?? string.Empty,
        };

    /// <summary>What a chart may plot: nothing for a hidden figure.</summary>
    public decimal? Plottable => Suppressed || Kind == ValueKind.Date ? null : Number;
}

public sealed record ReportRow(string Label, IReadOnlyList<ReportValue> Values, bool IsTotal = false);

/// <param name="Chart">Which columns the chart plots (indexes into <see cref="Columns"/>), none for no chart.</param>
public sealed record ReportTable(string Id, string Title, IReadOnlyList<string> Columns, IReadOnlyList<ReportRow> Rows, IReadOnlyList<int> Chart, string RowHeader)
{
    /// <summary>What the column holds: the kind of its figures (a table's columns each hold one kind).</summary>
    public ValueKind KindOf(int column) => Rows.Count == 0 ? ValueKind.Count : Rows[0].Values[column].Kind;

    /// <summary>The groups a chart shows: every row but the total.</summary>
    public IReadOnlyList<ReportRow> Groups => [.. Rows.Where(r => !r.IsTotal)];

    /// <summary>Nothing counted for this choice: every figure zero or absent (the table still shows the zeros).</summary>
    public bool IsEmpty => Groups.All(r => r.Values.All(v => !v.Suppressed && (v.Number ?? 0) == 0 && v.Date is null));

    /// <summary>A chart only when there is something to draw: a figure above zero, or a hidden one ("&lt;5").</summary>
    public bool HasChart => Chart.Count > 0 && Groups.Any(r => Chart.Any(i => r.Values[i].Suppressed || r.Values[i].Number is > 0));

    /// <summary>The column's name with the unit of a percentage, for a spreadsheet whose cells hold bare numbers.</summary>
    public string ColumnName(int column) => KindOf(column) == ValueKind.Percent ? $"{Columns[column]} (%)" : Columns[column];
}
