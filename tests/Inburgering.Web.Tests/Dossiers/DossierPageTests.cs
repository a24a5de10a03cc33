using System.Net;
using Inburgering.Domain.Newcomers;
using Inburgering.Domain.Trajectories;
using Inburgering.Tests.Shared;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Web.Tests.Dossiers;

public sealed class DossierPageTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private readonly DossierScenario _scenario = new(factory);

    private static string Track(string trajectory, TrackKind kind) => $"track-{Guid.Parse(trajectory):N}-{kind}";

    [Fact]
    public async Task Dossier_OwnCaseWorker_ShowsTheFourTracksTheMissingConditionsAndEditLinks()
    {
        var dossier = await _scenario.RegisterAsync();
        var trajectory = await _scenario.StartTrajectoryAsync(dossier, participation: false);
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);

        var (response, page) = await client.GetPageAsync(dossier.Url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(dossier.FullName, page.QuerySelector("h1")?.TextContent);
        Assert.Contains(dossier.Number, page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(
            ["Maatschappelijke oriëntatie", "NT2 (Nederlands)", "Werk", "Participatie"],
            page.QuerySelectorAll("#tracks ~ .track-grid h3").Select(h => h.TextContent));
        Assert.Equal("Loopt", page.QuerySelector($"#{Track(trajectory.ToString(), TrackKind.Work)} + .badge")?.TextContent);
        Assert.Equal("Nog niet gestart", page.QuerySelector($"#{Track(trajectory.ToString(), TrackKind.Participation)} + .badge")?.TextContent);
        var missing = page.QuerySelectorAll("[data-testid=missing-conditions] li").Select(li => li.TextContent).ToList();
        Assert.Equal(4, missing.Count);
        Assert.Contains("De test maatschappelijke oriëntatie is nog niet behaald.", missing);
        Assert.Contains("Nog geen geslaagd NT2-examen op niveau A2.", missing);
        Assert.Contains(missing, m => m.StartsWith("Nog niet ingeschreven bij VDAB (termijn: ", StringComparison.Ordinal));
        Assert.Contains("Nog 40 uur participatie (met ondertekend bewijs).", missing);
        Assert.NotNull(page.QuerySelector($"main a[href='{dossier.Url}/Edit']"));
        Assert.NotNull(page.QuerySelector($"main a[href='{dossier.Url}/Actions/Log']"));
        Assert.NotNull(page.QuerySelector("main form button[type=submit]"));
    }

    [Theory]
    [InlineData("SY", ResidenceStatus.RecognisedRefugee, 30, "Verplicht", "Niet-EU-burger met verblijfsrecht van meer dan 3 maanden: inburgeringsplicht.")]
    [InlineData("PL", ResidenceStatus.FreeMovement, 30, "Rechthebbend", "Burger van de EU, EER of Zwitserland: kan niet verplicht worden, mag deelnemen.")]
    [InlineData("SY", ResidenceStatus.RecognisedRefugee, 67, "Vrijgesteld", "65 jaar of ouder: vrijgesteld van de plicht.")]
    [InlineData("AF", ResidenceStatus.AsylumApplicant, 30, "Niet in doelgroep", "Verzoekers om internationale bescherming vallen sinds 1 maart 2022 buiten de doelgroep.")]
    public async Task Dossier_Obligation_ShowsTheClassAndWhy(string nationality, ResidenceStatus status, int age, string obligation, string reason)
    {
        var dossier = await _scenario.RegisterAsync(nationality: nationality, status: status, birthDate: DossierScenario.Today.AddYears(-age).AddDays(-1));
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);

        var (_, page) = await client.GetPageAsync(dossier.Url);

        var badge = page.QuerySelector("main .badge.text-bg-dark")!;
        Assert.Equal(obligation, badge.TextContent);
        Assert.Equal(reason, badge.NextElementSibling?.TextContent);
    }

    [Fact]
    public async Task Dossier_AsylumApplicantTwoMonthsIn_SaysFromWhenWorkIsAllowedAndWhy()
    {
        var appliedOn = DossierScenario.Today.AddDays(-60);
        var dossier = await _scenario.RegisterAsync(status: ResidenceStatus.AsylumApplicant, registeredOn: appliedOn);
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);

        var (_, page) = await client.GetPageAsync(dossier.Url);

        var text = string.Join(' ', page.QuerySelector("[data-testid=work-permission]")!.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal($"Werk: mag nog niet werken; vanaf {DossierScenario.Written(appliedOn.AddMonths(4))} wel, als er tegen dan geen weigering komt. Een verzoeker mag werken vier maanden na de aanvraag.", text);
        Assert.Equal("Deze persoon valt (nu) niet onder de doelgroep van inburgering. NT2-lessen en volwassenenonderwijs zijn wel mogelijk.", page.QuerySelector("#no-trajectory + p")?.TextContent);
        Assert.Null(page.QuerySelector($"main a[href='{dossier.Url}/Intake']"));
    }

    [Theory]
    [InlineData(100, "alert-danger", "de termijn is verstreken op")]
    [InlineData(50, "alert-warning", "de termijn verstrijkt op")]
    public async Task Dossier_VdabDeadlineNearOrPassed_WarnsOnTheWorkTrack(int intakeDaysAgo, string css, string warning)
    {
        var dossier = await _scenario.RegisterAsync();
        var trajectory = await _scenario.StartTrajectoryAsync(dossier, intakeOn: DossierScenario.Today.AddDays(-intakeDaysAgo));
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);

        var (_, page) = await client.GetPageAsync(dossier.Url);

        var due = DossierScenario.Today.AddDays(-intakeDaysAgo + 60);
        var alert = page.QuerySelector($"#{Track(trajectory.ToString(), TrackKind.Work)}")!.Closest("section")!.QuerySelector($".alert.{css}");
        Assert.Equal($"Inschrijving bij VDAB: {warning} {DossierScenario.Written(due)}.", alert?.TextContent);
    }

    [Fact]
    public async Task Dossier_WithoutTrajectory_OffersTheIntake()
    {
        var dossier = await _scenario.RegisterAsync();
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);

        var (_, page) = await client.GetPageAsync(dossier.Url);

        Assert.Equal("Nog geen traject", page.QuerySelector("#no-trajectory")?.TextContent);
        Assert.Equal("Intake starten", page.QuerySelector($"main a[href='{dossier.Url}/Intake']")?.TextContent);
        Assert.Null(page.QuerySelector($"main a[href='{dossier.Url}/Actions/Log']"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("/Edit")]
    [InlineData("/Intake")]
    [InlineData("/Actions/Log")]
    [InlineData("/Exams/SocialOrientation")]
    [InlineData("/Exams/Dutch")]
    [InlineData("/Certificate")]
    [InlineData("/FollowUp")]
    public async Task AnyDossierPage_OtherCaseWorkersDossier_Returns404WithNoneOfItsData(string page)
    {
        var dossier = await _scenario.RegisterAsync(DossierScenario.Tom, firstName: "Geheim");
        await _scenario.StartTrajectoryAsync(dossier);
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);

        var response = await client.Http.GetAsync(new Uri(dossier.Url + page, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Niet gevonden", body, StringComparison.Ordinal);
        Assert.DoesNotContain(dossier.LastName, body, StringComparison.Ordinal);
        Assert.DoesNotContain("Geheim", body, StringComparison.Ordinal);
        Assert.DoesNotContain(dossier.Number, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dossier_UnknownId_Returns404()
    {
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);

        var (response, _) = await client.GetPageAsync($"/Dossiers/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Dossier_NewcomerAccount_Returns403EvenForTheirOwnDossier()
    {
        using var db = factory.CreateDbContext();
        var amina = await db.Newcomers.Where(n => n.Person.Email == DossierScenario.NewcomerAccount).Select(n => n.Id).SingleAsync();
        using var client = await _scenario.LoginAsync(DossierScenario.NewcomerAccount);

        var (response, page) = await client.GetPageAsync($"/Dossiers/{amina}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("Geen toegang", page.QuerySelector("h1")?.TextContent);
        Assert.DoesNotContain("Haddad", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dossier_CoordinatorOfTheSameAgency_ReadsItWithoutAnyWayToChangeIt()
    {
        var dossier = await _scenario.RegisterAsync();
        await _scenario.StartTrajectoryAsync(dossier, participation: false);
        var action = await _scenario.LogActionAsync(dossier, TrackKind.Work, ActionType.JobApplication, DossierScenario.Today.AddDays(-2), done: false);
        using var client = await _scenario.LoginAsync(DossierScenario.AtlasCoordinator);

        var (response, page) = await client.GetPageAsync(dossier.Url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(dossier.FullName, page.QuerySelector("h1")?.TextContent);
        Assert.NotEmpty(page.QuerySelectorAll("#actions ~ div table tbody tr"));
        // What a coordinator may do here: hand the dossier to another case worker, or ask another agency to take it over (ADR 0007).
        Assert.All(page.QuerySelectorAll("main form"), form => Assert.Equal("/Team/Dossiers?handler=Reassign", form.GetAttribute("action")));
        Assert.Equal([dossier.Url + "/Transfer"], page.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")!).Where(h => h.StartsWith(dossier.Url + "/", StringComparison.Ordinal)));
        Assert.Null(page.QuerySelector($"main a[href$='{action}']"));
    }

    [Fact]
    public async Task StartTrack_ByCoordinatorOfTheSameAgency_Returns404AndChangesNothing()
    {
        var dossier = await _scenario.RegisterAsync();
        var trajectory = await _scenario.StartTrajectoryAsync(dossier, participation: false);
        using var client = await _scenario.LoginAsync(DossierScenario.AtlasCoordinator);

        var response = await DossierScenario.PostAsync(client, $"{dossier.Url}?handler=StartTrack", new Dictionary<string, string>
        {
            ["trajectory"] = trajectory.ToString(),
            ["track"] = nameof(TrackKind.Participation),
        });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(TrackStatus.NotStarted, (await _scenario.TrajectoryAsync(dossier)).Participation.Status);
    }

    [Fact]
    public async Task Dossier_CoordinatorOfAnotherAgency_Returns404WithoutData()
    {
        var dossier = await _scenario.RegisterAsync();
        using var client = await _scenario.LoginAsync(DossierScenario.AgIICoordinator);

        var response = await client.Http.GetAsync(new Uri(dossier.Url, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain(dossier.LastName, body, StringComparison.Ordinal);
        Assert.DoesNotContain(dossier.Number, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartTrack_TrackOfThePlanNotYetStarted_StartsItAndConfirms()
    {
        var dossier = await _scenario.RegisterAsync();
        var trajectory = await _scenario.StartTrajectoryAsync(dossier, participation: false);
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);
        var (_, before) = await client.GetPageAsync(dossier.Url);
        var form = before.QuerySelectorAll("main form").Cast<AngleSharp.Html.Dom.IHtmlFormElement>()
            .Single(f => f.QuerySelector("button")!.TextContent == "Start Participatie");

        var response = await client.SubmitAsync(form, new Dictionary<string, string>());
        var (_, page) = await client.GetPageAsync(response.Headers.Location!.OriginalString);

        DossierScenario.AssertRedirectTo(response, dossier);
        Assert.Equal("Het spoor is gestart.", page.QuerySelector("[role=status]")?.TextContent);
        Assert.Equal("Loopt", page.QuerySelector($"#{Track(trajectory.ToString(), TrackKind.Participation)} + .badge")?.TextContent);
        var stored = await _scenario.TrajectoryAsync(dossier);
        Assert.Equal(TrackStatus.Running, stored.Participation.Status);
        Assert.Equal(DossierScenario.Today, stored.Participation.StartedOn);
    }

    [Theory]
    [InlineData("Nonsense")]
    [InlineData("99")]
    public async Task StartTrack_TamperedTrackName_ChangesNothing(string track)
    {
        var dossier = await _scenario.RegisterAsync();
        var trajectory = await _scenario.StartTrajectoryAsync(dossier, socialOrientation: false);
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);

        var response = await DossierScenario.PostAsync(client, $"{dossier.Url}?handler=StartTrack", new Dictionary<string, string>
        {
            ["trajectory"] = trajectory.ToString(),
            ["track"] = track,
        });
        var (_, page) = await client.GetPageAsync(response.Headers.Location!.OriginalString);

        DossierScenario.AssertRedirectTo(response, dossier);
        Assert.Equal("Deze waarde is niet geldig.", page.QuerySelector("main > [role=alert]")?.TextContent);
        Assert.Equal(TrackStatus.NotStarted, (await _scenario.TrajectoryAsync(dossier)).SocialOrientation.Status);
    }

    [Fact]
    public async Task CompleteTrack_MandatoryParticipationWithoutTheHours_RefusesWithDutchMessage()
    {
        var dossier = await _scenario.RegisterAsync();
        var trajectory = await _scenario.StartTrajectoryAsync(dossier);
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);

        var response = await DossierScenario.PostAsync(client, $"{dossier.Url}?handler=CompleteTrack", new Dictionary<string, string>
        {
            ["trajectory"] = trajectory.ToString(),
            ["track"] = nameof(TrackKind.Participation),
        });
        var (_, page) = await client.GetPageAsync(response.Headers.Location!.OriginalString);

        DossierScenario.AssertRedirectTo(response, dossier);
        Assert.Equal("Het participatiespoor is pas af na 40 uur.", page.QuerySelector("main > [role=alert]")?.TextContent);
        Assert.Equal(TrackStatus.Running, (await _scenario.TrajectoryAsync(dossier)).Participation.Status);
    }

    [Fact]
    public async Task CompleteTrack_Work_ClosesTheTrack()
    {
        var dossier = await _scenario.RegisterAsync();
        var trajectory = await _scenario.StartTrajectoryAsync(dossier);
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);
        var (_, before) = await client.GetPageAsync(dossier.Url);
        var form = before.QuerySelectorAll("main form").Cast<AngleSharp.Html.Dom.IHtmlFormElement>()
            .Single(f => f.QuerySelector("button")!.TextContent == "Werk afronden");

        var response = await client.SubmitAsync(form, new Dictionary<string, string>());
        var (_, page) = await client.GetPageAsync(response.Headers.Location!.OriginalString);

        Assert.Equal("Het spoor is afgerond.", page.QuerySelector("[role=status]")?.TextContent);
        Assert.Equal("Afgerond", page.QuerySelector($"#{Track(trajectory.ToString(), TrackKind.Work)} + .badge")?.TextContent);
        Assert.Equal(TrackStatus.Completed, (await _scenario.TrajectoryAsync(dossier)).Work.Status);
    }

    [Fact]
    public async Task Dossier_SixtyActions_PagesTheTimelineAndClampsAnImpossiblePage()
    {
        var dossier = await _scenario.RegisterAsync();
        await _scenario.StartTrajectoryAsync(dossier);
        await _scenario.LogConversationsAsync(dossier, 60);
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);

        var (_, first) = await client.GetPageAsync(dossier.Url);
        var (_, last) = await client.GetPageAsync($"{dossier.Url}?actions=4");
        var (beyond, clamped) = await client.GetPageAsync($"{dossier.Url}?actions=999");
        var (garbage, _) = await client.GetPageAsync($"{dossier.Url}?actions=abc");

        static List<string> Notes(AngleSharp.Dom.IDocument page) =>
            [.. page.QuerySelectorAll("#actions ~ div table tbody tr td.action-details div").Select(div => div.TextContent.Trim())];
        Assert.Equal(15, Notes(first).Count);
        Assert.Equal("Gesprek 1", Notes(first)[0]);
        Assert.Equal(["1", "2", "3", "4"], first.QuerySelectorAll("nav[aria-label=\"Pagina's van de opvolgacties\"] a").Select(a => a.TextContent));
        Assert.Equal("Gesprek 60", Notes(last)[^1]);
        Assert.Equal(HttpStatusCode.OK, beyond.StatusCode);
        Assert.Equal(Notes(last), Notes(clamped));
        Assert.Equal(HttpStatusCode.OK, garbage.StatusCode);
    }

    [Fact]
    public async Task Dossier_SqlCommands_SameForTwoActionsAsForSixty()
    {
        var small = await _scenario.RegisterAsync();
        await _scenario.StartTrajectoryAsync(small);
        await _scenario.LogConversationsAsync(small, 2);
        await _scenario.LogActionAsync(small, TrackKind.Work, ActionType.JobApplication, DossierScenario.Today.AddDays(3), done: false);
        var large = await _scenario.RegisterAsync();
        await _scenario.StartTrajectoryAsync(large);
        await _scenario.LogConversationsAsync(large, 60);
        await _scenario.LogActionAsync(large, TrackKind.Work, ActionType.JobApplication, DossierScenario.Today.AddDays(3), done: false);
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);
        await client.GetPageAsync(small.Url);

        factory.Commands.Reset();
        var (smallResponse, _) = await client.GetPageAsync(small.Url);
        var forSmall = factory.Commands.Count;
        factory.Commands.Reset();
        var (largeResponse, _) = await client.GetPageAsync(large.Url);
        var forLarge = factory.Commands.Count;
        Assert.Empty(factory.Commands.NumberingWholeTables());

        Assert.Equal(HttpStatusCode.OK, smallResponse.StatusCode);
        Assert.Equal(HttpStatusCode.OK, largeResponse.StatusCode);
        Assert.Equal(forSmall, forLarge);

        // The session check, the access check (which counts the reader's earlier reads too), 5 for the page itself
        // (DossierQuery folds the counts, the account and the activation code into the dossier's command, reads the
        // trajectories with their results in one and skips what the counts say is empty: here the plan changes,
        // referrals and transfers) and the access log's insert: 8 in all; 13 before, 18 before the first folding.
        Assert.InRange(forLarge, 1, 8);
    }

    [Fact]
    public async Task Caseload_SqlCommands_DoNotGrowWithTheCaseload()
    {
        using var client = await _scenario.LoginAsync(DossierScenario.Tom);
        await client.GetPageAsync("/Caseload");
        factory.Commands.Reset();
        var (before, _) = await client.GetPageAsync("/Caseload");
        var forSmallCaseload = factory.Commands.Count;
        for (var i = 0; i < 40; i++)
        {
            var dossier = await _scenario.RegisterAsync(DossierScenario.Tom);
            await _scenario.StartTrajectoryAsync(dossier);
            await _scenario.LogActionAsync(dossier, TrackKind.Work, ActionType.JobApplication, DossierScenario.Today.AddDays(i % 5), done: false);
        }

        factory.Commands.Reset();
        var (after, page) = await client.GetPageAsync("/Caseload");
        var forLargeCaseload = factory.Commands.Count;

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Equal(25, page.QuerySelectorAll("main table tbody tr").Length);
        Assert.Equal(forSmallCaseload, forLargeCaseload);
        Assert.InRange(forLargeCaseload, 1, 5);
    }
}
