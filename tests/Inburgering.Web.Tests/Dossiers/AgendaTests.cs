using System.Net;
using Inburgering.Domain.Trajectories;
using Inburgering.Tests.Shared;

namespace Inburgering.Web.Tests.Dossiers;

public sealed class AgendaTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Url = "/Caseload/Agenda";

    private readonly DossierScenario _scenario = new(factory);

    private static DateOnly Today => DossierScenario.Today;

    private static List<AngleSharp.Dom.IElement> Items(AngleSharp.Dom.IDocument page, string section, ArrangedDossier dossier) =>
        [.. page.QuerySelectorAll($"section[aria-labelledby={section}] li").Where(li => li.TextContent.Contains(dossier.LastName, StringComparison.Ordinal))];

    [Fact]
    public async Task Agenda_OpenActions_OverdueFirstThenTheComingFourWeeksByDay()
    {
        var dossier = await _scenario.RegisterAsync();
        await _scenario.StartTrajectoryAsync(dossier);
        var overdue = await _scenario.LogActionAsync(dossier, TrackKind.Work, ActionType.JobApplication, Today.AddDays(-10), done: false);
        var soon = await _scenario.LogActionAsync(dossier, TrackKind.DutchLanguage, ActionType.CourseEnrolment, Today.AddDays(3), done: false, note: "Inschrijven CBE Antwerpen");
        await _scenario.LogActionAsync(dossier, TrackKind.DutchLanguage, ActionType.Exam, Today.AddDays(40), done: false);
        await _scenario.LogActionAsync(dossier, TrackKind.Work, ActionType.Conversation, Today.AddDays(-2), done: true);
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);

        var (response, page) = await client.GetPageAsync(Url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var late = Assert.Single(Items(page, "overdue", dossier));
        Assert.Contains("Sollicitatie · Werk", late.TextContent, StringComparison.Ordinal);
        Assert.Contains($"was tegen {DossierScenario.Written(Today.AddDays(-10))}", late.TextContent, StringComparison.Ordinal);
        Assert.NotNull(late.QuerySelector($"a[href='{dossier.Url}/Actions/{overdue}']"));
        var coming = Assert.Single(Items(page, "upcoming", dossier));
        Assert.Contains("Inschrijving cursus · NT2 (Nederlands)", coming.TextContent, StringComparison.Ordinal);
        Assert.Contains("Inschrijven CBE Antwerpen", coming.TextContent, StringComparison.Ordinal);
        Assert.NotNull(coming.QuerySelector($"a[href='{dossier.Url}/Actions/{soon}']"));
        var day = Today.AddDays(3).ToString("dddd d MMMM", System.Globalization.CultureInfo.GetCultureInfo("nl"));
        Assert.Equal(day, coming.ParentElement!.PreviousElementSibling?.TextContent);
    }

    [Fact]
    public async Task Agenda_OtherCaseWorkersActions_AreNotShown()
    {
        var theirs = await _scenario.RegisterAsync(DossierScenario.Tom);
        await _scenario.StartTrajectoryAsync(theirs);
        await _scenario.LogActionAsync(theirs, TrackKind.Work, ActionType.JobApplication, Today.AddDays(-4), done: false);
        await _scenario.LogActionAsync(theirs, TrackKind.Work, ActionType.JobApplication, Today.AddDays(4), done: false);
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);

        var (_, page) = await client.GetPageAsync(Url);

        Assert.DoesNotContain(theirs.LastName, page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Agenda_SqlCommands_DoNotGrowWithTheNumberOfActions()
    {
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);
        await client.GetPageAsync(Url);
        factory.Commands.Reset();
        await client.GetPageAsync(Url);
        var before = factory.Commands.Count;
        for (var i = 0; i < 5; i++)
        {
            var dossier = await _scenario.RegisterAsync();
            await _scenario.StartTrajectoryAsync(dossier);
            await _scenario.ChangeTrajectoryAsync(dossier, t =>
            {
                for (var d = -3; d < 10; d++)
                {
                    t.LogAction(new ActionDetails { Track = TrackKind.Work, Type = ActionType.JobApplication, Date = Today.AddDays(d) }, done: false, outcome: null, Today);
                }
            });
        }

        factory.Commands.Reset();
        var (_, page) = await client.GetPageAsync(Url);
        var after = factory.Commands.Count;

        Assert.True(page.QuerySelectorAll("main li").Length >= 65);
        Assert.Equal(before, after);
        // The session check, the actions, the report deadlines and the referrals.
        Assert.InRange(after, 1, 4);
    }

    [Fact]
    public async Task Agenda_Coordinator_Returns403()
    {
        using var client = await _scenario.LoginAsync(DossierScenario.AtlasCoordinator);

        var (response, _) = await client.GetPageAsync(Url);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
