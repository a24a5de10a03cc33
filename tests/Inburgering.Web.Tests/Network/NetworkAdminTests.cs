using System.Net;
using Inburgering.DemoData;
using Inburgering.Tests.Shared;
using Inburgering.Web.Tests.Dossiers;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Web.Tests.Network;

/// <summary>
/// Organisations and their offer: kept by an admin, by an agency's coordinator for its territory, and by a local
/// government for its own municipality only.
/// </summary>
public sealed class NetworkAdminTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private readonly DossierScenario _scenario = new(factory);

    [Fact]
    public async Task Admin_OrganisationWithoutName_SaysSoNextToTheFieldAndKeepsTheRest()
    {
        using var admin = await _scenario.LoginAsync(DemoDataSeeder.AdminEmail);

        var response = await admin.SubmitFormAsync("/Network/Organisations", new Dictionary<string, string>
        {
            ["Input.Kind"] = "Employer",
            ["Input.Municipality"] = "Mechelen",
            ["Input.Email"] = "geen-adres",
        });
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("#Input_Name-error")?.TextContent));
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("#Input_Email-error")?.TextContent));
        Assert.Equal("Mechelen", page.QuerySelector("#Input_Municipality")?.GetAttribute("value"));
        Assert.NotNull(page.QuerySelector("[role=alert]"));
    }

    [Fact]
    public async Task Admin_AddsAnOrganisationAndAnOffer_TheOfferIsFoundByTheCaseWorker()
    {
        using var admin = await _scenario.LoginAsync(DemoDataSeeder.AdminEmail);

        var created = await admin.SubmitFormAsync("/Network/Organisations", new Dictionary<string, string>
        {
            ["Input.Name"] = "Fietsatelier Berchem",
            ["Input.Kind"] = "VolunteerOrganisation",
            ["Input.Municipality"] = "Berchem",
            ["Input.MunicipalitiesServed"] = "Antwerpen, Mortsel",
        });
        var organisationUrl = created.Headers.Location!.OriginalString;
        var offer = await admin.SubmitFormAsync($"{organisationUrl}/Offers", new Dictionary<string, string>
        {
            ["Input.Title"] = "Fietsles voor volwassenen",
            ["Input.Track"] = "Participation",
            ["Input.Places"] = "6",
            ["Input.Location"] = "Statiestraat 1",
            ["Input.ParticipationActivity"] = "true",
        });
        var dossier = await _scenario.RegisterAsync();
        await _scenario.StartTrajectoryAsync(dossier);
        using var sarah = await _scenario.LoginAsync(DossierScenario.Sarah);
        var (_, found) = await sarah.GetPageAsync($"{dossier.Url}/Referrals?Search=true&Track=Participation&Municipality=Antwerpen&Schedule=Daytime");

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, offer.StatusCode);
        Assert.Contains("Fietsles voor volwassenen", found.QuerySelectorAll("[data-offer] h3").Select(h => h.TextContent));
    }

    [Fact]
    public async Task Offer_PlacesOutOfRange_ShowsTheMessageAndKeepsTheTitle()
    {
        using var admin = await _scenario.LoginAsync(DemoDataSeeder.AdminEmail);
        using var db = factory.CreateDbContext();
        var organisation = await db.Organisations.Select(o => o.Id).FirstAsync();

        var response = await admin.SubmitFormAsync($"/Network/Organisations/{organisation}/Offers", new Dictionary<string, string>
        {
            ["Input.Title"] = "Halve invoer",
            ["Input.Track"] = "Participation",
            ["Input.Places"] = "-3",
        });
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Vul een aantal plaatsen in van 0 tot 10000.", page.QuerySelector("#Input_Places-error")?.TextContent);
        Assert.Equal("Halve invoer", page.QuerySelector("#Input_Title")?.GetAttribute("value"));
    }

    [Fact]
    public async Task LocalGovernment_NewOrganisation_BelongsToItsOwnMunicipalityWhateverIsPosted()
    {
        using var government = await _scenario.LoginAsync(DemoDataSeeder.LocalGovernmentEmail);

        var response = await government.PostWithTokenAsync("/Network/Organisations", new Dictionary<string, string>
        {
            ["Input.Name"] = "Jeugdhuis Kiel",
            ["Input.Kind"] = "ParticipationOrganisation",
            ["Input.Municipality"] = "Gent",
        }, "/Network");
        var (_, list) = await government.GetPageAsync("/Network");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        using var db = factory.CreateDbContext();
        Assert.Equal("Antwerpen", (await db.Organisations.SingleAsync(o => o.Name == "Jeugdhuis Kiel")).Municipality);
        Assert.Contains("Jeugdhuis Kiel", list.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Wandelclub Gent Buiten", list.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Coordinator_ListsAndKeepsItsAgencysOrganisationsOnly()
    {
        using var koen = await _scenario.LoginAsync(DemoDataSeeder.CoordinatorEmail);
        using var db = factory.CreateDbContext();
        var schakel = await db.Organisations.AsNoTracking().SingleAsync(o => o.Name == "Buurthuis De Schakel");
        var offer = await db.Offers.AsNoTracking().FirstAsync(o => o.OrganisationId == schakel.Id);

        var (_, list) = await koen.GetPageAsync("/Network");
        var changed = await koen.SubmitFormAsync($"/Network/Organisations/{schakel.Id}/Offers/{offer.Id}", new Dictionary<string, string>
        {
            ["Input.Places"] = "33",
            ["Input.ForLiteracyLearners"] = "true",
        });

        Assert.Contains("Buurthuis De Schakel", list.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Wandelclub Gent Buiten", list.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Samen Koken Mortsel", list.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        using var after = factory.CreateDbContext();
        var now = await after.Offers.AsNoTracking().SingleAsync(o => o.Id == offer.Id);
        Assert.Equal((33, true), (now.Places, now.ForLiteracyLearners));
    }

    [Fact]
    public async Task Coordinator_NewOrganisationOutsideItsAgency_SaysSoNextToTheMunicipalityAndAddsNothing()
    {
        using var koen = await _scenario.LoginAsync(DemoDataSeeder.CoordinatorEmail);

        var response = await koen.SubmitFormAsync("/Network/Organisations", new Dictionary<string, string>
        {
            ["Input.Name"] = "Sportclub Gentbrugge",
            ["Input.Kind"] = "ParticipationOrganisation",
            ["Input.Municipality"] = "Gent",
        });
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Kies een gemeente uit het werkgebied van Atlas Antwerpen.", page.QuerySelector("#Input_Municipality-error")?.TextContent);
        Assert.Equal("Sportclub Gentbrugge", page.QuerySelector("#Input_Name")?.GetAttribute("value"));
        using var db = factory.CreateDbContext();
        Assert.False(await db.Organisations.AnyAsync(o => o.Name == "Sportclub Gentbrugge"));
    }
}
