using System.Net;
using Inburgering.Domain.History;
using Inburgering.Domain.Rules;
using Inburgering.Domain.Trajectories;
using Inburgering.Tests.Shared;
using Inburgering.Web.Tests.Dossiers;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Web.Tests.OverTime;

/// <summary>
/// Changing the plan after the contract through the form (a track added, stopped, its objective changed, with a reason),
/// shown on the track cards, in the history and on Mijn traject; and the legal timeline saying what moved and why.
/// </summary>
public sealed class PlanFormTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private readonly DossierScenario _scenario = new(factory);

    private static DateOnly Today => DossierScenario.Today;

    private static string Text(AngleSharp.Dom.IParentNode page, string selector) =>
        string.Join(" ", (page.QuerySelector(selector)?.TextContent ?? string.Empty).Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));

    private async Task<ArrangedDossier> RunningAsync()
    {
        var dossier = await _scenario.RegisterAsync();
        await _scenario.StartTrajectoryAsync(dossier);
        return dossier;
    }

    [Fact]
    public async Task Stop_WithoutReason_MessageNextToTheFieldKeepsTheChoiceAndStopsNothing()
    {
        var dossier = await RunningAsync();
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);

        var response = await client.SubmitFormAsync($"{dossier.Url}/Plan?track=Work", new Dictionary<string, string> { ["Input.Change"] = "Stop", ["Input.Reason"] = " " });
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Vul een reden in.", Text(page, "#Input_Reason-error"));
        Assert.Equal("Stop", page.QuerySelector("#Input_Change option[selected]")?.GetAttribute("value"));
        Assert.Equal(TrackStatus.Running, (await _scenario.TrajectoryAsync(dossier)).Work.Status);
    }

    [Fact]
    public async Task Stop_WithReason_CardShowsStoppedWithTheReasonAndWhatTheAttestStillNeeds()
    {
        var dossier = await RunningAsync();
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);

        var response = await client.SubmitFormAsync($"{dossier.Url}/Plan?track=DutchLanguage", new Dictionary<string, string> { ["Input.Change"] = "Stop", ["Input.Reason"] = "Zorg voor een ziek kind" });
        var (_, page) = await client.GetPageAsync(dossier.Url);

        DossierScenario.AssertRedirectTo(response, dossier);
        var card = page.QuerySelectorAll("#tracks ~ .track-grid section.card, .track-grid section.card").First(c => c.QuerySelector("h3")?.TextContent.StartsWith("NT2", StringComparison.Ordinal) == true);
        var cardText = string.Join(" ", card.TextContent.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("Beëindigd", cardText, StringComparison.Ordinal);
        Assert.Contains("Plan gewijzigd", cardText, StringComparison.Ordinal);
        Assert.Contains("Spoor gestopt – Zorg voor een ziek kind", cardText, StringComparison.Ordinal);
        Assert.Contains("Het attest vraagt nog altijd een geslaagd NT2-examen op het doelniveau.", cardText, StringComparison.Ordinal);
        Assert.Equal(new TrackStopped(TrackKind.DutchLanguage, "Zorg voor een ziek kind"), (await _scenario.HistoryAsync(dossier)).Select(e => e.Change).OfType<TrackStopped>().Single());
        Assert.Contains("Spoor gestopt: NT2 (Nederlands): Zorg voor een ziek kind", Text(page, "#history ~ ol"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Objective_TargetB1_TheCardAndTheHistoryShowIt()
    {
        var dossier = await RunningAsync();
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);

        var response = await client.SubmitFormAsync($"{dossier.Url}/Plan?track=DutchLanguage", new Dictionary<string, string>
        {
            ["Input.Change"] = "Objective",
            ["Input.TargetLevel"] = "B1",
            ["Input.Reason"] = "Wil verder studeren",
        });
        var (_, page) = await client.GetPageAsync(dossier.Url);

        DossierScenario.AssertRedirectTo(response, dossier);
        Assert.Equal(CefrLevel.B1, (await _scenario.TrajectoryAsync(dossier)).DutchLanguage.TargetLevel);
        Assert.Contains("Doel van een spoor gewijzigd: NT2 (Nederlands) → B1", Text(page, "#history ~ ol"), StringComparison.Ordinal);
        Assert.Contains("Wil verder studeren", Text(page, "#history ~ ol"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Objective", "A1", "Het doelniveau is minstens A2: dat vraagt het attest.", "#Input_TargetLevel-error")]
    [InlineData("Objective", "A2", "Het doel is hetzelfde gebleven. Pas minstens één veld van het doel aan.", "#Input_Change-error")]
    [InlineData("Bogus", "A2", null, "#Input_Change-error")]
    public async Task Objective_RefusedInput_MessageNextToTheFieldAndNothingSaved(string change, string level, string? message, string field)
    {
        var dossier = await RunningAsync();
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);

        var response = await client.SubmitFormAsync($"{dossier.Url}/Plan?track=DutchLanguage", new Dictionary<string, string>
        {
            ["Input.Change"] = change,
            ["Input.TargetLevel"] = level,
            ["Input.Reason"] = "Reden die blijft staan",
        });
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual(string.Empty, Text(page, field));
        if (message is not null)
        {
            Assert.Equal(message, Text(page, field));
        }

        Assert.Equal("Reden die blijft staan", page.QuerySelector("#Input_Reason")?.GetAttribute("value"));
        Assert.DoesNotContain(await _scenario.HistoryAsync(dossier), e => e.Change is TrackObjectiveChanged);
    }

    [Fact]
    public async Task Stop_ACompletedTrack_RefusedWithTheReasonOnThePage()
    {
        var dossier = await RunningAsync();
        await _scenario.ChangeTrajectoryAsync(dossier, t => t.RecordSocialOrientationTest(Today.AddDays(-10), 20, 10, Today));
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);

        var (get, form) = await client.GetPageAsync($"{dossier.Url}/Plan?track=SocialOrientation");
        var response = await client.PostWithTokenAsync($"{dossier.Url}/Plan?track=SocialOrientation", new Dictionary<string, string>
        {
            ["Input.Track"] = "SocialOrientation",
            ["Input.Change"] = "Stop",
            ["Input.Reason"] = "Toch niet",
        }, tokenPage: dossier.Url);
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Null(form.QuerySelector("main form"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Een afgerond spoor kan niet meer stoppen: het doel is al bereikt.", page.QuerySelector("main")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(TrackStatus.Completed, (await _scenario.TrajectoryAsync(dossier)).SocialOrientation.Status);
    }

    [Theory]
    [InlineData(DossierScenario.AtlasCoordinator, HttpStatusCode.Forbidden)]
    [InlineData(DossierScenario.Tom, HttpStatusCode.NotFound)]
    [InlineData(DossierScenario.NewcomerAccount, HttpStatusCode.Forbidden)]
    public async Task PlanForm_OtherThanTheDossiersCaseWorker_CannotOpenOrPost(string user, HttpStatusCode expected)
    {
        var dossier = await RunningAsync();
        using var client = await _scenario.LoginAsync(user);

        var (get, _) = await client.GetPageAsync($"{dossier.Url}/Plan?track=Work");
        var post = await client.PostWithTokenAsync($"{dossier.Url}/Plan?track=Work", new Dictionary<string, string> { ["Input.Track"] = "Work", ["Input.Change"] = "Stop", ["Input.Reason"] = "Overgenomen" }, tokenPage: "/Profile");

        Assert.Equal(expected, get.StatusCode);
        Assert.Equal(expected, post.StatusCode);
        Assert.Equal(TrackStatus.Running, (await _scenario.TrajectoryAsync(dossier)).Work.Status);
    }

    [Fact]
    public async Task LetterDateCorrected_TimelineShowsTheOldDateAndWhy()
    {
        var dossier = await _scenario.RegisterAsync(status: Domain.Newcomers.ResidenceStatus.FamilyReunification, registeredOn: Today.AddMonths(-4));
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);
        var first = Today.AddMonths(-2);
        var corrected = first.AddDays(10);
        await client.SubmitFormAsync($"{dossier.Url}/Reporting", new Dictionary<string, string> { ["Input.AgencyLetterSentOn"] = DossierScenario.Iso(first) }, "form[action$='handler=Letter']");

        await client.SubmitFormAsync($"{dossier.Url}/Reporting", new Dictionary<string, string> { ["Input.AgencyLetterSentOn"] = DossierScenario.Iso(corrected) }, "form[action$='handler=Letter']");
        var (_, page) = await client.GetPageAsync(dossier.Url);

        var row = page.QuerySelector("[data-testid=legal-timeline] tr[data-kind=ReportDeadline]");
        Assert.Equal($"was {DossierScenario.Written(ReportDeadlineRule.DueOn(first)!.Value)}", Text(row!, "[data-testid=moved-from]"));
        Assert.Contains(
            $"Meldingstermijn bij het agentschap: {DossierScenario.Written(ReportDeadlineRule.DueOn(first)!.Value)} → {DossierScenario.Written(ReportDeadlineRule.DueOn(corrected)!.Value)}. Oorzaak: datum van de brief van het agentschap",
            Text(page, "[data-testid=timeline-moves]"),
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nl", "het doel van Werk is aangepast.", "je plan werd aangepast")]
    [InlineData("ar", "تم تعديل هدف", "تم تعديل خطتك")]
    public async Task MyTrajectory_PlanChangedByTheCaseWorker_NewcomerSeesWhatChangedAndWhyInTheirLanguage(string culture, string plan, string why)
    {
        using (var db = factory.CreateDbContext())
        {
            var own = await db.Newcomers.Where(n => n.Person.Email == DossierScenario.NewcomerAccount).SingleAsync();
            if (!await db.DossierEvents.AnyAsync(e => e.NewcomerId == own.Id && e.Type == nameof(TrackObjectiveChanged)))
            {
                var trajectory = (await db.LoadTrajectoryAsync(own.Id, null, CancellationToken.None))!;
                var watch = new TimelineWatch(own, trajectory, Today);
                trajectory.ChangeObjective(TrackKind.Work, TrackObjective.Of(trajectory) with { VdabRequired = !trajectory.Work.VdabRequired, WorkRoute = WorkRoute.VocationalTraining }, "Opleiding lasser", own.WorkPermission(Today), Today);
                watch.Finish();
                await db.SaveChangesAsync();
            }
        }

        using var client = await _scenario.LoginAsync(DossierScenario.NewcomerAccount);

        var (response, page) = await client.GetPageAsync($"/MyTrajectory?culture={culture}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(plan, Text(page, "[data-testid=my-plan]"), StringComparison.Ordinal);
        Assert.Contains(why, Text(page, "[data-testid=my-moves]"), StringComparison.Ordinal);
        Assert.DoesNotContain("Opleiding lasser", page.Body?.TextContent, StringComparison.Ordinal);
    }
}
