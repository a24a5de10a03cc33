using Inburgering.DemoData;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Inburgering.BrowserTests.Journeys;

/// <summary>
/// A dossier handed to another agency (ADR 0007): the case worker asks with the form (errors first), the dossier shows
/// the open request, the newcomer reads on a phone (Dutch and Arabic) that they are being handed over, and the
/// receiving coordinator finds the request in the list and accepts after confirming. axe on every page; screenshots
/// of the request page, the pending list and the banner at 1280, 768 and 360 px.
/// </summary>
public sealed class TransferJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Hilde = "hilde.vos@inburgering.test";

    private static readonly int[] Widths = [1280, 768, 360];

    private async Task ShootAtEveryWidthAsync(string email, string url, string name)
    {
        foreach (var width in Widths)
        {
            var page = await browser.NewPageAsync(width, 900);
            await page.LoginAsync(email);
            await page.GotoAsync(url);
            Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), $"no sideways scrolling on {url} at {width} px");
            await page.AssertAccessibleAsync();
            await page.ScreenshotAsync($"{name}-{width}");
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task CaseWorkerAsks_NewcomerReadsItInDutchAndArabic_ReceivingCoordinatorAccepts()
    {
        using var db = browser.Portal.CreateDbContext();
        var own = await db.Users.Where(u => u.Email == DemoDataSeeder.NewcomerEmail).Select(u => u.NewcomerId).SingleAsync();
        var name = await db.Newcomers.Where(n => n.Id == own).Select(n => n.Person.FirstName + " " + n.Person.LastName).SingleAsync();
        var caseWorker = await db.Newcomers.Where(n => n.Id == own).Select(n => db.Users.Where(u => u.Id == n.CaseWorkerId).Select(u => u.Email).First()).SingleAsync();
        var dossierUrl = $"/Dossiers/{own}";

        // The case worker asks from the dossier; an empty form answers next to each field.
        await ShootAtEveryWidthAsync(caseWorker!, $"{dossierUrl}/Transfer", "transfer-0-request");
        var page = await browser.NewPageAsync();
        await page.LoginAsync(caseWorker!);
        await page.GotoAsync(dossierUrl);
        await page.GetByRole(AriaRole.Link, new() { Name = "Overdracht aanvragen" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Overdracht aanvragen" }).ClickAsync();
        await Assertions.Expect(page.Locator(".error-summary")).ToContainTextAsync("Kies de nieuwe gemeente.");
        await Assertions.Expect(page.Locator("#Input_MovedOn-error")).ToHaveTextAsync("Vul de verhuisdatum in.");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("transfer-1-request-errors");
        await page.GetByLabel("Nieuwe gemeente").SelectOptionAsync(new SelectOptionValue { Label = "Leuven (Agentschap Integratie en Inburgering)" });
        await page.GetByLabel("Verhuisdatum").FillAsync(DateTime.Today.AddDays(-7).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByLabel("Reden").FillAsync("Woont sinds vorige week bij haar zus in Leuven");
        await page.GetByRole(AriaRole.Button, new() { Name = "Overdracht aanvragen" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("transfer-banner")).ToContainTextAsync("Overdracht aangevraagd naar Agentschap Integratie en Inburgering op");
        await page.AssertAccessibleAsync();
        await ShootAtEveryWidthAsync(caseWorker!, dossierUrl, "transfer-2-dossier-banner");

        // The newcomer on a phone, in Dutch then Arabic.
        var phone = await browser.NewPageAsync(360, 740);
        await phone.LoginAsync(DemoDataSeeder.NewcomerEmail);
        await phone.GotoAsync("/MyTrajectory");
        await Assertions.Expect(phone.GetByTestId("my-transfer")).ToContainTextAsync("Je dossier wordt overgedragen aan Agentschap Integratie en Inburgering.");
        Assert.True(await phone.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "no sideways scrolling at 360 px");
        await phone.AssertAccessibleAsync();
        await phone.ScreenshotAsync("transfer-3-mijn-traject-nl-360");
        await phone.GetByRole(AriaRole.Link, new() { Name = "العربية" }).ClickAsync();
        await Assertions.Expect(phone.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
        await Assertions.Expect(phone.GetByTestId("my-transfer")).ToContainTextAsync("يجري نقل ملفك إلى");
        Assert.True(await phone.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "no sideways scrolling in Arabic");
        await phone.AssertAccessibleAsync();
        await phone.ScreenshotAsync("transfer-4-mijn-traject-ar-360");

        // The receiving coordinator: the list, the request (not the dossier), accept after confirming.
        await ShootAtEveryWidthAsync(Hilde, "/Transfers", "transfer-5-pending");
        var hilde = await browser.NewPageAsync();
        await hilde.LoginAsync(Hilde);
        await hilde.GetByRole(AriaRole.Link, new() { Name = "Overdrachten", Exact = true }).ClickAsync();
        await hilde.GetByRole(AriaRole.Link, new() { Name = $"Beslissen over {name}" }).ClickAsync();
        await Assertions.Expect(hilde.GetByRole(AriaRole.Heading, new() { Name = $"Overdracht van {name}", Level = 1 })).ToBeVisibleAsync();
        await hilde.AssertAccessibleAsync();
        await hilde.ScreenshotAsync("transfer-6-decide");
        await hilde.GetByLabel("Kantoor").SelectOptionAsync(new SelectOptionValue { Label = "AgII Leuven" });
        await hilde.GetByLabel("Trajectbegeleider").SelectOptionAsync(new SelectOptionValue { Label = "Fatma Yilmaz (AgII Leuven)" });
        await hilde.GetByRole(AriaRole.Button, new() { Name = "Aanvaarden" }).ClickAsync();
        await Assertions.Expect(hilde.Locator("[data-confirm-step]")).ToContainTextAsync("komt naar AgII Leuven, bij Fatma Yilmaz");
        await hilde.AssertAccessibleAsync();
        await hilde.ScreenshotAsync("transfer-7-confirm");
        await hilde.GetByRole(AriaRole.Button, new() { Name = "Ja, dossier overnemen" }).ClickAsync();
        await Assertions.Expect(hilde.GetByRole(AriaRole.Heading, new() { Name = name, Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(hilde.Locator("main")).ToContainTextAsync("van Atlas Antwerpen naar Agentschap Integratie en Inburgering");
        await hilde.AssertAccessibleAsync();
        await hilde.ScreenshotAsync("transfer-8-accepted");

        // The sender no longer opens it.
        var response = await page.GotoAsync(dossierUrl);
        Assert.Equal(404, response!.Status);
    }
}
