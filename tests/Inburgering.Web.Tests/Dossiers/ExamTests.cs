using System.Net;
using Inburgering.Domain.History;
using Inburgering.Domain.Trajectories;
using Inburgering.Tests.Shared;

namespace Inburgering.Web.Tests.Dossiers;

public sealed class ExamTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    /// <summary>The values pass mark rose from 6 to 9 on this day (Besluit Vlaamse Regering 17 december 2021).</summary>
    private static readonly DateOnly NewValuesPassMark = new(2023, 3, 1);

    private readonly DossierScenario _scenario = new(factory);

    private static DateOnly Today => DossierScenario.Today;

    private static string MoUrl(ArrangedDossier dossier) => $"{dossier.Url}/Exams/SocialOrientation";

    private static string DutchUrl(ArrangedDossier dossier) => $"{dossier.Url}/Exams/Dutch";

    private static string Track(Guid trajectory, TrackKind kind) => $"#track-{trajectory:N}-{kind}";

    /// <summary>A dossier whose trajectory started in 2022, so tests can fall under either pass mark.</summary>
    private async Task<(ArrangedDossier Dossier, Guid Trajectory)> SinceTwentyTwentyTwoAsync()
    {
        var dossier = await _scenario.RegisterAsync(registeredOn: new DateOnly(2022, 4, 1));
        var trajectory = await _scenario.StartTrajectoryAsync(dossier, intakeOn: new DateOnly(2022, 5, 2));
        return (dossier, trajectory);
    }

    private static Dictionary<string, string> Test(DateOnly date, string practical, string values) => new()
    {
        ["Input.Date"] = DossierScenario.Iso(date),
        ["Input.PracticalScore"] = practical,
        ["Input.ValuesScore"] = values,
    };

    [Fact]
    public async Task SocialOrientation_SevenOnValuesBeforeMarch2023_PassesUnderTheOldMarkAndCompletesTheTrack()
    {
        var (dossier, trajectory) = await SinceTwentyTwentyTwoAsync();
        var testedOn = NewValuesPassMark.AddDays(-1);
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);

        var response = await client.SubmitFormAsync(MoUrl(dossier), Test(testedOn, "20", "7"));
        var (_, page) = await client.GetPageAsync(response.Headers.Location!.OriginalString);

        DossierScenario.AssertRedirectTo(response, dossier);
        Assert.Equal("Het resultaat is bewaard: geslaagd.", page.QuerySelector("[role=status]")?.TextContent);
        var card = page.QuerySelector(Track(trajectory, TrackKind.SocialOrientation))!.Closest("section")!;
        Assert.Equal("Afgerond", card.QuerySelector(".badge")?.TextContent);
        Assert.Contains($"{DossierScenario.Written(testedOn)}: praktisch 20/30, waarden 7/11 – geslaagd", card.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("De test maatschappelijke oriëntatie is nog niet behaald.", page.QuerySelectorAll("[data-testid=missing-conditions] li").Select(li => li.TextContent));
        var stored = await _scenario.TrajectoryAsync(dossier);
        Assert.True(Assert.Single(stored.SocialOrientationTests).Passed);
        Assert.Equal((TrackStatus.Completed, testedOn), (stored.SocialOrientation.Status, stored.SocialOrientation.CompletedOn!.Value));
    }

    [Fact]
    public async Task SocialOrientation_SevenOnValuesFromMarch2023_FailsUnderTheNewMarkAndTheTrackRuns()
    {
        var (dossier, trajectory) = await SinceTwentyTwentyTwoAsync();
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);

        var response = await client.SubmitFormAsync(MoUrl(dossier), Test(NewValuesPassMark, "20", "7"));
        var (_, page) = await client.GetPageAsync(response.Headers.Location!.OriginalString);

        DossierScenario.AssertRedirectTo(response, dossier);
        Assert.Equal("Het resultaat is bewaard: niet geslaagd.", page.QuerySelector("[role=status]")?.TextContent);
        var card = page.QuerySelector(Track(trajectory, TrackKind.SocialOrientation))!.Closest("section")!;
        Assert.Equal("Loopt", card.QuerySelector(".badge")?.TextContent);
        Assert.Contains($"{DossierScenario.Written(NewValuesPassMark)}: praktisch 20/30, waarden 7/11 – niet geslaagd", card.TextContent, StringComparison.Ordinal);
        Assert.Contains("een herkansing plannen.", card.TextContent, StringComparison.Ordinal);
        Assert.Contains("De test maatschappelijke oriëntatie is nog niet behaald.", page.QuerySelectorAll("[data-testid=missing-conditions] li").Select(li => li.TextContent));
        Assert.False(Assert.Single((await _scenario.TrajectoryAsync(dossier)).SocialOrientationTests).Passed);
        var latest = (await _scenario.HistoryAsync(dossier))[0];
        Assert.Equal(new SocialOrientationTestRecorded(Passed: false), latest.Change);
    }

    [Theory]
    [InlineData("16", "9", true)]
    [InlineData("15", "11", false)]
    [InlineData("30", "8", false)]
    public async Task SocialOrientation_TodayAtThePassMarks_PassesOnlyWhenBothPartsReachTheirMark(string practical, string values, bool passed)
    {
        var dossier = await _scenario.RegisterAsync();
        await _scenario.StartTrajectoryAsync(dossier);
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);

        var response = await client.SubmitFormAsync(MoUrl(dossier), Test(Today, practical, values));

        DossierScenario.AssertRedirectTo(response, dossier);
        Assert.Equal(passed, Assert.Single((await _scenario.TrajectoryAsync(dossier)).SocialOrientationTests).Passed);
    }

    [Theory]
    [InlineData("31", "9", "PracticalScore", "De score op het praktische deel ligt tussen 0 en 30.")]
    [InlineData("-1", "9", "PracticalScore", "De score op het praktische deel ligt tussen 0 en 30.")]
    [InlineData("20", "12", "ValuesScore", "De score op normen en waarden ligt tussen 0 en 11.")]
    [InlineData("20", "negen", "ValuesScore", "De waarde 'negen' is niet geldig.")]
    [InlineData("", "9", "PracticalScore", "Vul de score voor het praktijkdeel in.")]
    public async Task SocialOrientation_ScoreOutOfRange_ShowsTheRangeNextToTheScoreAndKeepsIt(string practical, string values, string field, string message)
    {
        var dossier = await _scenario.RegisterAsync();
        await _scenario.StartTrajectoryAsync(dossier);
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);

        var response = await client.SubmitFormAsync(MoUrl(dossier), Test(Today, practical, values));
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(message, page.QuerySelector($"#Input_{field}-error")?.TextContent);
        Assert.Equal(practical, page.QuerySelector("#Input_PracticalScore")?.GetAttribute("value"));
        Assert.Equal(values, page.QuerySelector("#Input_ValuesScore")?.GetAttribute("value"));
        Assert.Empty((await _scenario.TrajectoryAsync(dossier)).SocialOrientationTests);
    }

    [Theory]
    [InlineData(1, "De examendatum kan niet in de toekomst liggen.")]
    public async Task SocialOrientation_ImpossibleDate_ShowsMessageNextToTheDate(int offset, string message)
    {
        var dossier = await _scenario.RegisterAsync();
        await _scenario.StartTrajectoryAsync(dossier);
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);

        var response = await client.SubmitFormAsync(MoUrl(dossier), Test(Today.AddDays(offset), "20", "10"));
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(message, page.QuerySelector("#Input_Date-error")?.TextContent);
        Assert.Empty((await _scenario.TrajectoryAsync(dossier)).SocialOrientationTests);
    }

    [Fact]
    public async Task SocialOrientation_TestBeforeTheRulesExisted_SaysTheRulesDoNotApply()
    {
        var (dossier, _) = await SinceTwentyTwentyTwoAsync();
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);

        var response = await client.SubmitFormAsync(MoUrl(dossier), Test(new DateOnly(2022, 2, 28), "20", "10"));
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"Voor een test vóór {DossierScenario.Written(new DateOnly(2022, 3, 1))} gelden deze regels niet.", page.QuerySelector("#Input_Date-error")?.TextContent);
    }

    [Fact]
    public async Task SocialOrientation_AlreadyPassed_RefusesAnotherResult()
    {
        var dossier = await _scenario.RegisterAsync();
        await _scenario.StartTrajectoryAsync(dossier);
        await _scenario.ChangeTrajectoryAsync(dossier, t => t.RecordSocialOrientationTest(Today.AddDays(-3), 20, 10, Today));
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);

        var response = await client.SubmitFormAsync(MoUrl(dossier), Test(Today, "10", "2"));
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Dit spoor is al afgerond.", page.QuerySelector("main [role=alert] p, main [role=alert] li")?.TextContent.Trim());
        Assert.Single((await _scenario.TrajectoryAsync(dossier)).SocialOrientationTests);
    }

    [Fact]
    public async Task Exams_DossierWithoutTrajectory_Returns404BeforeAnythingIsTyped()
    {
        var dossier = await _scenario.RegisterAsync();
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);

        var (mo, _) = await client.GetPageAsync(MoUrl(dossier));
        var (dutch, _) = await client.GetPageAsync(DutchUrl(dossier));

        Assert.Equal(HttpStatusCode.NotFound, mo.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, dutch.StatusCode);
    }

    [Fact]
    public async Task Dutch_PassedA2_CompletesTheTrackAndTheCondition()
    {
        var dossier = await _scenario.RegisterAsync();
        var trajectory = await _scenario.StartTrajectoryAsync(dossier);
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);

        var response = await client.SubmitFormAsync(DutchUrl(dossier), new Dictionary<string, string>
        {
            ["Input.Date"] = DossierScenario.Iso(Today.AddDays(-1)),
            ["Input.Level"] = "A2",
            ["Input.Mode"] = "Written",
            ["Input.Passed"] = "true",
        });
        var (_, page) = await client.GetPageAsync(response.Headers.Location!.OriginalString);

        DossierScenario.AssertRedirectTo(response, dossier);
        var card = page.QuerySelector(Track(trajectory, TrackKind.DutchLanguage))!.Closest("section")!;
        Assert.Equal("Afgerond", card.QuerySelector(".badge")?.TextContent);
        Assert.DoesNotContain("Nog geen geslaagd NT2-examen op niveau A2.", page.QuerySelectorAll("[data-testid=missing-conditions] li").Select(li => li.TextContent));
        var stored = await _scenario.TrajectoryAsync(dossier);
        Assert.Equal((TrackStatus.Completed, CefrLevel.A2), (stored.DutchLanguage.Status, stored.DutchLanguage.LevelReached));
    }

    [Theory]
    [InlineData("Level", "", "Kies het niveau van het examen.")]
    [InlineData("Level", "C2", "De waarde 'C2' is niet geldig.")]
    [InlineData("Date", "+1", "De examendatum kan niet in de toekomst liggen.")]
    public async Task Dutch_InvalidValue_ShowsMessageNextToTheField(string field, string value, string message)
    {
        var dossier = await _scenario.RegisterAsync();
        await _scenario.StartTrajectoryAsync(dossier);
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);

        var response = await client.SubmitFormAsync(DutchUrl(dossier), new Dictionary<string, string>
        {
            ["Input.Date"] = DossierScenario.Iso(Today),
            ["Input.Level"] = "A2",
            ["Input.Passed"] = "true",
            [$"Input.{field}"] = value == "+1" ? DossierScenario.Iso(Today.AddDays(1)) : value,
        });
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(message, page.QuerySelector($"#Input_{field}-error")?.TextContent);
        Assert.Empty((await _scenario.TrajectoryAsync(dossier)).DutchExams);
    }

    [Fact]
    public async Task Exams_OtherCaseWorkersDossier_Returns404AndStoresNothing()
    {
        var own = await _scenario.RegisterAsync();
        await _scenario.StartTrajectoryAsync(own);
        var other = await _scenario.RegisterAsync(DossierScenario.Tom);
        await _scenario.StartTrajectoryAsync(other);
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);

        var mo = await DossierScenario.PostAsync(client, MoUrl(other), Test(Today, "20", "10"));
        var dutch = await DossierScenario.PostAsync(client, DutchUrl(other), new Dictionary<string, string> { ["Input.Date"] = DossierScenario.Iso(Today), ["Input.Level"] = "A2", ["Input.Passed"] = "true" });

        Assert.Equal(HttpStatusCode.NotFound, mo.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, dutch.StatusCode);
        var stored = await _scenario.TrajectoryAsync(other);
        Assert.Empty(stored.SocialOrientationTests);
        Assert.Empty(stored.DutchExams);
    }
}
