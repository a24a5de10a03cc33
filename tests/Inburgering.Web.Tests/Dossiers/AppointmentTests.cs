using System.Globalization;
using System.Net;
using Inburgering.DemoData;
using Inburgering.Domain.Trajectories;
using Inburgering.Tests.Shared;
using Inburgering.Web.Tests.Newcomers;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Web.Tests.Dossiers;

/// <summary>An action can be an appointment: an hour and a place, which the newcomer reads on Mijn traject.</summary>
public sealed class AppointmentTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Place = "Kantoor Gent, Kortrijksesteenweg 1, 9000 Gent";

    private readonly DossierScenario _scenario = new(factory);

    private static DateOnly Today => DossierScenario.Today;

    private static string LogUrl(ArrangedDossier dossier) => $"{dossier.Url}/Actions/Log";

    private static Dictionary<string, string> PlannedConversation(string time, string place) => new()
    {
        ["Input.Track"] = "DutchLanguage",
        ["Input.Type"] = "Conversation",
        ["Input.Date"] = DossierScenario.Iso(Today.AddDays(8)),
        ["Input.Done"] = "false",
        ["Input.StartsAt"] = time,
        ["Input.Place"] = place,
    };

    [Fact]
    public async Task Log_AppointmentWithHourAndPlace_IsStoredAndShownOnTheDossierAndTheAgenda()
    {
        var dossier = await _scenario.RegisterAsync();
        await _scenario.StartTrajectoryAsync(dossier);
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);

        var response = await client.SubmitFormAsync(LogUrl(dossier), PlannedConversation("10:00", Place));
        var (_, dossierPage) = await client.GetPageAsync(dossier.Url);
        var (_, agenda) = await client.GetPageAsync("/Caseload/Agenda");

        DossierScenario.AssertRedirectTo(response, dossier);
        var action = Assert.Single((await _scenario.TrajectoryAsync(dossier)).Actions);
        Assert.Equal((new TimeOnly(10, 0), Place), (action.StartsAt, action.Place));
        Assert.Equal($"Afspraak om 10:00, {Place}", dossierPage.QuerySelector("#actions ~ div table [data-testid=appointment]")?.TextContent);
        var row = agenda.QuerySelectorAll("section[aria-labelledby=upcoming] li").Single(li => li.TextContent.Contains(dossier.LastName, StringComparison.Ordinal));
        Assert.Equal($"Afspraak om 10:00, {Place}", row.QuerySelector("[data-testid=appointment]")?.TextContent);
    }

    [Fact]
    public async Task Log_PlaceWithoutAnHour_AsksForTheHourAndKeepsThePlace()
    {
        var dossier = await _scenario.RegisterAsync();
        await _scenario.StartTrajectoryAsync(dossier);
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);

        var response = await client.SubmitFormAsync(LogUrl(dossier), PlannedConversation("", Place));
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Vul het uur van de afspraak in.", page.QuerySelector("#Input_StartsAt-error")?.TextContent);
        Assert.Equal(Place, page.QuerySelector("#Input_Place")?.GetAttribute("value"));
        Assert.Empty((await _scenario.TrajectoryAsync(dossier)).Actions);
    }

    [Fact]
    public async Task Edit_Appointment_ShowsItsHourAndPlaceInTheForm()
    {
        var dossier = await _scenario.RegisterAsync();
        await _scenario.StartTrajectoryAsync(dossier);
        var action = await _scenario.LogActionAsync(dossier, TrackKind.Work, ActionType.Conversation, Today.AddDays(5), done: false, startsAt: new TimeOnly(14, 30), place: Place);
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);

        var (_, page) = await client.GetPageAsync($"{dossier.Url}/Actions/{action}");

        Assert.Equal("14:30", page.QuerySelector("#Input_StartsAt")?.GetAttribute("value"));
        Assert.Equal(Place, page.QuerySelector("#Input_Place")?.GetAttribute("value"));
    }

    [Fact]
    public async Task MyTrajectory_Appointment_ShowsWeekdayDateHourAndPlaceInTheNewcomersLanguage()
    {
        var id = await NewcomerPortal.DossierOfAsync(factory, "Haddad", "Amina");
        string number;
        using (var db = factory.CreateDbContext())
        {
            number = await db.Newcomers.Where(n => n.Id == id).Select(n => n.Number).SingleAsync();
        }

        var day = Today.AddDays(9);
        await _scenario.LogActionAsync(new ArrangedDossier(id, number, "Amina", "Haddad"), TrackKind.DutchLanguage, ActionType.Conversation, day, done: false, startsAt: new TimeOnly(10, 0), place: Place);
        using var client = NewcomerPortal.NewClient(factory);
        await client.LoginOrFailAsync(DemoDataSeeder.NewcomerEmail);

        var (_, dutch) = await client.GetPageAsync("/MyTrajectory");
        await client.Http.GetAsync(new Uri("/Language?culture=fr&returnUrl=%2FMyTrajectory", UriKind.Relative));
        var (_, french) = await client.GetPageAsync("/MyTrajectory");

        var written = day.ToString("ddd d MMMM yyyy", CultureInfo.GetCultureInfo("nl"));
        Assert.Contains($"Afspraak: {written} om 10:00, {Place}", dutch.QuerySelectorAll("[data-testid=my-appointment]").Select(e => e.TextContent));
        var inFrench = day.ToString("ddd d MMMM yyyy", CultureInfo.GetCultureInfo("fr"));
        Assert.Contains($"Rendez-vous : {inFrench} à 10:00, {Place}", french.QuerySelectorAll("[data-testid=my-appointment]").Select(e => e.TextContent));
    }
}
