using System.Net;
using Inburgering.Domain.Newcomers;
using Inburgering.Domain.Rules;
using Inburgering.Domain.Trajectories;
using Inburgering.Tests.Shared;

namespace Inburgering.Web.Tests.Dossiers;

public sealed class CertificateTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Motivation = "Alfa-leerder: drie pogingen ondanks volgehouden inzet en aanwezigheid.";

    private readonly DossierScenario _scenario = new(factory);

    private static DateOnly Today => DossierScenario.Today;

    private static string CertificateUrl(ArrangedDossier dossier) => $"{dossier.Url}/Certificate";

    private async Task<ArrangedDossier> AllConditionsMetAsync(string nationality = "SY", ResidenceStatus status = ResidenceStatus.RecognisedRefugee)
    {
        var dossier = await _scenario.RegisterAsync(nationality: nationality, status: status);
        await _scenario.StartTrajectoryAsync(dossier);
        await _scenario.MeetAllConditionsAsync(dossier);
        return dossier;
    }

    /// <summary>VDAB and participation done; MO and NT2 not (yet) passed.</summary>
    private async Task<ArrangedDossier> OnlyLearningObjectivesMissingAsync(bool tried)
    {
        var dossier = await _scenario.RegisterAsync();
        await _scenario.StartTrajectoryAsync(dossier);
        await _scenario.ChangeTrajectoryAsync(dossier, t =>
        {
            var on = Today.AddDays(-20);
            t.LogAction(new ActionDetails { Track = TrackKind.Work, Type = ActionType.Registration, Date = on }, done: true, outcome: null, Today);
            var hours = t.LogAction(new ActionDetails { Track = TrackKind.Participation, Type = ActionType.ParticipationActivity, Date = on, Hours = 40m }, done: true, outcome: null, Today);
            t.SignHours(hours.Id, "Nieuwkomer", Today);
            if (tried)
            {
                t.RecordSocialOrientationTest(on, 10, 4, Today);
                t.RecordDutchExam(on, CefrLevel.A2, ExamMode.Oral, passed: false, Today);
            }
        });
        return dossier;
    }

    [Fact]
    public async Task Certificate_AllConditionsMetButNotConfirmed_AsksForTheConfirmationAndIssuesNothing()
    {
        var dossier = await AllConditionsMetAsync();
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);

        var response = await client.SubmitFormAsync(CertificateUrl(dossier), new Dictionary<string, string>());
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Vink de bevestiging aan.", page.QuerySelector("#confirm-error")?.TextContent);
        Assert.Equal("true", page.QuerySelector("#confirm-certificate")?.GetAttribute("aria-invalid"));
        Assert.Null((await _scenario.TrajectoryAsync(dossier)).CertificateKind);
    }

    [Fact]
    public async Task Certificate_ObligatedNewcomerConfirmed_IssuesTheAttestAndStartsTheOralB1Deadline()
    {
        var dossier = await AllConditionsMetAsync();
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);
        var (_, before) = await client.GetPageAsync(CertificateUrl(dossier));

        var response = await client.SubmitFormAsync(CertificateUrl(dossier), new Dictionary<string, string> { ["Confirmed"] = "true" });
        var (_, page) = await client.GetPageAsync(response.Headers.Location!.OriginalString);

        Assert.Contains("mondeling B1 behaald worden binnen 24 maanden", before.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        DossierScenario.AssertRedirectTo(response, dossier);
        Assert.Equal("Het inburgeringsattest is uitgereikt.", page.QuerySelector("[role=status]")?.TextContent);
        var stored = await _scenario.TrajectoryAsync(dossier);
        Assert.Equal(CertificateKind.IntegrationCertificate, stored.CertificateKind);
        Assert.Equal(Today, stored.CertificateIssuedOn);
        Assert.Equal(TrajectoryStatus.Completed, stored.Status);
        Assert.Equal(Today.AddMonths(24), stored.OralB1DueOn);
        var certificate = page.QuerySelector("#certificate ~ .alert-success")!.TextContent;
        Assert.Contains($"Inburgeringsattest uitgereikt op {DossierScenario.Written(Today)}.", certificate, StringComparison.Ordinal);
        Assert.Contains($"Mondeling B1 te behalen vóór {DossierScenario.Written(Today.AddMonths(24))}.", certificate, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Certificate_EntitledEuCitizen_IssuesTheAttestWithoutAnOralB1Deadline()
    {
        var dossier = await AllConditionsMetAsync("PL", ResidenceStatus.FreeMovement);
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);

        var response = await client.SubmitFormAsync(CertificateUrl(dossier), new Dictionary<string, string> { ["Confirmed"] = "true" });
        var (_, page) = await client.GetPageAsync(response.Headers.Location!.OriginalString);

        var stored = await _scenario.TrajectoryAsync(dossier);
        Assert.Equal((ObligationClass.Entitled, CertificateKind.IntegrationCertificate), (stored.Obligation, stored.CertificateKind!.Value));
        Assert.Null(stored.OralB1DueOn);
        Assert.DoesNotContain("Mondeling B1", page.QuerySelector("#certificate ~ .alert-success")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Certificate_ConditionsMissing_ListsThemAndRefusesTheAttest()
    {
        var dossier = await _scenario.RegisterAsync();
        await _scenario.StartTrajectoryAsync(dossier);
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);
        var (_, form) = await client.GetPageAsync(CertificateUrl(dossier));

        var response = await DossierScenario.PostAsync(client, $"{CertificateUrl(dossier)}?handler=Certificate", new Dictionary<string, string> { ["IssuedOn"] = DossierScenario.Iso(Today), ["Confirmed"] = "true" });
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(4, form.QuerySelectorAll("main ul li").Length);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Het attest kan nog niet: niet alle voorwaarden zijn vervuld.", page.QuerySelector("main [role=alert] p, main [role=alert] li")?.TextContent.Trim());
        Assert.Null((await _scenario.TrajectoryAsync(dossier)).CertificateKind);
    }

    [Fact]
    public async Task Effort_AfterFailedAttempts_IssuesTheStatementWithoutAnOralB1Deadline()
    {
        var dossier = await OnlyLearningObjectivesMissingAsync(tried: true);
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);

        var response = await client.SubmitFormAsync(CertificateUrl(dossier), new Dictionary<string, string> { ["Motivation"] = Motivation, ["Confirmed"] = "true" });
        var (_, page) = await client.GetPageAsync(response.Headers.Location!.OriginalString);

        DossierScenario.AssertRedirectTo(response, dossier);
        Assert.Equal("De verklaring van geleverde inspanning is uitgereikt.", page.QuerySelector("[role=status]")?.TextContent);
        var stored = await _scenario.TrajectoryAsync(dossier);
        Assert.Equal((CertificateKind.StatementOfEffort, Motivation), (stored.CertificateKind!.Value, stored.EffortMotivation));
        Assert.Null(stored.OralB1DueOn);
        Assert.Contains($"Verklaring van geleverde inspanning uitgereikt op {DossierScenario.Written(Today)}.", page.QuerySelector("#certificate ~ .alert-success")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Effort_WithoutAnyExamAttempt_IsRefused()
    {
        var dossier = await OnlyLearningObjectivesMissingAsync(tried: false);
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);

        var response = await client.SubmitFormAsync(CertificateUrl(dossier), new Dictionary<string, string> { ["Motivation"] = Motivation, ["Confirmed"] = "true" });
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Een verklaring van geleverde inspanning kan pas na minstens één examenpoging.", page.QuerySelector("main [role=alert] p, main [role=alert] li")?.TextContent.Trim());
        Assert.Equal(Motivation, page.QuerySelector("#Motivation")?.TextContent);
        Assert.Null((await _scenario.TrajectoryAsync(dossier)).CertificateKind);
    }

    [Fact]
    public async Task Effort_WhileAnotherConditionIsMissing_IsRefused()
    {
        var dossier = await _scenario.RegisterAsync();
        await _scenario.StartTrajectoryAsync(dossier);
        await _scenario.ChangeTrajectoryAsync(dossier, t =>
        {
            t.RecordSocialOrientationTest(Today.AddDays(-5), 10, 4, Today);
            t.RecordDutchExam(Today.AddDays(-5), CefrLevel.A2, ExamMode.Oral, passed: false, Today);
        });
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);

        var response = await client.SubmitFormAsync(CertificateUrl(dossier), new Dictionary<string, string> { ["Motivation"] = Motivation, ["Confirmed"] = "true" });
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Het attest kan nog niet: niet alle voorwaarden zijn vervuld.", page.QuerySelector("main [role=alert] p, main [role=alert] li")?.TextContent.Trim());
        Assert.Null((await _scenario.TrajectoryAsync(dossier)).CertificateKind);
    }

    [Theory]
    [InlineData("", "true", "#Motivation-error", "Vul een motivering in.")]
    [InlineData("   ", "true", "#Motivation-error", "Vul een motivering in.")]
    [InlineData(Motivation, "", "#confirm-error", "Vink de bevestiging aan.")]
    public async Task Effort_MotivationOrConfirmationMissing_ShowsMessageNextToIt(string motivation, string confirmed, string error, string message)
    {
        var dossier = await OnlyLearningObjectivesMissingAsync(tried: true);
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);

        var fields = new Dictionary<string, string> { ["Motivation"] = motivation };
        if (confirmed.Length > 0)
        {
            fields["Confirmed"] = confirmed;
        }

        var response = await client.SubmitFormAsync(CertificateUrl(dossier), fields);
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(message, page.QuerySelector(error)?.TextContent);
        Assert.Equal(motivation, page.QuerySelector("#Motivation")?.TextContent);
        Assert.Null((await _scenario.TrajectoryAsync(dossier)).CertificateKind);
    }

    [Fact]
    public async Task Effort_OverlongMotivation_SaysItIsTooLong()
    {
        var dossier = await OnlyLearningObjectivesMissingAsync(tried: true);
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);

        var response = await client.SubmitFormAsync(CertificateUrl(dossier), new Dictionary<string, string> { ["Motivation"] = new string('m', 2001), ["Confirmed"] = "true" });
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("De tekst is te lang.", page.QuerySelector("#Motivation-error")?.TextContent);
        Assert.Null((await _scenario.TrajectoryAsync(dossier)).CertificateKind);
    }

    [Fact]
    public async Task Certificate_AlreadyIssued_RedirectsAndRefusesASecondOne()
    {
        var dossier = await AllConditionsMetAsync();
        await _scenario.ChangeTrajectoryAsync(dossier, t => t.IssueCertificate(Today, Today));
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);

        var (get, _) = await client.GetPageAsync(CertificateUrl(dossier));
        var post = await DossierScenario.PostAsync(client, $"{CertificateUrl(dossier)}?handler=Certificate", new Dictionary<string, string> { ["IssuedOn"] = DossierScenario.Iso(Today), ["Confirmed"] = "true" });
        var page = await PortalClient.ParseAsync(post);

        DossierScenario.AssertRedirectTo(get, dossier);
        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        Assert.Equal("Dit traject is afgesloten.", page.QuerySelector("main [role=alert] p, main [role=alert] li")?.TextContent.Trim());
    }

    [Fact]
    public async Task Certificate_OtherCaseWorkersDossier_Returns404AndIssuesNothing()
    {
        var dossier = await _scenario.RegisterAsync(DossierScenario.Tom);
        await _scenario.StartTrajectoryAsync(dossier);
        await _scenario.MeetAllConditionsAsync(dossier);
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);

        var response = await DossierScenario.PostAsync(client, $"{CertificateUrl(dossier)}?handler=Certificate", new Dictionary<string, string> { ["IssuedOn"] = DossierScenario.Iso(Today), ["Confirmed"] = "true" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null((await _scenario.TrajectoryAsync(dossier)).CertificateKind);
    }

    [Fact]
    public async Task Certificate_Coordinator_Returns403()
    {
        var dossier = await AllConditionsMetAsync();
        using var client = await _scenario.LoginAsync(DossierScenario.AtlasCoordinator);

        var (response, _) = await client.GetPageAsync(CertificateUrl(dossier));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
