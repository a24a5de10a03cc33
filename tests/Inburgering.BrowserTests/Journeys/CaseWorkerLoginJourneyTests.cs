using Inburgering.DemoData;
using Microsoft.Playwright;

namespace Inburgering.BrowserTests.Journeys;

public sealed class CaseWorkerLoginJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task CaseWorker_LogsIn_SeesAccessibleCaseload()
    {
        var page = await browser.NewPageAsync();

        await page.GotoAsync("/");
        await page.AssertAccessibleAsync();
        await page.LoginAsync(DemoDataSeeder.CaseWorkerEmail);

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Mijn dossiers", Level = 1 })).ToBeVisibleAsync();
        Assert.True(await page.GetByRole(AriaRole.Row).CountAsync() > 10);
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("caseworker-caseload");
    }

    [Fact]
    public async Task WrongPassword_ShowsDutchErrorThatPassesAxe()
    {
        var page = await browser.NewPageAsync();

        await page.LoginAsync(DemoDataSeeder.CaseWorkerEmail, "fout-wachtwoord");

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Het e-mailadres of het wachtwoord klopt niet.");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("login-wrong-password");
    }
}
