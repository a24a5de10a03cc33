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
        // The layout as the user sees it on arrival: measured before the accessibility walk, which moves the focus
        // through the page and so scrolls it.
        await page.WaitForLoadStateAsync(LoadState.Load);
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
        if (layout[0] > layout[1])
        {
            // Name the outermost elements that stick out of the window (not those scrolled inside a region).
            var wide = await page.EvaluateAsync<string[]>("""
                () => {
                  const out = e => e.getBoundingClientRect().right > window.innerWidth + 0.5;
                  const clipped = e => { for (let a = e.parentElement; a; a = a.parentElement) if (['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(a).overflowX)) return a !== document.documentElement && a !== document.body; return false; };
                  return [...document.querySelectorAll('body *')]
                    .filter(e => out(e) && !out(e.parentElement) && !clipped(e))
                    .slice(0, 5)
                    .map(e => `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}.${[...e.classList].join('.')} (${Math.round(e.getBoundingClientRect().right)} px): ${e.textContent.trim().slice(0, 40)}`);
                }
                """);
            Assert.Fail($"{name} at {width}: {layout[0]} px wide in a {layout[1]} px window; sticking out: {string.Join(" | ", wide)}");
        }
        Assert.True(layout[2] <= layout[3] + 0.5, $"{name} at {width}: the header ends at {layout[2]} but the page starts at {layout[3]}");
        Assert.True(layout[6] == 0, $"{name} at {width}: {layout[6]} header items overlap");
        Assert.True(layout[4] > 0 && layout[4] <= layout[5], $"{name} at {width}: the heading ends at {layout[4]} px, below the {layout[5]} px screen");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync($"widths-{name}-{width}");
    }

    /// <summary>A chart keeps its 2:1 shape where there is room; on a phone it is tall enough to read its axis and title.</summary>
    private static async Task AssertChartsReadableAsync(IPage page, int width)
    {
        await page.WaitForFunctionAsync("() => window.Chart && [...document.querySelectorAll('canvas[data-chart]')].every(c => Chart.getChart(c))", null, new() { Timeout = 10_000 });
        var charts = await page.EvaluateAsync<double[][]>("() => [...document.querySelectorAll('canvas[data-chart]')].map(c => [c.getBoundingClientRect().width, c.getBoundingClientRect().height])");
        Assert.NotEmpty(charts);
        var least = (double[] chart) => width < 576 ? 300 : (chart[0] / 2) - 1;
        Assert.All(charts, chart => Assert.True(chart[1] >= least(chart), $"a chart at {width} px is {chart[0]} x {chart[1]} px, lower than {least(chart)}"));
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
            await page.WaitForURLAsync(url => url.Contains("/Dossiers/", StringComparison.Ordinal));
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

    /// <summary>A case worker opens six dossiers of a colleague: the team overview lists it as unusual reading.</summary>
    private async Task TryDossiersOfAColleagueAsync()
    {
        var sarah = await browser.NewPageAsync();
        await sarah.LoginAsync(DemoDataSeeder.CaseWorkerEmail);
        await sarah.GotoAsync("/Caseload");
        var dossiers = await sarah.Locator("main table tbody a[href^='/Dossiers/']").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        var tom = await browser.NewPageAsync();
        await tom.LoginAsync("tom.maes@inburgering.test");
        foreach (var dossier in dossiers.Distinct().Take(6))
        {
            await tom.GotoAsync(dossier);
        }
    }

    [Fact]
    public async Task CoordinatorPages_AtEachWidth()
    {
        await TryDossiersOfAColleagueAsync();
        foreach (var width in Widths)
        {
            var page = await browser.NewPageAsync(width, 800);
            await page.LoginAsync(DemoDataSeeder.CoordinatorEmail);
            await Assertions.Expect(page.Locator("#unusual-list")).ToContainTextAsync("Tom Maes");
            await CheckAsync(page, "team", width);
            await page.GotoAsync("/Reports/Durations");
            await CheckAsync(page, "report-durations", width);
            await AssertChartsReadableAsync(page, width);
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

    [Fact]
    public async Task MunicipalityFigurePages_AtEachWidth()
    {
        foreach (var width in Widths)
        {
            var government = await browser.NewPageAsync(width, 800);
            await government.LoginAsync(DemoDataSeeder.LocalGovernmentEmail);
            await government.GotoAsync("/Municipality");
            await Assertions.Expect(government.Locator("[data-counted-at]")).ToContainTextAsync("Cijfers van");
            await CheckAsync(government, "municipality-dashboard", width);
            await government.Context.CloseAsync();

            var admin = await browser.NewPageAsync(width, 800);
            await admin.LoginAsync(DemoDataSeeder.AdminEmail);
            await admin.GotoAsync("/Reports/Municipalities");
            await CheckAsync(admin, "report-networks", width);
            await admin.GetByLabel("Regionaal netwerk").SelectOptionAsync("Regio Antwerpen");
            await admin.GetByRole(AriaRole.Button, new() { Name = "Toepassen" }).ClickAsync();
            await Assertions.Expect(admin.Locator("#per-area ~ div table")).ToContainTextAsync("Antwerpen");
            await CheckAsync(admin, "report-network-antwerpen", width);
            await admin.Context.CloseAsync();
        }
    }

    /// <summary>The newcomer's referrals (where, when, whom to contact) in Arabic on a phone: right to left, nothing too wide.</summary>
    [Fact]
    public async Task MyTrajectoryReferrals_InArabicOnAPhone()
    {
        var phone = await browser.NewPageAsync(360, 740);
        await phone.LoginAsync(DemoDataSeeder.NewcomerEmail);
        await phone.GotoAsync("/Language?culture=ar&returnUrl=%2FMyTrajectory");
        var referrals = phone.Locator("section[aria-labelledby='my-referrals']");
        await Assertions.Expect(referrals.Locator("[data-referral]").First).ToBeVisibleAsync();
        await referrals.ScrollIntoViewIfNeededAsync();

        await phone.AssertAccessibleAsync();
        var widths = await referrals.EvaluateAsync<double[]>("s => [s.scrollWidth, s.clientWidth, document.documentElement.scrollWidth, window.innerWidth]");
        Directory.CreateDirectory(BrowserFixture.ScreenshotFolder);
        await referrals.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "mijn-traject-referrals-ar-360.png") });

        Assert.Equal("rtl", await phone.Locator("html").GetAttributeAsync("dir"));
        Assert.True(widths[0] <= widths[1] && widths[2] <= widths[3], $"referrals {widths[0]} in {widths[1]} px, page {widths[2]} in {widths[3]} px");
        await phone.Context.CloseAsync();
    }
}
