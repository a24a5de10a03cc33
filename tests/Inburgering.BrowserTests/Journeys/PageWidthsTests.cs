using Inburgering.DemoData;
using Microsoft.Playwright;

namespace Inburgering.BrowserTests.Journeys;

/// <summary>
/// The pages this round touched at 1280, 768 and 360 px: axe and the contrast check pass, nothing is wider than the
/// window, the header never covers the page, and on a phone the page's heading is visible without scrolling.
/// Each is kept as a screenshot (newcomer pages also in Arabic).
/// </summary>
public sealed class PageWidthsTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly int[] Widths = [1280, 768, 360];

    private static async Task CheckAsync(IPage page, string name, int width)
    {
        await page.AssertAccessibleAsync();
        var layout = await page.EvaluateAsync<double[]>("""
            () => {
              const header = document.querySelector('header').getBoundingClientRect();
              const main = document.querySelector('main').getBoundingClientRect();
              const h1 = document.querySelector('main h1')?.getBoundingClientRect();
              const items = [...document.querySelectorAll('header .nav-link, header .navbar-brand, header .btn')].map(e => e.getBoundingClientRect());
              let overlaps = 0;
              for (let i = 0; i < items.length; i++) for (let j = i + 1; j < items.length; j++) {
                const a = items[i], b = items[j];
                if (a.width && b.width && a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1) overlaps++;
              }
              return [document.documentElement.scrollWidth, window.innerWidth, header.bottom, main.top, h1 ? h1.bottom : 0, window.innerHeight, overlaps];
            }
            """);
        Assert.True(layout[0] <= layout[1], $"{name} at {width}: {layout[0]} px wide in a {layout[1]} px window");
        Assert.True(layout[2] <= layout[3] + 0.5, $"{name} at {width}: the header ends at {layout[2]} but the page starts at {layout[3]}");
        Assert.True(layout[6] == 0, $"{name} at {width}: {layout[6]} header items overlap");
        Assert.True(layout[4] > 0 && layout[4] <= layout[5], $"{name} at {width}: the heading ends at {layout[4]} px, below the {layout[5]} px screen");
        await page.ScreenshotAsync($"widths-{name}-{width}");
    }

    [Fact]
    public async Task CaseWorkerPages_AtEachWidth()
    {
        foreach (var width in Widths)
        {
            var page = await browser.NewPageAsync(width, 800);
            await page.LoginAsync(DemoDataSeeder.CaseWorkerEmail);
            await CheckAsync(page, "caseload", width);
            await page.GotoAsync("/Caseload?Filter.Search=Haddad");
            await page.Locator("main table a[href^='/Dossiers/']").First.ClickAsync();
            await CheckAsync(page, "dossier", width);
            var dossier = page.Url;
            await page.GotoAsync(dossier + "/Actions/Log");
            await CheckAsync(page, "action-log", width);
            await page.GotoAsync(dossier + "/Fees/Pay");
            await CheckAsync(page, "fee-pay", width);
            await page.GotoAsync("/Caseload/Agenda");
            await CheckAsync(page, "agenda", width);
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task CoordinatorPages_AtEachWidth()
    {
        foreach (var width in Widths)
        {
            var page = await browser.NewPageAsync(width, 800);
            await page.LoginAsync(DemoDataSeeder.CoordinatorEmail);
            await CheckAsync(page, "team", width);
            await page.GotoAsync("/Reports/Durations");
            await CheckAsync(page, "report-durations", width);
            await page.GotoAsync("/Reports/FirstActions?From=2026-05-01&To=2026-04-01");
            await Assertions.Expect(page.Locator("#to-error")).ToBeVisibleAsync();
            await CheckAsync(page, "report-invalid-filter", width);
            await page.GotoAsync("/Reports/Profile");
            await CheckAsync(page, "report-profile", width);
            await page.Context.CloseAsync();
        }
    }

    [Theory]
    [InlineData("nl")]
    [InlineData("ar")]
    public async Task NewcomerAndInfoPages_AtEachWidth(string culture)
    {
        foreach (var width in Widths)
        {
            var page = await browser.NewPageAsync(width, 740);
            await page.LoginAsync(DemoDataSeeder.NewcomerEmail);
            await page.GotoAsync($"/Language?culture={culture}&returnUrl=%2FMyTrajectory");
            await CheckAsync(page, $"mijn-traject-{culture}", width);
            await page.GotoAsync("/MyTrajectory/Data");
            await CheckAsync(page, $"mijn-gegevens-{culture}", width);
            foreach (var info in new[] { "Privacy", "Accessibility", "Contact", "Cookies" })
            {
                await page.GotoAsync($"/Info/{info}");
                await CheckAsync(page, $"info-{info.ToLowerInvariant()}-{culture}", width);
            }

            await page.Context.CloseAsync();
        }
    }
}
