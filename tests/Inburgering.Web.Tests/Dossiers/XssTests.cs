using System.Net;
using Inburgering.Tests.Shared;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Web.Tests.Dossiers;

/// <summary>Text that looks like markup is stored exactly as typed and only ever shown as text.</summary>
public sealed class XssTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Script = "<script>alert('xss')</script>";
    private const string Encoded = "&lt;script&gt;alert(&#x27;xss&#x27;)&lt;/script&gt;";

    private readonly DossierScenario _scenario = new(factory);

    private static void AssertShownAsText(string html, AngleSharp.Dom.IDocument page)
    {
        Assert.DoesNotContain(Script, html, StringComparison.Ordinal);
        Assert.Contains(Encoded, html, StringComparison.Ordinal);
        Assert.DoesNotContain(page.QuerySelectorAll("script"), s => s.TextContent.Contains("xss", StringComparison.Ordinal));
    }

    private static async Task<(string Html, AngleSharp.Dom.IDocument Page)> GetAsync(PortalClient client, string url)
    {
        var response = await client.Http.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadAsStringAsync(), await PortalClient.ParseAsync(response));
    }

    [Fact]
    public async Task Register_NameWithScriptTag_IsStoredAsTypedAndShownEncodedOnEveryPage()
    {
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);
        var lastName = $"Xss{Guid.NewGuid().ToString("N")[..8]}";

        var response = await client.SubmitFormAsync("/Dossiers/Register", new Dictionary<string, string>
        {
            ["Input.FirstName"] = Script,
            ["Input.LastName"] = lastName,
            ["Input.BirthDate"] = DossierScenario.Iso(DossierScenario.Today.AddYears(-33)),
            ["Input.Gender"] = "Male",
            ["Input.Nationality"] = "ER",
            ["Input.Municipality"] = "Antwerpen",
            ["Input.ResidenceStatus"] = "FamilyReunification",
            ["Input.RegisteredOn"] = DossierScenario.Iso(DossierScenario.Today.AddDays(-40)),
        });
        var dossier = response.Headers.Location!.OriginalString;
        var (dossierHtml, dossierPage) = await GetAsync(client, dossier);
        var (editHtml, editPage) = await GetAsync(client, $"{dossier}/Edit");
        var (caseloadHtml, caseloadPage) = await GetAsync(client, $"/Caseload?Filter.Search={lastName}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        using var db = factory.CreateDbContext();
        var stored = await db.Newcomers.AsNoTracking().SingleAsync(n => n.Person.LastName == lastName);
        Assert.Equal(Script, stored.Person.FirstName);
        AssertShownAsText(dossierHtml, dossierPage);
        Assert.Equal($"{Script} {lastName}", dossierPage.QuerySelector("h1")?.TextContent);
        Assert.Equal($"Dossier – {Script} {lastName} ({stored.Number}) – Inburgering", dossierPage.Title);
        AssertShownAsText(editHtml, editPage);
        Assert.Equal(Script, editPage.QuerySelector("#Input_FirstName")?.GetAttribute("value"));
        AssertShownAsText(caseloadHtml, caseloadPage);
        Assert.Equal($"{lastName}, {Script}", caseloadPage.QuerySelector("main table tbody tr td a")?.TextContent);
    }

    [Fact]
    public async Task ActionNoteWithScriptTag_IsShownEncodedInTimelineFormAndAgenda()
    {
        var dossier = await _scenario.RegisterAsync();
        await _scenario.StartTrajectoryAsync(dossier);
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);

        await client.SubmitFormAsync($"{dossier.Url}/Actions/Log", new Dictionary<string, string>
        {
            ["Input.Track"] = "Work",
            ["Input.Type"] = "JobApplication",
            ["Input.Date"] = DossierScenario.Iso(DossierScenario.Today.AddDays(2)),
            ["Input.Done"] = "false",
            ["Input.Note"] = Script,
        });
        var action = Assert.Single((await _scenario.TrajectoryAsync(dossier)).Actions);
        var (timelineHtml, timelinePage) = await GetAsync(client, dossier.Url);
        var (formHtml, formPage) = await GetAsync(client, $"{dossier.Url}/Actions/{action.Id}");
        var (agendaHtml, agendaPage) = await GetAsync(client, "/Caseload/Agenda");

        Assert.Equal(Script, action.Note);
        AssertShownAsText(timelineHtml, timelinePage);
        AssertShownAsText(formHtml, formPage);
        Assert.Equal(Script, formPage.QuerySelector("#Input_Note")?.TextContent);
        AssertShownAsText(agendaHtml, agendaPage);
    }

    [Fact]
    public async Task IntakeNotesAndCourseLanguageWithScriptTag_AreShownEncodedOnTheDossier()
    {
        var dossier = await _scenario.RegisterAsync();
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);

        await client.SubmitFormAsync($"{dossier.Url}/Intake", DossierScenario.AnsweredIntake(new Dictionary<string, string>
        {
            ["Input.Notes"] = Script,
            ["Input.WorkExperience"] = Script,
            ["Input.CourseLanguage"] = "<b>Arabisch</b>",
        }));
        var (html, page) = await GetAsync(client, dossier.Url);

        var trajectory = await _scenario.TrajectoryAsync(dossier);
        Assert.Equal((Script, "<b>Arabisch</b>"), (trajectory.Intake.Notes, trajectory.SocialOrientation.CourseLanguage));
        AssertShownAsText(html, page);
        Assert.Empty(page.QuerySelectorAll("main b"));
        Assert.Contains("&lt;b&gt;Arabisch&lt;/b&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchWithScriptTag_IsEchoedEncoded()
    {
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);

        var (html, page) = await GetAsync(client, $"/Caseload?Filter.Search={Uri.EscapeDataString(Script)}");

        Assert.DoesNotContain(Script, html, StringComparison.Ordinal);
        Assert.Equal(Script, page.QuerySelector("#search")?.GetAttribute("value"));
    }

    [Fact]
    public async Task EffortMotivationWithScriptTag_IsKeptEncodedInTheForm()
    {
        var dossier = await _scenario.RegisterAsync();
        await _scenario.StartTrajectoryAsync(dossier);
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);

        var response = await client.SubmitFormAsync($"{dossier.Url}/Certificate", new Dictionary<string, string> { ["Motivation"] = Script, ["Confirmed"] = "true" });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(Script, html, StringComparison.Ordinal);
        Assert.Null((await _scenario.TrajectoryAsync(dossier)).CertificateKind);
    }
}
