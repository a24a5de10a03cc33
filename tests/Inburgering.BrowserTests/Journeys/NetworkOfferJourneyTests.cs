using Inburgering.DemoData;
using Inburgering.Domain.Partners;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Inburgering.BrowserTests.Journeys;

/// <summary>
/// The pages of the network's second round at 1280, 768 and 360 px, each checked with axe: the referral search with its
/// administrative radius and the reading-and-writing filter, the NT2 school recording an exam result, and a
/// coordinator keeping its agency's organisations.
/// </summary>
public sealed class NetworkOfferJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly int[] Widths = [1280, 768, 360];

    [Fact]
    public async Task CaseWorker_WidensTheSearchToTheArrondissementForSomeoneLearningToRead_FindsTheMortselOffer()
    {
        Guid amina;
        using (var db = browser.Portal.CreateDbContext())
        {
            amina = await db.Newcomers.Where(n => n.Person.Email == DemoDataSeeder.NewcomerEmail).Select(n => n.Id.Value).SingleAsync();
        }

        foreach (var width in Widths)
        {
            var sarah = await browser.NewPageAsync(width);
            await sarah.LoginAsync(DemoDataSeeder.CaseWorkerEmail);
            await sarah.GotoAsync($"/Dossiers/{amina}/Referrals");
            await Assertions.Expect(sarah.GetByText("Ingevuld vanuit het plan en de intake")).ToBeVisibleAsync();
            await sarah.GetByLabel("Spoor").SelectOptionAsync("Participation");
            await sarah.GetByLabel("Nabijheid").SelectOptionAsync("Arrondissement");
            await sarah.GetByLabel("Alleen aanbod voor wie (nog) niet kan lezen of schrijven").SetCheckedAsync(true);
            await sarah.GetByRole(AriaRole.Button, new() { Name = "Zoeken" }).ClickAsync();

            var offer = sarah.GetByRole(AriaRole.Heading, new() { Name = "Samen koken met beeldrecepten" });
            await Assertions.Expect(offer).ToBeVisibleAsync();
            // The result itself says how near it is (the filter's own option carries the same words).
            await Assertions.Expect(sarah.GetByRole(AriaRole.Listitem).Filter(new() { Has = offer }).GetByText("Zelfde arrondissement")).ToBeVisibleAsync();
            await sarah.AssertAccessibleAsync();
            await sarah.ScreenshotAsync($"network-offer-search-{width}");
            await sarah.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task NtSchool_RecordsAPassedExamOnAnAcceptedReferral_TheReferralSaysSo()
    {
        var (email, referral) = await SchoolWithAnAcceptedReferralAsync();
        foreach (var width in Widths)
        {
            var school = await browser.NewPageAsync(width);
            await school.LoginAsync(email);
            await school.GotoAsync($"/Partners/Referrals/{referral}");
            await school.GetByRole(AriaRole.Link, new() { Name = "Examenresultaat registreren" }).ClickAsync();
            await Assertions.Expect(school.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Examenresultaat van");
            await school.AssertAccessibleAsync();
            await school.ScreenshotAsync($"network-exam-form-{width}");
            await school.Context.CloseAsync();
        }

        var page = await browser.NewPageAsync();
        await page.LoginAsync(email);
        await page.GotoAsync($"/Partners/Referrals/{referral}/Exam");
        await page.GetByLabel("Niveau").SelectOptionAsync("A1");
        await page.GetByLabel("Geslaagd").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Resultaat bewaren" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("network-exam-recorded");
    }

    [Fact]
    public async Task Coordinator_OpensItsAgencysOrganisationAndOffer()
    {
        foreach (var width in Widths)
        {
            var koen = await browser.NewPageAsync(width);
            await koen.LoginAsync(DemoDataSeeder.CoordinatorEmail);
            await koen.GotoAsync("/Network");
            await Assertions.Expect(koen.GetByRole(AriaRole.Link, new() { Name = "CVO Antwerpen" })).ToBeVisibleAsync();
            await koen.AssertAccessibleAsync();
            await koen.ScreenshotAsync($"network-coordinator-list-{width}");
            await koen.GetByRole(AriaRole.Link, new() { Name = "CVO Antwerpen" }).ClickAsync();
            await koen.GetByRole(AriaRole.Link, new() { Name = "NT2 alfa A1 dagles (leren lezen en schrijven)" }).ClickAsync();
            await Assertions.Expect(koen.GetByLabel("Geschikt voor wie (nog) niet kan lezen of schrijven (alfa)")).ToBeCheckedAsync();
            await koen.AssertAccessibleAsync();
            await koen.ScreenshotAsync($"network-coordinator-offer-{width}");
            await koen.Context.CloseAsync();
        }
    }

    /// <summary>A staff account of CVO Antwerpen (the demo's NT2 school) and a referral to its A1 course it accepted.</summary>
    private async Task<(string Email, Guid Referral)> SchoolWithAnAcceptedReferralAsync()
    {
        var email = $"nt2-{Guid.NewGuid():N}@cvo.test";
        using var scope = browser.Portal.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var offer = await db.Offers.SingleAsync(o => o.Title == "NT2 A1 dagles");
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Nora Claes", OrganisationId = offer.OrganisationId };
        Assert.True((await users.CreateAsync(user, DemoDataSeeder.Password)).Succeeded);
        await users.AddToRoleAsync(user, Roles.Partner);
        var amina = await db.Newcomers.SingleAsync(n => n.Person.Email == DemoDataSeeder.NewcomerEmail);
        var today = DateOnly.FromDateTime(browser.Portal.Time.GetUtcNow().UtcDateTime);
        var referral = Referral.Send(amina.Id, offer, amina.CaseWorkerId, "Sarah Peeters", amina.Agency, amina.Person.Municipality,
            new SharedData { FullName = amina.Person.FullName }, consent: true, null, today.AddDays(-10));
        referral.MoveTo(ReferralStatus.Accepted, ReferralActor.Partner, "Nora Claes (CVO Antwerpen)", null, today.AddDays(-8));
        referral.ClearChanges();
        db.Referrals.Add(referral);
        await db.SaveChangesAsync();
        return (email, referral.Id);
    }
}
