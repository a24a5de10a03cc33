using System.Net;
using Inburgering.Domain.History;
using Inburgering.Domain.Newcomers;
using Inburgering.Tests.Shared;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Web.Tests.Dossiers;

public sealed class RegisterTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Url = "/Dossiers/Register";

    private readonly DossierScenario _scenario = new(factory);

    /// <summary>A complete, valid registration; tests override the fields they are about.</summary>
    private static Dictionary<string, string> Valid(string lastName, params (string Field, string Value)[] overrides)
    {
        var today = DossierScenario.Today;
        var fields = new Dictionary<string, string>
        {
            ["Input.FirstName"] = "Leila",
            ["Input.LastName"] = lastName,
            ["Input.BirthDate"] = DossierScenario.Iso(today.AddYears(-28)),
            ["Input.Gender"] = "Female",
            ["Input.Nationality"] = "AF",
            ["Input.Languages"] = "Dari, Engels",
            ["Input.Phone"] = "0470 11 22 33",
            ["Input.Email"] = "leila@mail.test",
            ["Input.Municipality"] = "Antwerpen",
            ["Input.NationalRegisterNumber"] = "",
            ["Input.ResidenceStatus"] = "RecognisedRefugee",
            ["Input.RegisteredOn"] = DossierScenario.Iso(today.AddDays(-20)),
            ["Input.AsylumAppliedOn"] = DossierScenario.Iso(today.AddMonths(-9)),
            ["Input.ProtectionGrantedOn"] = DossierScenario.Iso(today.AddDays(-30)),
            ["Input.RefusalNotifiedOn"] = "",
            ["Input.AppealLodgedOn"] = "",
        };
        foreach (var (field, value) in overrides)
        {
            fields[$"Input.{field}"] = value;
        }

        return fields;
    }

    private static string Day(int offset) => DossierScenario.Iso(DossierScenario.Today.AddDays(offset));

    private static string UniqueName() => $"Registratie{Guid.NewGuid().ToString("N")[..8]}";

    private async Task<int> CountAsync(string lastName)
    {
        using var db = factory.CreateDbContext();
        return await db.Newcomers.CountAsync(n => n.Person.LastName == lastName);
    }

    [Fact]
    public async Task Register_ValidInput_CreatesDossierInOwnCaseloadAndShowsIt()
    {
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);
        var lastName = UniqueName();
        var sarah = await _scenario.UserIdAsync(DossierScenario.Sarah);

        var response = await client.SubmitFormAsync(Url, Valid(lastName));
        var (_, page) = await client.GetPageAsync(response.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        using var db = factory.CreateDbContext();
        var stored = await db.Newcomers.AsNoTracking().SingleAsync(n => n.Person.LastName == lastName);
        var office = await db.Users.Where(u => u.Id == sarah).Select(u => u.OfficeId).SingleAsync();
        Assert.Equal($"/Dossiers/{stored.Id}", response.Headers.Location!.OriginalString);
        Assert.Equal(sarah, stored.CaseWorkerId);
        Assert.Equal(office, stored.OfficeId);
        Assert.Equal("Leila", stored.Person.FirstName);
        Assert.Equal(DossierScenario.Today.AddYears(-28), stored.Person.BirthDate);
        Assert.Equal(ResidenceStatus.RecognisedRefugee, stored.Residence.Status);
        Assert.Equal($"Dossier {stored.Number} is aangemaakt.", page.QuerySelector("[role=status]")?.TextContent.Trim());
        Assert.Equal($"Leila {lastName}", page.QuerySelector("h1")?.TextContent);
        Assert.Contains("Verplicht", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(await db.DossierEvents.Where(e => e.NewcomerId == stored.Id).ToListAsync(), e => e.Change is Registered && e.ActorId == sarah);
    }

    [Fact]
    public async Task Register_RequiredFieldsEmpty_ShowsDutchMessagesNextToFieldsAndKeepsTypedValues()
    {
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);
        var lastName = UniqueName();

        var response = await client.SubmitFormAsync(Url, Valid(lastName, ("FirstName", ""), ("Municipality", ""), ("Gender", ""), ("BirthDate", ""), ("Languages", "Pasjtoe")));
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Vul de voornaam in.", page.QuerySelector("#Input_FirstName-error")?.TextContent);
        Assert.Equal("Kies de gemeente.", page.QuerySelector("#Input_Municipality-error")?.TextContent);
        Assert.Equal("Kies het geslacht.", page.QuerySelector("#Input_Gender-error")?.TextContent);
        Assert.Equal("Vul de geboortedatum in.", page.QuerySelector("#Input_BirthDate-error")?.TextContent);
        Assert.Equal("true", page.QuerySelector("#Input_FirstName")?.GetAttribute("aria-invalid"));
        Assert.Equal(lastName, page.QuerySelector("#Input_LastName")?.GetAttribute("value"));
        Assert.Equal("Pasjtoe", page.QuerySelector("#Input_Languages")?.GetAttribute("value"));
        Assert.Equal("AF", page.QuerySelector("#Input_Nationality option[selected]")?.GetAttribute("value"));
        Assert.Equal("Er is een probleem", page.QuerySelector("[role=alert] h2")?.TextContent.Trim());
        Assert.Equal(0, await CountAsync(lastName));
    }

    [Theory]
    [InlineData("BirthDate", "De geboortedatum moet in het verleden liggen.", "BirthDate=+1")]
    [InlineData("BirthDate", "Vul een geldige geboortedatum in, niet meer dan 120 jaar geleden.", "BirthDate=-50000")]
    [InlineData("RegisteredOn", "De datum van inschrijving kan niet in de toekomst liggen.", "RegisteredOn=+1")]
    [InlineData("AsylumAppliedOn", "De datum van de asielaanvraag kan niet in de toekomst liggen.", "AsylumAppliedOn=+3", "ProtectionGrantedOn=")]
    [InlineData("ProtectionGrantedOn", "De datum van erkenning kan niet in de toekomst liggen.", "ProtectionGrantedOn=+1")]
    [InlineData("ProtectionGrantedOn", "De beslissing kan niet vóór de asielaanvraag liggen.", "AsylumAppliedOn=-10", "ProtectionGrantedOn=-40")]
    [InlineData("RefusalNotifiedOn", "De beslissing kan niet vóór de asielaanvraag liggen.", "ResidenceStatus=AsylumApplicant", "ProtectionGrantedOn=", "AsylumAppliedOn=-10", "RefusalNotifiedOn=-40")]
    [InlineData("RefusalNotifiedOn", "De datum van de weigering kan niet in de toekomst liggen.", "ResidenceStatus=AsylumApplicant", "ProtectionGrantedOn=", "RefusalNotifiedOn=+2")]
    [InlineData("AppealLodgedOn", "Een beroep kan alleen na een weigering: vul eerst de datum van de weigering in.", "ResidenceStatus=AsylumApplicant", "ProtectionGrantedOn=", "AppealLodgedOn=-5")]
    [InlineData("AppealLodgedOn", "Het beroep kan niet vóór de kennisgeving van de weigering liggen.", "ResidenceStatus=AsylumApplicant", "ProtectionGrantedOn=", "RefusalNotifiedOn=-5", "AppealLodgedOn=-20")]
    [InlineData("AppealLodgedOn", "De datum van het beroep kan niet in de toekomst liggen.", "ResidenceStatus=AsylumApplicant", "ProtectionGrantedOn=", "RefusalNotifiedOn=-5", "AppealLodgedOn=+5")]
    [InlineData("AsylumAppliedOn", "Vul de datum van de asielaanvraag in.", "ResidenceStatus=AsylumApplicant", "ProtectionGrantedOn=", "AsylumAppliedOn=")]
    [InlineData("RegisteredOn", "Vul de datum van inschrijving in de gemeente in.", "ResidenceStatus=FamilyReunification", "RegisteredOn=")]
    public async Task Register_DatesThatCannotBe_ShowsDutchMessageNextToTheDateAndStoresNothing(string field, string message, params string[] changes)
    {
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);
        var lastName = UniqueName();
        var overrides = changes.Select(c => c.Split('=')).Select(p => (p[0], p[1] is ['+' or '-', ..] ? Day(int.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture)) : p[1])).ToArray();

        var response = await client.SubmitFormAsync(Url, Valid(lastName, overrides));
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(message, page.QuerySelector($"#Input_{field}-error")?.TextContent);
        Assert.Equal(lastName, page.QuerySelector("#Input_LastName")?.GetAttribute("value"));
        Assert.Equal(0, await CountAsync(lastName));
    }

    [Theory]
    [InlineData("FirstName", 101, "Voornaam mag hoogstens 100 tekens lang zijn (nu 101).")]
    [InlineData("Languages", 201, "Talen mag hoogstens 200 tekens lang zijn (nu 201).")]
    [InlineData("Phone", 31, "Telefoon mag hoogstens 30 tekens lang zijn (nu 31).")]
    public async Task Register_OverlongText_ShowsLengthMessageAndKeepsTheText(string field, int length, string message)
    {
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);
        var lastName = UniqueName();
        var text = field == "Phone" ? new string('4', length) : new string('a', length);

        var response = await client.SubmitFormAsync(Url, Valid(lastName, (field, text)));
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(message, page.QuerySelector($"#Input_{field}-error")?.TextContent);
        Assert.Equal(text, page.QuerySelector($"#Input_{field}")?.GetAttribute("value"));
        Assert.Equal(0, await CountAsync(lastName));
    }

    [Theory]
    [InlineData("NationalRegisterNumber", "94.05.12-264.00", "Dit rijksregisternummer klopt niet (controlegetal).")]
    [InlineData("Email", "leila@", "Vul een geldig e-mailadres in.")]
    [InlineData("Phone", "bel me maar", "Vul een geldig telefoonnummer in.")]
    [InlineData("Nationality", "XX", "Kies een nationaliteit.")]
    [InlineData("BirthDate", "31/02/2000", "De waarde '31/02/2000' is niet geldig.")]
    [InlineData("Gender", "Alien", "De waarde 'Alien' is niet geldig.")]
    public async Task Register_InvalidValue_ShowsDutchMessageNextToTheField(string field, string value, string message)
    {
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);
        var lastName = UniqueName();

        var response = await client.SubmitFormAsync(Url, Valid(lastName, (field, value)));
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(message, page.QuerySelector($"#Input_{field}-error")?.TextContent);
        Assert.Equal(0, await CountAsync(lastName));
    }

    [Fact]
    public async Task Register_NationalRegisterNumberOfAnExistingDossier_RefusesTheDuplicate()
    {
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);
        var lastName = UniqueName();
        var amina = NationalRegisterNumber.For(new DateOnly(1994, 5, 12), 264);

        var response = await client.SubmitFormAsync(Url, Valid(lastName, ("NationalRegisterNumber", amina.Formatted)));
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Er bestaat al een dossier met dit rijksregisternummer.", page.QuerySelector("#Input_NationalRegisterNumber-error")?.TextContent);
        Assert.Equal(amina.Formatted, page.QuerySelector("#Input_NationalRegisterNumber")?.GetAttribute("value"));
        Assert.Equal(0, await CountAsync(lastName));
    }

    [Fact]
    public async Task Register_ValidNationalRegisterNumber_IsStoredAndShownMasked()
    {
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);
        var lastName = UniqueName();
        var number = NationalRegisterNumber.For(DossierScenario.Today.AddYears(-28), 731);

        var response = await client.SubmitFormAsync(Url, Valid(lastName, ("NationalRegisterNumber", number.Digits)));
        var (_, page) = await client.GetPageAsync(response.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        using var db = factory.CreateDbContext();
        Assert.Equal(number, await db.Newcomers.Where(n => n.Person.LastName == lastName).Select(n => n.Person.NationalRegisterNumber).SingleAsync());
        Assert.Contains(number.Masked, page.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(number.Formatted, page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DossierScenario.AtlasCoordinator)]
    [InlineData(DossierScenario.NewcomerAccount)]
    public async Task Register_NotACaseWorker_Returns403AndStoresNothing(string email)
    {
        using var client = await _scenario.LoginAsync(email);
        using var caseWorker = await _scenario.LoginAsync(DossierScenario.Sarah);
        var (_, form) = await caseWorker.GetPageAsync(Url);
        var lastName = UniqueName();

        var get = await client.Http.GetAsync(new Uri(Url, UriKind.Relative));
        var post = await client.SubmitAsync((AngleSharp.Html.Dom.IHtmlFormElement)form.QuerySelector("main form")!, Valid(lastName), url: Url);

        Assert.Equal(HttpStatusCode.Forbidden, get.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(0, await CountAsync(lastName));
    }
}
