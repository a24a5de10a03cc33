using Inburgering.DemoData;
using Microsoft.Playwright;

namespace Inburgering.BrowserTests.Journeys;

public sealed class CoordinatorJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Coordinator_ReviewsStalledDossiers_ReassignsThem_ReadsAReportAndDownloadsCsv()
    {
        var page = await browser.NewPageAsync();
        await page.LoginAsync(DemoDataSeeder.CoordinatorEmail);

        // The team overview, then one case worker's stalled dossiers.
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Teamoverzicht", Level = 1 })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("coordinator-1-team");
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("Stilgevallen dossiers van Tom Maes$") }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dossiers van het team", Level = 1 })).ToBeVisibleAsync();
        var rows = page.Locator("main table tbody tr");
        var stalled = await rows.CountAsync();
        Assert.True(stalled >= 2, "Tom Maes has stalled dossiers in the demo data");
        await page.AssertAccessibleAsync();

        // Bulk reassignment of the first two to Sarah Peeters, with a reason.
        var first = (await rows.Nth(0).Locator("td").Nth(2).TextContentAsync())!.Trim();
        var second = (await rows.Nth(1).Locator("td").Nth(2).TextContentAsync())!.Trim();
        await rows.Nth(0).GetByRole(AriaRole.Checkbox).CheckAsync();
        await rows.Nth(1).GetByRole(AriaRole.Checkbox).CheckAsync();
        await page.GetByLabel("Aan trajectbegeleider").SelectOptionAsync(new SelectOptionValue { Label = "Sarah Peeters" });
        await page.GetByLabel("Reden").FillAsync("Tom werkt tijdelijk deeltijds");
        await page.GetByRole(AriaRole.Button, new() { Name = "Toewijzen" }).ClickAsync();

        // Nothing moves before she confirms what will happen.
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dossiers toewijzen?", Level = 2 })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-confirm-step]")).ToContainTextAsync("2 dossiers gaan naar Sarah Peeters:");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("coordinator-2a-confirm-reassign");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ja, wijs de dossiers toe" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("2 dossiers toegewezen aan Sarah Peeters");
        await page.ScreenshotAsync("coordinator-2-reassigned");

        // The receiving case worker sees them at once.
        var sarah = await browser.NewPageAsync();
        await sarah.LoginAsync(DemoDataSeeder.CaseWorkerEmail);
        await sarah.GotoAsync($"/Caseload?Filter.Search={first}");
        await Assertions.Expect(sarah.Locator("main table tbody tr")).ToHaveCountAsync(1);
        await sarah.GotoAsync($"/Caseload?Filter.Search={second}");
        await Assertions.Expect(sarah.Locator("main table tbody tr")).ToHaveCountAsync(1);

        // A report with its chart, then the CSV.
        await page.GetByRole(AriaRole.Link, new() { Name = "Rapporten", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Profiel van de deelnemers") }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Img, new() { NameRegex = new System.Text.RegularExpressions.Regex("Grafiek van Geslacht") })).ToBeVisibleAsync();
        // The canvas is in the HTML; the chart script runs after it, so wait for the drawing (bounded).
        await page.WaitForFunctionAsync(
            "() => !!window.Chart && Chart.getChart(document.querySelector('canvas.report-chart')) !== undefined",
            null, new() { Timeout = 10_000 });
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("coordinator-3-report");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download als CSV" }).ClickAsync());
        var bytes = await File.ReadAllBytesAsync((await download.PathAsync())!);
        var csv = System.Text.Encoding.UTF8.GetString(bytes);

        Assert.EndsWith(".csv", download.SuggestedFilename, StringComparison.Ordinal);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        // The context first (which report, for whom, when), then the figures: one row per group.
        Assert.StartsWith("\uFEFFRapport;Profiel van de deelnemers", csv, StringComparison.Ordinal);
        Assert.Contains("\r\nVrouw;", csv, StringComparison.Ordinal);
    }
}
