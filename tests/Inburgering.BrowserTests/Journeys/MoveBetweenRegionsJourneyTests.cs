using Inburgering.DemoData;
using Inburgering.Tests.Shared;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Inburgering.BrowserTests.Journeys;

/// <summary>
/// A move from Antwerp to Brussels (region per day, ADR 0007): the case worker asks, Bon's coordinator accepts, and
/// Bon's case worker reads the move on the dossier's legal timeline; the newcomer reads it on a phone in Dutch and
/// Arabic. axe on every page; screenshots of the dossier at 1280, 768 and 360 px and of Mijn traject at 360 px.
/// </summary>
public sealed class MoveBetweenRegionsJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string BonCoordinator = "bon.coordinator@inburgering.test";
    private const string Sofie = "sofie.dubois@inburgering.test";

    [Fact]
    public async Task MoveToBrussels_Accepted_TheTimelineShowsTheMove_TheNewcomerReadsItInDutchAndArabic()
    {
        string name;
        string dossierUrl;
        string caseWorker;
        using (var db = browser.Portal.CreateDbContext())
        {
            var own = await db.Users.Where(u => u.Email == DemoDataSeeder.NewcomerEmail).Select(u => u.NewcomerId).SingleAsync();
            name = await db.Newcomers.Where(n => n.Id == own).Select(n => n.Person.FirstName + " " + n.Person.LastName).SingleAsync();
            caseWorker = (await db.Newcomers.Where(n => n.Id == own).Select(n => db.Users.Where(u => u.Id == n.CaseWorkerId).Select(u => u.Email).First()).SingleAsync())!;
            dossierUrl = $"/Dossiers/{own}";
        }

        await EnsureBonCoordinatorAsync();

        var page = await browser.NewPageAsync();
        await page.LoginAsync(caseWorker);
        await page.GotoAsync($"{dossierUrl}/Transfer");
        await page.GetByLabel("Nieuwe gemeente").SelectOptionAsync(new SelectOptionValue { Label = "Schaarbeek (BON Brussel)" });
        await page.GetByLabel("Verhuisdatum").FillAsync(DateTime.Today.AddDays(-7).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByLabel("Reden").FillAsync("Woont sinds vorige week in Schaarbeek");
        await page.GetByRole(AriaRole.Button, new() { Name = "Overdracht aanvragen" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("transfer-banner")).ToContainTextAsync("Overdracht aangevraagd naar BON Brussel op");

        var coordinator = await browser.NewPageAsync();
        await coordinator.LoginAsync(BonCoordinator);
        await coordinator.GotoAsync("/Transfers");
        await coordinator.GetByRole(AriaRole.Link, new() { Name = $"Beslissen over {name}" }).ClickAsync();
        await coordinator.GetByLabel("Kantoor").SelectOptionAsync(new SelectOptionValue { Label = "Bon Brussel" });
        await coordinator.GetByLabel("Trajectbegeleider").SelectOptionAsync(new SelectOptionValue { Label = "Sofie Dubois (Bon Brussel)" });
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Aanvaarden" }).ClickAsync();
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Ja, dossier overnemen" }).ClickAsync();
        await Assertions.Expect(coordinator.GetByRole(AriaRole.Heading, new() { Name = name, Level = 1 })).ToBeVisibleAsync();

        foreach (var width in new[] { 1280, 768, 360 })
        {
            var sofie = await browser.NewPageAsync(width, 900);
            await sofie.LoginAsync(Sofie);
            await sofie.GotoAsync(dossierUrl);
            await Assertions.Expect(sofie.Locator("main")).ToContainTextAsync("Verhuisd naar een ander gewest: Brussels Hoofdstedelijk Gewest");
            Assert.True(await sofie.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), $"no sideways scrolling at {width} px");
            await sofie.AssertAccessibleAsync();
            await sofie.ScreenshotAsync($"move-region-dossier-{width}");
            await sofie.Context.CloseAsync();
        }

        var phone = await browser.NewPageAsync(360, 740);
        await phone.LoginAsync(DemoDataSeeder.NewcomerEmail);
        await phone.GotoAsync("/MyTrajectory");
        await Assertions.Expect(phone.Locator("main")).ToContainTextAsync("ben je naar Brussel verhuisd");
        var changed = await phone.GetByTestId("my-moves").Locator("li").AllTextContentsAsync();
        Assert.Equal(changed.Distinct(StringComparer.Ordinal).Count(), changed.Count);
        Assert.True(await phone.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "no sideways scrolling at 360 px");
        await phone.AssertAccessibleAsync();
        await phone.ScreenshotAsync("move-region-mijn-traject-nl-360");
        await phone.GetByRole(AriaRole.Link, new() { Name = "العربية" }).ClickAsync();
        await Assertions.Expect(phone.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
        await Assertions.Expect(phone.Locator("main")).ToContainTextAsync("انتقلت إلى بروكسل");
        Assert.True(await phone.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "no sideways scrolling in Arabic");
        await phone.AssertAccessibleAsync();
        await phone.ScreenshotAsync("move-region-mijn-traject-ar-360");
    }

    /// <summary>A coordinator of Bon (the demo data has none): the receiving side of a move to Brussels.</summary>
    private async Task EnsureBonCoordinatorAsync()
    {
        using var scope = browser.Portal.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        if (await users.FindByEmailAsync(BonCoordinator) is null)
        {
            var bon = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Offices.Where(o => o.Name == "Bon Brussel").Select(o => o.Id).SingleAsync();
            var user = new AppUser { UserName = BonCoordinator, Email = BonCoordinator, EmailConfirmed = true, DisplayName = "Lotte Bon", OfficeId = bon };
            Assert.True((await users.CreateAsync(user, PortalClient.Password)).Succeeded);
            await users.AddToRoleAsync(user, Roles.Coordinator);
        }
    }
}
