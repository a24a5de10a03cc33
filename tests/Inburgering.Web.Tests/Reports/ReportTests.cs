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
        Assert.Contains(cells, row => row.SequenceEqual(["Trajecten per agentschap en regio", "AgII – Limburg", "Afgerond", "<5"]));
        Assert.Contains(cells, row => row[1] == $"AgII – {KnownDatasetFactory.FormulaRegion}");
        Assert.All(cells.SelectMany(row => row), cell => Assert.False(cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@', $"cell starts like a formula: {cell}"));
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
