using System.Net;
using Inburgering.Domain.Organisation;
using Inburgering.Domain.Rules;
using Inburgering.Tests.Shared;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Web.Tests.Dossiers;

/// <summary>The municipality comes from the configured list, and a new dossier goes to the office that serves it.</summary>
public sealed class MunicipalityTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Url = "/Dossiers/Register";
    private const string AgIIBrugge = "an.willems@inburgering.test";
    private const string BonBrussel = "sofie.dubois@inburgering.test";

    private readonly DossierScenario _scenario = new(factory);

    private static Dictionary<string, string> Registration(string lastName, string municipality) => new()
    {
        ["Input.FirstName"] = "Samir",
        ["Input.LastName"] = lastName,
        ["Input.BirthDate"] = DossierScenario.Iso(DossierScenario.Today.AddYears(-31)),
        ["Input.Gender"] = "Male",
        ["Input.Nationality"] = "MA",
        ["Input.Municipality"] = municipality,
        ["Input.ResidenceStatus"] = "FamilyReunification",
        ["Input.RegisteredOn"] = DossierScenario.Iso(DossierScenario.Today.AddDays(-40)),
    };

    private static string UniqueName() => $"Gemeente{Guid.NewGuid().ToString("N")[..8]}";

    private async Task<(string Office, string Municipality, Region Region, ObligationClass Class)?> StoredAsync(string lastName)
    {
        using var db = factory.CreateDbContext();
        var newcomer = await db.Newcomers.AsNoTracking().SingleOrDefaultAsync(n => n.Person.LastName == lastName);
        if (newcomer is null)
        {
            return null;
        }

        var office = await db.Offices.Where(o => o.Id == newcomer.OfficeId).Select(o => o.Name).SingleAsync();
        return (office, newcomer.Person.Municipality, newcomer.Region, newcomer.Obligation(DossierScenario.Today).Class);
    }

    [Fact]
    public async Task RegisterForm_OffersEveryMunicipalityGroupedByProvince()
    {
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);

        var (_, page) = await client.GetPageAsync(Url);

        var groups = page.QuerySelectorAll("#Input_Municipality optgroup").Select(g => g.GetAttribute("label")).ToList();
        Assert.Equal(["Antwerpen", "Brussel", "Limburg", "Oost-Vlaanderen", "Vlaams-Brabant", "West-Vlaanderen"], groups);
        Assert.Equal(304, page.QuerySelectorAll("#Input_Municipality optgroup option").Length);
        Assert.Equal("Gemeente", page.QuerySelector("label[for=Input_Municipality]")?.TextContent.Trim());
    }

    [Theory]
    [InlineData(AgIIBrugge, "Hasselt", "AgII Hasselt", Region.Flanders, ObligationClass.Obligated, true)]
    [InlineData(AgIIBrugge, "Mechelen", "AgII Turnhout", Region.Flanders, ObligationClass.Obligated, true)]
    [InlineData(AgIIBrugge, "Dilbeek", "AgII Leuven", Region.Flanders, ObligationClass.Obligated, true)]
    [InlineData(AgIIBrugge, "Oostende", "AgII Brugge", Region.Flanders, ObligationClass.Obligated, false)]
    [InlineData(DossierScenario.Sarah, "antwerpen", "Atlas Antwerpen Centrum", Region.Flanders, ObligationClass.Obligated, false)]
    [InlineData(BonBrussel, "Ukkel", "Bon Brussel", Region.Brussels, ObligationClass.Entitled, false)]
    public async Task Register_Municipality_DossierGoesToTheServingOfficeWithItsRegion(string caseWorker, string municipality, string office, Region region, ObligationClass obligation, bool otherOffice)
    {
        using var client = await _scenario.LoginAsync(caseWorker);
        var lastName = UniqueName();

        var response = await client.SubmitFormAsync(Url, Registration(lastName, municipality));
        var (_, page) = await client.GetPageAsync(response.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal((office, Municipalities.Find(municipality)!.Name, region, obligation), await StoredAsync(lastName));
        var status = page.QuerySelector("[role=status]")?.TextContent ?? string.Empty;
        Assert.EndsWith(otherOffice ? $"is aangemaakt bij {office}, het kantoor van de gemeente." : "is aangemaakt.", status, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DossierScenario.Sarah, "Merksem", "Kies een Vlaamse of Brusselse gemeente uit de lijst.")]
    [InlineData(DossierScenario.Sarah, "Namen", "Kies een Vlaamse of Brusselse gemeente uit de lijst.")]
    [InlineData(DossierScenario.Sarah, "Gent", "Gent valt onder Amal Gent: dat agentschap registreert het dossier.")]
    [InlineData(AgIIBrugge, "Schaarbeek", "Schaarbeek valt onder BON Brussel: dat agentschap registreert het dossier.")]
    [InlineData(AgIIBrugge, "Gent", "Gent valt onder Amal Gent: dat agentschap registreert het dossier.")]
    public async Task Register_MunicipalityNotOnTheListOrOfAnotherAgency_IsAFieldErrorAndStoresNothing(string caseWorker, string municipality, string message)
    {
        using var client = await _scenario.LoginAsync(caseWorker);
        var lastName = UniqueName();

        var response = await client.SubmitFormAsync(Url, Registration(lastName, municipality));
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(message, page.QuerySelector("#Input_Municipality-error")?.TextContent);
        Assert.Equal(lastName, page.QuerySelector("#Input_LastName")?.GetAttribute("value"));
        Assert.Null(await StoredAsync(lastName));
    }

    [Fact]
    public async Task Edit_MoveToBrusselsOrAnUnknownName_IsRefusedOnTheFieldAndNothingIsSaved()
    {
        var dossier = await _scenario.RegisterAsync(status: Domain.Newcomers.ResidenceStatus.FamilyReunification);
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);

        var unknown = await client.SubmitFormAsync($"{dossier.Url}/Edit", new Dictionary<string, string> { ["Input.Municipality"] = "Borgerhout" });
        var unknownPage = await PortalClient.ParseAsync(unknown);
        var brussels = await client.SubmitFormAsync($"{dossier.Url}/Edit", new Dictionary<string, string> { ["Input.Municipality"] = "Sint-Gillis", ["Input.Phone"] = "0470 11 22 33" });
        var brusselsPage = await PortalClient.ParseAsync(brussels);

        Assert.Equal(HttpStatusCode.OK, unknown.StatusCode);
        Assert.Equal("Kies een Vlaamse of Brusselse gemeente uit de lijst.", unknownPage.QuerySelector("#Input_Municipality-error")?.TextContent);
        Assert.Equal(HttpStatusCode.OK, brussels.StatusCode);
        Assert.Equal(
            "Sint-Gillis valt onder BON Brussel. Het dossier gaat daarheen met een overdracht, als BON Brussel die aanvaardt.",
            brusselsPage.QuerySelector("#Input_Municipality-error")?.TextContent);
        Assert.Equal("0470 11 22 33", brusselsPage.QuerySelector("#Input_Phone")?.GetAttribute("value"));
        var stored = await StoredAsync(dossier.LastName);
        Assert.Equal(("Atlas Antwerpen Centrum", "Antwerpen", Region.Flanders, ObligationClass.Obligated), (stored?.Office, stored?.Municipality, stored?.Region, stored?.Class));
        Assert.Null((await _scenario.NewcomerAsync(dossier)).Person.Phone);
    }

    [Fact]
    public async Task Edit_MoveWithinTheAgencyToAnotherProvince_TheDossierFollowsToThatOfficeAndKeepsItsCaseWorker()
    {
        var dossier = await _scenario.RegisterAsync(caseWorkerEmail: AgIIBrugge, status: Domain.Newcomers.ResidenceStatus.FamilyReunification);
        using var client = await _scenario.LoginAsync(AgIIBrugge);

        var moved = await client.SubmitFormAsync($"{dossier.Url}/Edit", new Dictionary<string, string> { ["Input.Municipality"] = "Hasselt" });
        var (_, page) = await client.GetPageAsync(dossier.Url);

        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        Assert.Equal(("AgII Hasselt", "Hasselt"), ((await StoredAsync(dossier.LastName))?.Office, (await StoredAsync(dossier.LastName))?.Municipality));
        Assert.Equal(await _scenario.UserIdAsync(AgIIBrugge), (await _scenario.NewcomerAsync(dossier)).CaseWorkerId);
        Assert.Equal(HttpStatusCode.OK, (await client.GetPageAsync(dossier.Url)).Response.StatusCode);
        Assert.Contains("AgII Hasselt", page.QuerySelector("h1 ~ p")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Edit_MoveToAMunicipalityNoOfficeServes_IsRefusedOnTheFieldAndNothingIsSaved()
    {
        var dossier = await _scenario.RegisterAsync(caseWorkerEmail: AgIIBrugge, status: Domain.Newcomers.ResidenceStatus.FamilyReunification);
        using (var db = factory.CreateDbContext())
        {
            // No office of AgII serves Limburg any more (its office was reorganised): a move there has nowhere to go.
            await db.Offices.Where(o => o.Name == "AgII Hasselt").ExecuteUpdateAsync(o => o.SetProperty(x => x.Region, "Opgeheven"));
        }

        try
        {
            using var client = await _scenario.LoginAsync(AgIIBrugge);

            var refused = await client.SubmitFormAsync($"{dossier.Url}/Edit", new Dictionary<string, string> { ["Input.Municipality"] = "Genk" });
            var page = await PortalClient.ParseAsync(refused);

            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Equal("Geen kantoor van uw agentschap bedient Genk. Vraag de beheerder het kantoor in te stellen.", page.QuerySelector("#Input_Municipality-error")?.TextContent);
            Assert.Equal(("AgII Brugge", "Antwerpen"), ((await StoredAsync(dossier.LastName))?.Office, (await StoredAsync(dossier.LastName))?.Municipality));
        }
        finally
        {
            using var db = factory.CreateDbContext();
            await db.Offices.Where(o => o.Name == "AgII Hasselt").ExecuteUpdateAsync(o => o.SetProperty(x => x.Region, "Limburg"));
        }
    }
}
