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
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true))
        using (var csv = CsvWriter.Create(writer, new CsvWriterOptions { Separator = ';', Injection = CsvInjection.Escape }, leaveOpen: true))
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
        }

        return stream.ToArray();
    }
}
