using System.Net;
using System.Text;
using AngleSharp.Dom;
using Inburgering.Web.Pages.Reports;

namespace Inburgering.Web.Tests.Reports;

public sealed class ReportTests(KnownDatasetFactory factory) : IClassFixture<KnownDatasetFactory>
{
    private static Dictionary<string, string[]> Rows(IDocument page, string tableId) =>
        page.QuerySelector($"#{tableId}")!.ParentElement!.QuerySelectorAll("tbody tr")
            .ToDictionary(r => r.QuerySelector("th")!.TextContent.Trim(), r => r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray());

    [Fact]
    public async Task Trajectories_AsAdmin_CountsPerAgencyAndRegionWithSmallCellsSuppressed()
    {
        using var admin = await factory.LoginAsync(KnownDatasetFactory.Admin);

        var (response, page) = await admin.GetPageAsync("/Reports/Trajectories");
        var rows = Rows(page, "per-region");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["7", "5", "<5"], rows["AgII – Limburg"][1..]);
        Assert.Equal(["<5", "<5", "0"], rows[$"AgII – {KnownDatasetFactory.FormulaRegion}"][1..]);
        Assert.Equal(["6", "6", "0"], rows["Atlas – Antwerpen"][1..]);
        Assert.Equal(["16", "14", "<5"], rows["Totaal"][1..]);
    }

    [Fact]
    public async Task Trajectories_AsCoordinator_OnlyTheOwnAgencyEvenWhenAnotherIsAskedFor()
    {
        using var coordinator = await factory.LoginAsync(KnownDatasetFactory.CoordinatorAtlas);

        var (_, page) = await coordinator.GetPageAsync("/Reports/Trajectories?Agency=AgII");
        var rows = Rows(page, "per-region");

        Assert.Equal(["Atlas – Antwerpen", "Totaal"], rows.Keys.ToArray());
        Assert.DoesNotContain("Limburg", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FirstActions_SharesPerCategory()
    {
        using var coordinator = await factory.LoginAsync(KnownDatasetFactory.CoordinatorAgII);

        var (_, page) = await coordinator.GetPageAsync("/Reports/FirstActions");
        var rows = Rows(page, "first-actions");

        Assert.Equal("5", rows["Nederlands"][0]);
        Assert.Equal("71,4 %", rows["Nederlands"][1]);
        Assert.Equal("<5", rows["Werk"][0]);
        Assert.Equal("–", rows["Werk"][1]);
        Assert.Equal("7", rows["Totaal"][0]);
    }

    [Fact]
    public async Task Profile_PerspectiveGenderObligationAndBarriers()
    {
        using var coordinator = await factory.LoginAsync(KnownDatasetFactory.CoordinatorAgII);

        var (_, page) = await coordinator.GetPageAsync("/Reports/Profile");

        Assert.Equal(["9", "90,0 %"], Rows(page, "perspective")["Professioneel"]);
        Assert.Equal(["<5", "–"], Rows(page, "perspective")["Educatief"]);
        Assert.Equal(["7", "70,0 %"], Rows(page, "gender")["Vrouw"]);
        Assert.Equal("10", Rows(page, "obligation")["2025"][0]);
        Assert.Equal(["7", "70,0 %"], Rows(page, "barriers")["Nederlands"]);
        Assert.Equal(["<5", "–"], Rows(page, "barriers")["Huisvesting"]);
        Assert.Equal(["0", "0,0 %"], Rows(page, "barriers")["Gezondheid"]);
    }

    [Fact]
    public async Task Durations_MedianDaysAndNoMedianOverFewerThanFivePeople()
    {
        using var coordinator = await factory.LoginAsync(KnownDatasetFactory.CoordinatorAgII);

        var (_, page) = await coordinator.GetPageAsync("/Reports/Durations");
        var total = Rows(page, "durations")["Totaal"];

        Assert.Equal("10", total[0]);
        Assert.Equal("7", total[1]);
        Assert.Equal("<5", total[4]);
        Assert.Equal("<5", total[5]);
    }

    [Fact]
    public async Task Csv_NeutralizesFormulasAndSuppressesSmallCells()
    {
        using var admin = await factory.LoginAsync(KnownDatasetFactory.Admin);

        var response = await admin.Http.GetAsync(new Uri("/Reports/Trajectories?handler=Csv", UriKind.Relative));
        var csv = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());

        var cells = Cells(csv.TrimStart('\uFEFF'));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("\uFEFF", csv, StringComparison.Ordinal);
        Assert.Contains(cells, row => row.Length == 5 && row[0] == "AgII – Limburg" && row.Skip(2).SequenceEqual(["7", "5", "<5"]));
        Assert.Contains(cells, row => row[0] == $"AgII – {KnownDatasetFactory.FormulaRegion}");
        Assert.All(cells.SelectMany(row => row), cell => Assert.False(cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@', $"cell starts like a formula: {cell}"));
    }

    [Fact]
    public async Task Csv_StartsWithTheContext_ThenOneRowPerGroupWithNumbersAsNumbers()
    {
        using var coordinator = await factory.LoginAsync(KnownDatasetFactory.CoordinatorAgII);

        var response = await coordinator.Http.GetAsync(new Uri("/Reports/Durations?From=2024-01-01&To=2026-12-31&handler=Csv", UriKind.Relative));
        var cells = Cells(Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF'));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["Rapport", "Doorlooptijden"], cells[0].Take(2));
        Assert.Equal(["Agentschap", "AgII"], cells[1].Take(2));
        Assert.Equal(["Regio", "Alle regio's"], cells[2].Take(2));
        var nl = System.Globalization.CultureInfo.GetCultureInfo("nl");
        Assert.Equal(["Periode (start van het traject)", $"{new DateOnly(2024, 1, 1).ToString("d MMM yyyy", nl)} tot en met {new DateOnly(2026, 12, 31).ToString("d MMM yyyy", nl)}"], cells[3].Take(2));
        Assert.Equal(["Soort traject", "Inburgeringstraject"], cells[4].Take(2));
        Assert.Equal("Gemaakt op", cells[5][0]);
        Assert.Matches(@"^\d{1,2} \w+\.? \d{4} \d{2}:\d{2}$", cells[5][1]);
        var header = cells.Single(row => row[0] == "Agentschap" && row[2].Length > 0);
        Assert.Equal(header.Length, header.Distinct().Count());
        Assert.Contains("Tot eerste actie (dagen)", header);
        var total = cells.Single(row => row[0] == "Totaal");
        var dutch = System.Globalization.CultureInfo.GetCultureInfo("nl-BE");
        Assert.Equal(10m, decimal.Parse(total[1], System.Globalization.NumberStyles.Number, dutch));
        Assert.Equal(7, int.Parse(total[2], dutch));
        Assert.Equal(["<5", "<5"], total.Skip(5).Take(2));
    }

    [Fact]
    public async Task Filter_EndBeforeStart_IsRefusedAtTheEndDateField()
    {
        using var coordinator = await factory.LoginAsync(KnownDatasetFactory.CoordinatorAgII);

        var (_, page) = await coordinator.GetPageAsync("/Reports/Durations?From=2026-05-01&To=2026-04-01");
        var csv = await coordinator.Http.GetAsync(new Uri("/Reports/Durations?From=2026-05-01&To=2026-04-01&handler=Csv", UriKind.Relative));

        Assert.Equal("true", page.QuerySelector("#to")?.GetAttribute("aria-invalid"));
        Assert.Equal("Kies een einddatum op of na 1 mei 2026, de begindatum.", page.QuerySelector("#to-error")?.TextContent.Trim());
        Assert.Equal("#to", page.QuerySelector("[data-testid=error-summary] a")?.GetAttribute("href"));
        Assert.Null(page.QuerySelector("#durations"));
        Assert.Equal("2026-04-01", page.QuerySelector("#to")?.GetAttribute("value"));
        Assert.Equal("text/html", csv.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Chart_HiddenFiguresAreMarked_AndNoChartWithoutData()
    {
        using var coordinator = await factory.LoginAsync(KnownDatasetFactory.CoordinatorAgII);

        var (_, page) = await coordinator.GetPageAsync("/Reports/FirstActions");
        var (_, empty) = await coordinator.GetPageAsync("/Reports/FirstActions?From=2000-01-01&To=2000-12-31");

        var chart = System.Text.Json.JsonDocument.Parse(page.QuerySelector("canvas[data-chart]")!.GetAttribute("data-chart")!).RootElement;
        Assert.Equal("Aandeel (%)", chart.GetProperty("yTitle").GetString());
        Assert.Equal("Categorie", chart.GetProperty("xTitle").GetString());
        Assert.Contains(chart.GetProperty("datasets")[0].GetProperty("suppressed").EnumerateArray(), s => s.GetBoolean());
        Assert.Null(empty.QuerySelector("canvas"));
        Assert.NotNull(empty.QuerySelector("[data-testid=no-data]"));
        Assert.Equal("0", Rows(empty, "first-actions")["Totaal"][0]);
    }

    /// <summary>RFC 4180 with ';': quoted cells may hold separators, quotes are doubled.</summary>
    private static List<string[]> Cells(string csv)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ';')
            {
                row.Add(cell.ToString());
                cell.Clear();
            }
            else if (c == '\n')
            {
                row.Add(cell.ToString().TrimEnd('\r'));
                cell.Clear();
                rows.Add([.. row]);
                row.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        return rows;
    }

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+31", "'+31")]
    [InlineData("-2", "'-2")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("Limburg", "Limburg")]
    [InlineData("<5", "<5")]
    public void Write_CellThatStartsLikeAFormula_IsWrittenAsText(string value, string expected) =>
        Assert.Equal(expected, Cells(Encoding.UTF8.GetString(ReportCsv.Write([], [value, "x"])).TrimStart('\uFEFF'))[0][0]);

    [Fact]
    public async Task Reports_CaseWorkerOrNewcomer_AreForbidden()
    {
        using var caseWorker = await factory.LoginAsync(KnownDatasetFactory.CaseWorkerLimburg);

        var (response, _) = await caseWorker.GetPageAsync("/Reports/Profile");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Enforcement_AsAdmin_CountsNoticesAndFinesPerAgencyWithSmallCellsSuppressed()
    {
        using var admin = await factory.LoginAsync(KnownDatasetFactory.Admin);

        var (response, page) = await admin.GetPageAsync("/Reports/Enforcement");
        var rows = Rows(page, "enforcement");
        var stopped = Rows(page, "stopped");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["6", "6", "0", "<5", "5", "0", "0"], rows["Atlas"]);
        Assert.False(rows.ContainsKey("AgII"));
        Assert.Equal(["6", "6", "0", "<5", "5", "0", "0"], rows["Totaal"]);
        Assert.All(stopped.Values, cells => Assert.Equal(["0"], cells));
    }

    [Fact]
    public async Task Enforcement_CoordinatorOfAnotherAgency_SeesNoneOfAtlasNotices()
    {
        using var coordinator = await factory.LoginAsync(KnownDatasetFactory.CoordinatorAgII);

        var (_, page) = await coordinator.GetPageAsync("/Reports/Enforcement?Agency=Atlas");
        var rows = Rows(page, "enforcement");

        Assert.False(rows.ContainsKey("Atlas"));
        Assert.Equal(["0", "0", "0", "0", "0", "0", "0"], rows["Totaal"]);
    }

    [Fact]
    public async Task Enforcement_PeriodBeforeTheNotices_CountsNothing()
    {
        using var admin = await factory.LoginAsync(KnownDatasetFactory.Admin);

        var (_, page) = await admin.GetPageAsync($"/Reports/Enforcement?To={KnownDatasetFactory.IntakeOn:yyyy-MM-dd}");

        Assert.Equal(["0", "0", "0", "0", "0", "0", "0"], Rows(page, "enforcement")["Totaal"]);
    }
}
