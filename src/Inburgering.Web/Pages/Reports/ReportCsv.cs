using System.Text;
using CsvHelper;

namespace Inburgering.Web.Pages.Reports;

/// <summary>Report figures as CSV for spreadsheets (semicolon, UTF-8 with BOM: what Excel in Belgium opens).</summary>
public static class ReportCsv
{
    /// <summary>
    /// One figure per line (table; row; column; value), so every report has the same columns and a spreadsheet
    /// can filter or pivot it. A cell starting with = + - @, a tab or a return would run as a formula in a
    /// spreadsheet (CSV injection; region and office names are typed by people): CsvHelper escapes it with an apostrophe.
    /// </summary>
    public static byte[] Write(IEnumerable<ReportTable> tables, IReadOnlyList<string> header)
    {
        ArgumentNullException.ThrowIfNull(tables);
        return Csv(csv =>
        {
            csv.WriteRecord([.. header]);
            foreach (var table in tables)
            {
                foreach (var row in table.Rows)
                {
                    for (var i = 0; i < table.Columns.Count; i++)
                    {
                        csv.WriteRecord([table.Title, row.Label, table.Columns[i], row.Values[i].Display]);
                    }
                }
            }
        });
    }

    /// <summary>
    /// A report for a policy note: first the context (title, agency, region, period, filters, when it was made), one
    /// "label;value" row each, then every table wide: one row per group, one column per figure, numbers without
    /// thousands separator or unit (the unit is in the column name) so a spreadsheet reads them as numbers. Hidden
    /// figures stay "&lt;5" or "–". Records are padded to one width (a spreadsheet shows the padding as empty cells).
    /// </summary>
    public static byte[] WriteReport(IEnumerable<(string Label, string Value)> context, IReadOnlyList<ReportTable> tables)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(tables);

        // RFC 4180 wants one number of fields in every record: shorter ones are padded with empty fields.
        var width = Math.Max(2, tables.Select(t => t.Columns.Count + 1).DefaultIfEmpty(0).Max());
        string[] Padded(IEnumerable<string> fields) => [.. fields.Concat(Enumerable.Repeat(string.Empty, width)).Take(width)];
        return Csv(csv =>
        {
            foreach (var (label, value) in context)
            {
                csv.WriteRecord(Padded([label, value]));
            }

            foreach (var table in tables)
            {
                csv.WriteRecord(Padded([]));
                csv.WriteRecord(Padded([table.Title]));
                csv.WriteRecord(Padded([table.RowHeader, .. table.Columns.Select((c, i) => table.ColumnName(i))]));
                foreach (var row in table.Rows)
                {
                    csv.WriteRecord(Padded([row.Label, .. row.Values.Select(v => v.Raw)]));
                }
            }
        });
    }

    private static byte[] Csv(Action<CsvWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true))
        using (var csv = CsvWriter.Create(writer, new CsvWriterOptions { Separator = ';', Injection = CsvInjection.Escape }, leaveOpen: true))
        {
            write(csv);
        }

        return stream.ToArray();
    }
}
