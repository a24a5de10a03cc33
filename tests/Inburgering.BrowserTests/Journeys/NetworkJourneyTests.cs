using System.Globalization;
using System.Text.RegularExpressions;
using Inburgering.DemoData;
using Inburgering.Domain.Trajectories;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Inburgering.BrowserTests.Journeys;

/// <summary>
/// The closed loop across three roles: the case worker finds an offer and refers with consent; the partner accepts,
/// records the start and attendance and confirms 10 hours; the dossier shows 10 more confirmed hours and the referral
/// closed; the local government's dashboard counts the hours.
/// </summary>
public sealed class NetworkJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private async Task<(Guid Id, string Name, decimal Hours)> SomeoneToReferAsync()
    {
        using var db = browser.Portal.CreateDbContext();
        var sarah = await db.Users.Where(u => u.Email == DemoDataSeeder.CaseWorkerEmail).Select(u => u.Id).SingleAsync();
        var person = await db.Newcomers
            .Where(n => n.CaseWorkerId == sarah && n.Person.Municipality == DemoDataSeeder.DemoMunicipality && !db.Referrals.Any(r => r.NewcomerId == n.Id)
                && db.Trajectories.Any(t => t.NewcomerId == n.Id && t.Kind == TrajectoryKind.Integration && t.Status == TrajectoryStatus.Running
                    && t.Participation.Status == TrackStatus.Running && t.Participation.Hours < 20))
            .OrderBy(n => n.Number)
            .Select(n => new { n.Id, n.Person.FirstName, n.Person.LastName })
            .FirstAsync();
        var hours = await db.Trajectories.Where(t => t.NewcomerId == person.Id && t.Kind == TrajectoryKind.Integration).Select(t => t.Participation.Hours).SingleAsync();
        return (person.Id.Value, $"{person.FirstName} {person.LastName}", hours);
    }

    /// <summary>The organisation-confirmed hours of the municipality's newcomers and how many people have them, from the database.</summary>
    private async Task<(decimal Hours, int People)> ConfirmedInMunicipalityAsync()
    {
        using var db = browser.Portal.CreateDbContext();
        var rows = await (from a in db.FollowUpActions
                          join t in db.Trajectories on EF.Property<Guid>(a, "TrajectoryId") equals t.Id
                          join n in db.Newcomers on t.NewcomerId equals n.Id
                          where n.Person.Municipality == DemoDataSeeder.DemoMunicipality && a.HoursConfirmedBy == HoursConfirmer.Organisation && a.Status == ActionStatus.Done
                          select new { a.Hours, n.Id })
            .ToListAsync();
        return (rows.Sum(r => r.Hours ?? 0), rows.Select(r => r.Id).Distinct().Count());
    }

    /// <summary>What the dashboard must show for the organisation's hours: the sum, or "&lt;5" when fewer than 5 people make it up.</summary>
    private static async Task AssertOrganisationHoursAsync(IPage page, (decimal Hours, int People) expected)
    {
        var cell = page.Locator("#hours ~ div table tbody tr").Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = "Organisatie", Exact = true }) }).Locator("td").First;
        var shown = expected.People < 5 ? "<5" : expected.Hours.ToString("0.#", CultureInfo.GetCultureInfo("nl-BE"));
        await Assertions.Expect(cell).ToHaveTextAsync(shown);
    }

    [Fact]
    public async Task CaseWorkerRefers_PartnerConfirmsTenHours_DossierAndMunicipalityCountThem()
    {
        var (id, name, hoursBefore) = await SomeoneToReferAsync();
        var government = await browser.NewPageAsync();
        await government.LoginAsync(DemoDataSeeder.LocalGovernmentEmail);
        await Assertions.Expect(government.GetByRole(AriaRole.Heading, new() { Name = "Cijfers voor Antwerpen", Level = 1 })).ToBeVisibleAsync();
        var before = await ConfirmedInMunicipalityAsync();
        await AssertOrganisationHoursAsync(government, before);

        // The case worker searches the offer from the dossier and refers, with consent and the phone number shared.
        var sarah = await browser.NewPageAsync();
        await sarah.LoginAsync(DemoDataSeeder.CaseWorkerEmail);
        await sarah.GotoAsync($"/Dossiers/{id}");
        await sarah.GetByRole(AriaRole.Link, new() { Name = "Aanbod zoeken en doorverwijzen" }).ClickAsync();
        await sarah.GetByLabel("Gemeente").SelectOptionAsync("Antwerpen");
        await sarah.GetByLabel("Alleen aanbod voor wie (nog) niet kan lezen of schrijven").SetCheckedAsync(false);
        await sarah.GetByRole(AriaRole.Button, new() { Name = "Zoeken" }).ClickAsync();
        await Assertions.Expect(sarah.GetByRole(AriaRole.Heading, new() { Name = "Vrijwilligerswerk in de buurtwinkel" })).ToBeVisibleAsync();
        await sarah.AssertAccessibleAsync();
        await sarah.ScreenshotAsync("network-1-find-offer");
        await sarah.GetByRole(AriaRole.Link, new() { Name = "Doorverwijzen Vrijwilligerswerk in de buurtwinkel" }).ClickAsync();
        await sarah.GetByLabel("Telefoonnummer").CheckAsync();
        await sarah.GetByLabel("Bericht aan de organisatie").FillAsync("Wil graag overdag helpen.");
        await sarah.GetByLabel(new Regex("^De nieuwkomer gaat akkoord")).CheckAsync();
        await sarah.AssertAccessibleAsync();
        await sarah.GetByRole(AriaRole.Button, new() { Name = "Doorverwijzing versturen" }).ClickAsync();
        await Assertions.Expect(sarah.GetByRole(AriaRole.Status)).ToContainTextAsync("De doorverwijzing naar Buurthuis De Schakel is verstuurd.");
        await sarah.ScreenshotAsync("network-2-referred");

        // The partner sees only what was shared, accepts, records the start, confirms 10 hours and the attendance.
        var partner = await browser.NewPageAsync();
        await partner.LoginAsync(DemoDataSeeder.PartnerEmail);
        await Assertions.Expect(partner.GetByRole(AriaRole.Heading, new() { Name = "Doorverwijzingen naar onze organisatie", Level = 1 })).ToBeVisibleAsync();
        await partner.AssertAccessibleAsync();
        await partner.GetByRole(AriaRole.Link, new() { Name = name }).ClickAsync();
        await partner.AssertAccessibleAsync();
        await partner.ScreenshotAsync("network-3-partner-referral");
        await partner.GetByLabel("Aanvaard").CheckAsync();
        await partner.GetByRole(AriaRole.Button, new() { Name = "Bewaren" }).ClickAsync();
        await partner.GetByLabel("Gestart").CheckAsync();
        await partner.GetByRole(AriaRole.Button, new() { Name = "Bewaren" }).ClickAsync();
        await partner.GetByRole(AriaRole.Link, new() { Name = "Uren bevestigen" }).ClickAsync();
        await partner.GetByLabel("Uren", new() { Exact = true }).FillAsync("10");
        await partner.AssertAccessibleAsync();
        await partner.GetByRole(AriaRole.Button, new() { Name = "Uren bevestigen" }).ClickAsync();
        await Assertions.Expect(partner.GetByRole(AriaRole.Status)).ToContainTextAsync("10 uur bevestigd.");
        await partner.GetByLabel("Deelgenomen").CheckAsync();
        await partner.GetByLabel("Reden of resultaat").FillAsync("Vier voormiddagen aanwezig.");
        await partner.GetByRole(AriaRole.Button, new() { Name = "Bewaren" }).ClickAsync();
        await Assertions.Expect(partner.GetByRole(AriaRole.Status)).ToContainTextAsync("Bewaard: Deelgenomen.");
        await partner.AssertAccessibleAsync();
        await partner.ScreenshotAsync("network-4-partner-done");

        // The dossier: the referral closed with every step, and 10 more confirmed hours on the participation track.
        await sarah.GotoAsync($"/Dossiers/{id}");
        var card = sarah.Locator("[data-referral]").Filter(new() { HasText = "Vrijwilligerswerk in de buurtwinkel" });
        await Assertions.Expect(card.Locator("[data-status]")).ToContainTextAsync("Deelgenomen · afgesloten");
        await Assertions.Expect(card).ToContainTextAsync("10 uur bevestigd");
        await Assertions.Expect(sarah.Locator("#actions ~ div table")).ToContainTextAsync("bevestigd door Buurthuis De Schakel");
        var hoursNow = string.Format(CultureInfo.GetCultureInfo("nl-BE"), "{0:0.#} van 40 uur", hoursBefore + 10);
        await Assertions.Expect(sarah.Locator("#tracks ~ .track-grid")).ToContainTextAsync(hoursNow);
        await sarah.AssertAccessibleAsync();
        await sarah.ScreenshotAsync("network-5-dossier");

        // The local government counts the 10 hours (no names on its page).
        await government.ReloadAsync();
        var after = await ConfirmedInMunicipalityAsync();
        Assert.Equal((before.Hours + 10, before.People + 1), after);
        await AssertOrganisationHoursAsync(government, after);
        await Assertions.Expect(government.Locator("main")).Not.ToContainTextAsync(name);
        await government.AssertAccessibleAsync();
        await government.ScreenshotAsync("network-6-municipality");
        foreach (var width in new[] { 768, 360 })
        {
            var narrow = await browser.NewPageAsync(width);
            await narrow.LoginAsync(DemoDataSeeder.PartnerEmail);
            await narrow.GotoAsync("/Partners?closed=true");
            await narrow.AssertAccessibleAsync();
            await narrow.ScreenshotAsync($"network-7-partner-{width}");
        }
    }
}
