using Inburgering.Domain.History;
using Inburgering.Domain.Trajectories;
using Inburgering.Tests.Shared;

namespace Inburgering.Web.Tests.Dossiers;

public sealed class HistoryTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private readonly DossierScenario _scenario = new(factory);

    private static List<string> Lines(AngleSharp.Dom.IDocument page) =>
        [.. page.QuerySelectorAll("#history ~ ol li").Select(li => string.Join(' ', li.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))];

    [Fact]
    public async Task History_PersonalDataChanged_ShowsWhoWhenAndWhichFieldsInDutch()
    {
        // An AgII case worker: Schoten is AgII's (a move to another agency's municipality is refused).
        var dossier = await _scenario.RegisterAsync(caseWorkerEmail: "an.willems@inburgering.test");
        using var client = await _scenario.LoginAsync("an.willems@inburgering.test");
        var before = DateTime.UtcNow.AddSeconds(-1);

        await client.SubmitFormAsync($"{dossier.Url}/Edit", new Dictionary<string, string> { ["Input.Phone"] = "0471 23 45 67", ["Input.Municipality"] = "Schoten" });
        var (_, page) = await client.GetPageAsync(dossier.Url);

        var line = Lines(page)[0];
        Assert.EndsWith("· An Willems · Persoonsgegevens gewijzigd: Telefoon, Gemeente", line, StringComparison.Ordinal);
        var stored = (await _scenario.HistoryAsync(dossier))[0];
        Assert.Equal((await _scenario.UserIdAsync("an.willems@inburgering.test"), "An Willems"), (stored.ActorId, stored.ActorName));
        Assert.InRange(stored.OccurredAtUtc, before, DateTime.UtcNow.AddSeconds(1));
        var local = TimeZoneInfo.ConvertTimeFromUtc(stored.OccurredAtUtc, TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels"));
        Assert.StartsWith(local.ToString("d MMM yyyy HH:mm", System.Globalization.CultureInfo.GetCultureInfo("nl")), line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task History_ActionLoggedChangedAndCompleted_EachStepIsALine()
    {
        var dossier = await _scenario.RegisterAsync();
        await _scenario.StartTrajectoryAsync(dossier);
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);

        var logged = await client.SubmitFormAsync($"{dossier.Url}/Actions/Log", new Dictionary<string, string>
        {
            ["Input.Track"] = "DutchLanguage",
            ["Input.Type"] = "CourseEnrolment",
            ["Input.Date"] = DossierScenario.Iso(DossierScenario.Today.AddDays(2)),
            ["Input.Done"] = "false",
        });
        var action = Assert.Single((await _scenario.TrajectoryAsync(dossier)).Actions).Id;
        await client.SubmitFormAsync($"{dossier.Url}/Actions/{action}", new Dictionary<string, string> { ["Input.Date"] = DossierScenario.Iso(DossierScenario.Today) });
        await client.SubmitFormAsync($"{dossier.Url}/Actions/{action}", new Dictionary<string, string> { ["CompletedOn"] = DossierScenario.Iso(DossierScenario.Today) }, handler: "Complete");
        var (_, page) = await client.GetPageAsync(dossier.Url);

        DossierScenario.AssertRedirectTo(logged, dossier);
        var lines = Lines(page);
        Assert.EndsWith("Sarah Peeters · Actie uitgevoerd: Inschrijving cursus", lines[0], StringComparison.Ordinal);
        Assert.EndsWith("Sarah Peeters · Actie gewijzigd: Inschrijving cursus", lines[1], StringComparison.Ordinal);
        Assert.EndsWith("Sarah Peeters · Actie gelogd: Inschrijving cursus", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task History_TrackStartedAndTestRecorded_NamesTheTrackAndTheResult()
    {
        var dossier = await _scenario.RegisterAsync();
        var trajectory = await _scenario.StartTrajectoryAsync(dossier, participation: false);
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);

        await DossierScenario.PostAsync(client, $"{dossier.Url}?handler=StartTrack", new Dictionary<string, string> { ["trajectory"] = trajectory.ToString(), ["track"] = "Participation" });
        await client.SubmitFormAsync($"{dossier.Url}/Exams/SocialOrientation", new Dictionary<string, string> { ["Input.PracticalScore"] = "12", ["Input.ValuesScore"] = "9" });
        var (_, page) = await client.GetPageAsync(dossier.Url);

        var lines = Lines(page);
        Assert.EndsWith("Sarah Peeters · Test MO geregistreerd: niet geslaagd", lines[0], StringComparison.Ordinal);
        Assert.EndsWith("Sarah Peeters · Spoor gestart: Participatie", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task History_ReadByTheCoordinator_ShowsTheCaseWorkersChanges()
    {
        var dossier = await _scenario.RegisterAsync();
        using (var caseWorker = await _scenario.LoginAsync(DossierScenario.Sarah))
        {
            await caseWorker.SubmitFormAsync($"{dossier.Url}/Edit", new Dictionary<string, string> { ["Input.FirstName"] = "Yasmina" });
        }

        using var coordinator = await _scenario.LoginAsync(DossierScenario.AtlasCoordinator);

        var (_, page) = await coordinator.GetPageAsync(dossier.Url);

        Assert.EndsWith("Sarah Peeters · Persoonsgegevens gewijzigd: Voornaam", Lines(page)[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task History_MoreChangesThanOnePage_OlderChangesStayReachable()
    {
        var dossier = await _scenario.RegisterAsync();
        await _scenario.StartTrajectoryAsync(dossier);
        await _scenario.LogConversationsAsync(dossier, 14);
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);
        var stored = await _scenario.HistoryAsync(dossier);

        var (_, first) = await client.GetPageAsync(dossier.Url);
        var next = first.QuerySelectorAll("#history ~ nav a").Single(a => a.TextContent == "2").GetAttribute("href")!;
        var (_, second) = await client.GetPageAsync(next);

        Assert.Equal(16, stored.Count);
        Assert.Equal(10, Lines(first).Count);
        Assert.Equal(6, Lines(second).Count);
        Assert.EndsWith("Systeem · Dossier aangemaakt", Lines(second)[^1], StringComparison.Ordinal);
        Assert.Contains(stored, e => e.Type == nameof(Registered));
    }

    [Fact]
    public async Task History_TrackCompletedByTheParticipationHours_IsRecordedToo()
    {
        var dossier = await _scenario.RegisterAsync();
        await _scenario.StartTrajectoryAsync(dossier);
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);

        await client.SubmitFormAsync($"{dossier.Url}/Actions/Log", new Dictionary<string, string>
        {
            ["Input.Track"] = "Participation",
            ["Input.Type"] = "ParticipationActivity",
            ["Input.Hours"] = "40",
            ["Input.Done"] = "true",
        });
        var logged = (await _scenario.TrajectoryAsync(dossier)).Actions.Single();
        await _scenario.ChangeTrajectoryAsync(dossier, t => t.SignHours(logged.Id, "Nieuwkomer", DossierScenario.Today));

        var changes = (await _scenario.HistoryAsync(dossier)).Take(3).Select(e => e.Change).ToList();
        Assert.Contains(new ActionLogged(ActionType.ParticipationActivity), changes);
        Assert.Contains(new HoursConfirmed(40m, HoursConfirmer.Newcomer), changes);
        Assert.Contains(new TrackCompleted(TrackKind.Participation), changes);
    }
}
