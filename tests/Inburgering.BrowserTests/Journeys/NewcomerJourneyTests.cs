using System.Globalization;
using Inburgering.DemoData;
using Inburgering.Web.Infrastructure;
using Microsoft.Playwright;

namespace Inburgering.BrowserTests.Journeys;

public sealed class NewcomerJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task CaseWorkerInvites_NewcomerActivatesOnAPhone_ReadsInDutchAndArabic_DownloadsOwnData()
    {
        // The case worker opens a dossier without an account and prints the letter.
        var caseWorker = await browser.NewPageAsync();
        await caseWorker.LoginAsync(DemoDataSeeder.CaseWorkerEmail);
        await caseWorker.GotoAsync("/Caseload?Filter.Search=Fern%C3%A1ndez");
        await caseWorker.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("Fernández") }).First.ClickAsync();
        await caseWorker.GetByRole(AriaRole.Button, new() { Name = "Activatiecode en brief maken" }).ClickAsync();
        var code = (await caseWorker.GetByTestId("activation-code").TextContentAsync())!.Trim();
        await caseWorker.AssertAccessibleAsync();
        await caseWorker.ScreenshotAsync("newcomer-1-letter");

        // The newcomer activates on a 360 px wide phone.
        var phone = await browser.NewPageAsync(360, 740);
        await phone.GotoAsync("/Account/Activate");
        await phone.AssertAccessibleAsync();
        await phone.GetByLabel("Activatiecode").FillAsync(code);
        await phone.GetByLabel("Gebruikersnaam").FillAsync("pablo.fernandez");
        await phone.GetByLabel("Wachtwoord", new() { Exact = true }).FillAsync("mijn eigen wachtwoord");
        await phone.GetByLabel("Herhaal het wachtwoord").FillAsync("mijn eigen wachtwoord");
        await phone.GetByRole(AriaRole.Button, new() { Name = "Account activeren" }).ClickAsync();

        await Assertions.Expect(phone.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Hallo Pablo");
        Assert.True(await phone.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "no sideways scrolling at 360 px");
        await phone.AssertAccessibleAsync();
        await phone.ScreenshotAsync("newcomer-2-mijn-traject-nl");

        // The same page in Arabic: right to left.
        await phone.GetByRole(AriaRole.Link, new() { Name = "العربية" }).ClickAsync();
        await Assertions.Expect(phone.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
        await Assertions.Expect(phone.Locator("html")).ToHaveAttributeAsync("lang", "ar");
        Assert.True(await phone.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "no sideways scrolling in Arabic");
        await phone.AssertAccessibleAsync();
        await phone.ScreenshotAsync("newcomer-3-mijn-traject-ar");

        // Own data: the readable page and the JSON download.
        await phone.GotoAsync("/MyTrajectory/Data");
        await phone.AssertAccessibleAsync();
        var download = await phone.RunAndWaitForDownloadAsync(() => phone.Locator("a[href*='handler=Json']").ClickAsync());
        var file = await download.PathAsync();
        var json = await File.ReadAllTextAsync(file!);
        await phone.ScreenshotAsync("newcomer-4-my-data-ar");

        Assert.EndsWith(".json", download.SuggestedFilename, StringComparison.Ordinal);
        Assert.Contains("Fernández", json, StringComparison.Ordinal);
        Assert.Contains("\"kind\": \"DossierEvent\"", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    [InlineData("uk")]
    public async Task MijnTraject_InEachLanguage_PassesAxe(string culture)
    {
        var phone = await browser.NewPageAsync(360, 740);
        await phone.LoginAsync(DemoDataSeeder.NewcomerEmail);

        await phone.GotoAsync($"/Language?culture={culture}&returnUrl=%2FMyTrajectory");

        await Assertions.Expect(phone.Locator("html")).ToHaveAttributeAsync("lang", culture);
        await phone.AssertAccessibleAsync();
        await phone.ScreenshotAsync($"newcomer-mijn-traject-{culture}");
    }

    [Fact]
    public async Task CaseWorkerPlansAnAppointment_NewcomerReadsItInDutchAndArabic_PrintsOwnDataWithoutNavigation()
    {
        const string place = "Atlas Antwerpen Centrum, Carnotstraat 110, 2060 Antwerpen";
        var day = TimeProvider.System.Today().AddDays(9);
        var caseWorker = await browser.NewPageAsync();
        await caseWorker.LoginAsync(DemoDataSeeder.CaseWorkerEmail);
        await caseWorker.GotoAsync("/Caseload?Filter.Search=Haddad");
        await caseWorker.Locator("main table a[href^='/Dossiers/']").First.ClickAsync();
        await caseWorker.GotoAsync(caseWorker.Url + "/Actions/Log");
        await caseWorker.GetByLabel("Spoor").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await caseWorker.GetByLabel("Soort actie").SelectOptionAsync(new SelectOptionValue { Label = "Gesprek" });
        await caseWorker.GetByLabel("Datum", new() { Exact = true }).FillAsync(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await caseWorker.GetByLabel("Plaats").FillAsync(place);
        await caseWorker.GetByRole(AriaRole.Radio, new() { Name = "Nee, gepland (open)" }).CheckAsync();
        await caseWorker.GetByRole(AriaRole.Button, new() { Name = "Actie bewaren" }).ClickAsync();
        await Assertions.Expect(caseWorker.Locator("#Input_StartsAt-error")).ToHaveTextAsync("Vul het uur van de afspraak in.");
        await caseWorker.AssertAccessibleAsync();
        await caseWorker.ScreenshotAsync("appointment-1-hour-missing");
        await caseWorker.GetByLabel("Uur").FillAsync("10:00");
        await caseWorker.GetByRole(AriaRole.Button, new() { Name = "Actie bewaren" }).ClickAsync();
        await Assertions.Expect(caseWorker.GetByRole(AriaRole.Status)).ToHaveTextAsync("De actie is gelogd.");

        var phone = await browser.NewPageAsync(360, 740);
        await phone.LoginAsync(DemoDataSeeder.NewcomerEmail);
        var written = day.ToString("ddd d MMMM yyyy", CultureInfo.GetCultureInfo("nl"));
        await Assertions.Expect(phone.GetByTestId("my-appointment").Filter(new() { HasText = $"{written} om 10:00" }).First).ToHaveTextAsync($"Afspraak: {written} om 10:00, {place}");
        await phone.AssertAccessibleAsync();
        await phone.ScreenshotAsync("appointment-2-mijn-traject-nl");
        await phone.GotoAsync("/Language?culture=ar&returnUrl=%2FMyTrajectory");
        await Assertions.Expect(phone.GetByTestId("my-appointment").Filter(new() { HasText = place }).First).ToContainTextAsync("موعد");
        await phone.AssertAccessibleAsync();
        await phone.ScreenshotAsync("appointment-3-mijn-traject-ar");

        // The printout of "Mijn gegevens": the data only, without the portal's header, contents, buttons or footer.
        await phone.GotoAsync("/Language?culture=nl&returnUrl=%2FMyTrajectory%2FData");
        await phone.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(phone.GetByRole(AriaRole.Heading, new() { Name = "Mijn gegevens", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(phone.GetByRole(AriaRole.Heading, new() { Name = "Over jou" })).ToBeVisibleAsync();
        await Assertions.Expect(phone.Locator("header")).ToBeHiddenAsync();
        await Assertions.Expect(phone.Locator("footer")).ToBeHiddenAsync();
        await Assertions.Expect(phone.GetByRole(AriaRole.Navigation)).ToHaveCountAsync(0);
        await Assertions.Expect(phone.GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
        await Assertions.Expect(phone.Locator("main a.btn")).ToBeHiddenAsync();
        await phone.ScreenshotAsync("newcomer-my-data-print");
    }
}
