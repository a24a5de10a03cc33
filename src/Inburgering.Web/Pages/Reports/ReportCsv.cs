using System.Text;
using CsvHelper;

namespace Inburgering.Web.Pages.Reports;

/// <summary>Report tables as CSV for spreadsheets (semicolon, UTF-8 with BOM: what Excel in Belgium opens).</summary>
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

    public static byte[] Write(IEnumerable<ReportTable> tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true))
        using (var csv = CsvWriter.Create(writer, new CsvWriterOptions { Separator = ';' }, leaveOpen: true))
        {
            foreach (var table in tables)
            {
                csv.WriteRecord([Neutralize(table.Title)]);
                csv.WriteRecord([Neutralize(table.RowHeader), .. table.Columns.Select(Neutralize)]);
                foreach (var row in table.Rows)
                {
                    csv.WriteRecord([Neutralize(row.Label), .. row.Values.Select(v => Neutralize(v.Display))]);
                }

                csv.WriteRecord([string.Empty]);
            }
        }

        return stream.ToArray();
    }
}
