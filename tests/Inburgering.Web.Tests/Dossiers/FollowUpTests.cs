using System.Net;
using Inburgering.Domain.Trajectories;
using Inburgering.Tests.Shared;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Web.Tests.Dossiers;

public sealed class FollowUpTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private readonly DossierScenario _scenario = new(factory);

    private static string FollowUpUrl(ArrangedDossier dossier) => $"{dossier.Url}/FollowUp";

    private async Task<ArrangedDossier> CertifiedAsync()
    {
        var dossier = await _scenario.RegisterAsync();
        await _scenario.StartTrajectoryAsync(dossier);
        await _scenario.MeetAllConditionsAsync(dossier);
        await _scenario.ChangeTrajectoryAsync(dossier, t => t.IssueCertificate(DossierScenario.Today, DossierScenario.Today));
        return dossier;
    }

    private async Task<List<Trajectory>> FollowUpsAsync(ArrangedDossier dossier)
    {
        using var db = factory.CreateDbContext();
        return await db.Trajectories.AsNoTracking().Where(t => t.NewcomerId == dossier.Id && t.Kind == TrajectoryKind.FollowUp).ToListAsync();
    }

    [Fact]
    public async Task FollowUp_AfterTheAttest_OpensWithItsGoalAndFirstTrack()
    {
        var dossier = await CertifiedAsync();
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);

        var response = await client.SubmitFormAsync(FollowUpUrl(dossier), new Dictionary<string, string>
        {
            ["Input.Perspective"] = "Educational",
            ["Input.FirstTrack"] = "DutchLanguage",
            ["Input.Goal"] = "Nederlands B1 halen voor hoger onderwijs",
        });
        var (_, page) = await client.GetPageAsync(response.Headers.Location!.OriginalString);

        DossierScenario.AssertRedirectTo(response, dossier);
        Assert.Equal("Het vervolgtraject is geopend.", page.QuerySelector("[role=status]")?.TextContent);
        Assert.Contains("Doel: Nederlands B1 halen voor hoger onderwijs (Educatief perspectief)", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var followUp = Assert.Single(await FollowUpsAsync(dossier));
        Assert.Equal((Perspective.Educational, TrackStatus.Running, TrackStatus.NotStarted), (followUp.Intake.Perspective, followUp.DutchLanguage.Status, followUp.Work.Status));
    }

    [Theory]
    [InlineData("", "Vul het doel van het vervolgtraject in.")]
    [InlineData("501", "Doel mag hoogstens 500 tekens lang zijn (nu 501).")]
    public async Task FollowUp_GoalEmptyOrTooLong_ShowsMessageNextToTheGoal(string goal, string message)
    {
        var dossier = await CertifiedAsync();
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);
        var typed = goal == "501" ? new string('g', 501) : goal;

        var response = await client.SubmitFormAsync(FollowUpUrl(dossier), new Dictionary<string, string> { ["Input.Goal"] = typed });
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(message, page.QuerySelector("#Input_Goal-error")?.TextContent);
        Assert.Empty(await FollowUpsAsync(dossier));
    }

    [Fact]
    public async Task FollowUp_SocialOrientationAsFirstTrack_IsRefusedInDutch()
    {
        var dossier = await CertifiedAsync();
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);

        var response = await client.SubmitFormAsync(FollowUpUrl(dossier), new Dictionary<string, string> { ["Input.Goal"] = "Werk", ["Input.FirstTrack"] = "SocialOrientation" });
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Deze waarde is niet geldig.", page.QuerySelector("#Input_FirstTrack-error")?.TextContent);
        Assert.Empty(await FollowUpsAsync(dossier));
    }

    [Fact]
    public async Task FollowUp_OneAlreadyRunning_RefusesASecond()
    {
        var dossier = await CertifiedAsync();
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);
        await client.SubmitFormAsync(FollowUpUrl(dossier), new Dictionary<string, string> { ["Input.Goal"] = "Vast contract in de logistiek" });

        var response = await client.SubmitFormAsync(FollowUpUrl(dossier), new Dictionary<string, string> { ["Input.Goal"] = "Eigen zaak" });
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Er loopt al een vervolgtraject.", page.QuerySelector("main [role=alert] p, main [role=alert] li")?.TextContent.Trim());
        Assert.Equal("Eigen zaak", page.QuerySelector("#Input_Goal")?.GetAttribute("value"));
        Assert.Single(await FollowUpsAsync(dossier));
    }

    [Fact]
    public async Task FollowUp_BeforeTheAttest_Returns404()
    {
        var dossier = await _scenario.RegisterAsync();
        await _scenario.StartTrajectoryAsync(dossier);
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);

        var (response, _) = await client.GetPageAsync(FollowUpUrl(dossier));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Log_OnTheFollowUpTrajectory_StoresTheActionThere()
    {
        var dossier = await CertifiedAsync();
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);
        await client.SubmitFormAsync(FollowUpUrl(dossier), new Dictionary<string, string> { ["Input.Goal"] = "Duurzaam werk", ["Input.FirstTrack"] = "Work" });
        var followUp = Assert.Single(await FollowUpsAsync(dossier));

        var response = await client.SubmitFormAsync($"{dossier.Url}/Actions/Log?trajectory={followUp.Id}&track=Work", new Dictionary<string, string>
        {
            ["Input.Type"] = "VocationalTraining",
            ["Input.Date"] = DossierScenario.Iso(DossierScenario.Today),
            ["Input.Done"] = "true",
        });
        var (_, page) = await client.GetPageAsync(response.Headers.Location!.OriginalString);

        DossierScenario.AssertRedirectTo(response, dossier);
        using var db = factory.CreateDbContext();
        var stored = await db.Trajectories.AsNoTracking().WithChildren().SingleAsync(t => t.Id == followUp.Id);
        Assert.Equal(ActionType.VocationalTraining, Assert.Single(stored.Actions).Type);
        Assert.Contains("Werk · vervolg", page.QuerySelector("#actions ~ div table tbody tr")!.TextContent, StringComparison.Ordinal);
    }
}
