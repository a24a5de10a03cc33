using System.Net;
using Inburgering.Domain.Trajectories;
using Inburgering.Tests.Shared;
using Inburgering.Web.Tests.Dossiers;

namespace Inburgering.Web.Tests.Security;

/// <summary>What every form gets from the write pipeline: access before anything else, domain errors at their field.</summary>
public sealed class WritePipelineTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string OtherAgencyCaseWorker = "an.willems@inburgering.test";

    private readonly DossierScenario _scenario = new(factory);

    private static DateOnly Today => DossierScenario.Today;

    private static Dictionary<string, string> DutchExam(DateOnly date, string level = "A2") => new()
    {
        ["Input.Date"] = DossierScenario.Iso(date),
        ["Input.Level"] = level,
        ["Input.Mode"] = "Written",
        ["Input.Passed"] = "true",
    };

    [Fact]
    public async Task Post_DossierOfAnotherAgency_Returns404WhetherTheInputIsValidOrNot()
    {
        var other = await _scenario.RegisterAsync(OtherAgencyCaseWorker);
        await _scenario.StartTrajectoryAsync(other);
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);

        var valid = await DossierScenario.PostAsync(client, $"{other.Url}/Exams/Dutch", DutchExam(Today));
        var invalid = await DossierScenario.PostAsync(client, $"{other.Url}/Exams/Dutch", DutchExam(Today, level: string.Empty));
        var edit = await DossierScenario.PostAsync(client, $"{other.Url}/Edit", new Dictionary<string, string> { ["Input.FirstName"] = "Overgenomen" });

        Assert.Equal(HttpStatusCode.NotFound, valid.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, invalid.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, edit.StatusCode);
        Assert.Empty((await _scenario.TrajectoryAsync(other)).DutchExams);
    }

    [Fact]
    public async Task Post_DomainRuleAboutAField_ShowsTheMessageNextToThatField()
    {
        var dossier = await _scenario.RegisterAsync();
        await _scenario.StartTrajectoryAsync(dossier, intakeOn: Today.AddDays(-10), oralExam: true);
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);

        // A learner tested orally: the domain refuses a written exam, about the mode field.
        var response = await client.SubmitFormAsync($"{dossier.Url}/Exams/Dutch", DutchExam(Today.AddDays(-20)));
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Deze leerder wordt mondeling getest (leert lezen en schrijven): alleen een mondeling examen telt.", page.QuerySelector("#Input_Mode-error")?.TextContent);
        Assert.Equal("true", page.QuerySelector("#Input_Mode")?.GetAttribute("aria-invalid"));
        Assert.Equal(DossierScenario.Iso(Today.AddDays(-20)), page.QuerySelector("#Input_Date")?.GetAttribute("value"));
        Assert.Empty((await _scenario.TrajectoryAsync(dossier)).DutchExams);
    }

    [Fact]
    public async Task Post_DomainRuleAboutAFieldTheFormLacks_ShowsTheMessageAboveTheForm()
    {
        var dossier = await _scenario.RegisterAsync();
        await _scenario.StartTrajectoryAsync(dossier, dutch: false);
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);

        var response = await client.SubmitFormAsync($"{dossier.Url}/Exams/Dutch", DutchExam(Today));
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Dit spoor loopt niet. Start het spoor eerst.", page.QuerySelector("main [role=alert] p, main [role=alert] li")?.TextContent.Trim());
        Assert.Equal(TrackStatus.NotStarted, (await _scenario.TrajectoryAsync(dossier)).DutchLanguage.Status);
    }
}
