using System.Text;
using CsvHelper;

namespace Inburgering.Web.Pages.Reports;

/// <summary>Report figures as CSV for spreadsheets (semicolon, UTF-8 with BOM: what Excel in Belgium opens).</summary>
public static class ReportCsv
{
    /// <summary>
    /// A cell starting with = + - @ (or a tab or return) is run as a formula by spreadsheets (CSV injection):
    /// such cells get a leading apostrophe, which spreadsheets show as text. Region and office names are typed by people.
    /// </summary>
    public static string Neutralize(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
    }

    /// <summary>
    /// One figure per line (table; row; column; value), so every report has the same columns and a spreadsheet
    /// can filter or pivot it.
    /// </summary>
    public static byte[] Write(IEnumerable<ReportTable> tables, IReadOnlyList<string> header)
    {
        ArgumentNullException.ThrowIfNull(tables);
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true))
        using (var csv = CsvWriter.Create(writer, new CsvWriterOptions { Separator = ';' }, leaveOpen: true))
        {
            csv.WriteRecord([.. header.Select(Neutralize)]);
            foreach (var table in tables)
            {
                foreach (var row in table.Rows)
                {
                    for (var i = 0; i < table.Columns.Count; i++)
                    {
                        csv.WriteRecord([Neutralize(table.Title), Neutralize(row.Label), Neutralize(table.Columns[i]), Neutralize(row.Values[i].Display)]);
                    }
                }
            }
        }

        return stream.ToArray();
    }
}
