using System.Net;
using AngleSharp.Html.Dom;
using Inburgering.Domain.History;
using Inburgering.Domain.Newcomers;
using Inburgering.Domain.Rules;
using Inburgering.Domain.Trajectories;
using Inburgering.Tests.Shared;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Web.Tests.Dossiers;

public sealed class IntakeTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private readonly DossierScenario _scenario = new(factory);

    private static string IntakeUrl(ArrangedDossier dossier) => $"{dossier.Url}/Intake";

    private static bool Checked(AngleSharp.Dom.IDocument page, string name) =>
        page.QuerySelector($"input[type=checkbox][name='{name}']")?.HasAttribute("checked") == true;

    private async Task<int> TrajectoriesAsync(ArrangedDossier dossier)
    {
        using var db = factory.CreateDbContext();
        return await db.Trajectories.CountAsync(t => t.NewcomerId == dossier.Id);
    }

    [Fact]
    public async Task Intake_ObligatedNewcomerAllowedToWork_SuggestsAllFourTracksWithVdabAndMandatoryParticipation()
    {
        var dossier = await _scenario.RegisterAsync();
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);

        var (response, page) = await client.GetPageAsync(IntakeUrl(dossier));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Verplicht:", page.QuerySelector("main .alert-info")!.TextContent, StringComparison.Ordinal);
        Assert.True(Checked(page, "Input.StartSocialOrientation"));
        Assert.True(Checked(page, "Input.StartDutchLanguage"));
        Assert.True(Checked(page, "Input.StartWork"));
        Assert.True(Checked(page, "Input.VdabRequired"));
        Assert.True(Checked(page, "Input.StartParticipation"));
        Assert.StartsWith("Participatie (40 uur) is verplicht zolang", page.QuerySelector("[data-testid=participation-duty]")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("[name='Input.ParticipationMandatory']"));
        Assert.Equal(DossierScenario.Iso(DossierScenario.Today), page.QuerySelector("#Input_CompletedOn")?.GetAttribute("value"));
        Assert.Empty(page.QuerySelectorAll("fieldset input[type=radio][checked], fieldset input[type=checkbox][name='Input.Goals'][checked], fieldset input[type=checkbox][name='Input.Availability'][checked]"));
        Assert.Equal(
            ["Input.Perspective", "Input.EducationLevel", "Input.Literacy", "Input.DutchLevel", "Input.DiplomaRecognition"],
            page.QuerySelectorAll("fieldset").Where(f => f.QuerySelector("input[type=radio]") is not null && f.QuerySelector("fieldset") is null).Select(f => f.QuerySelector("input")!.GetAttribute("name")));
    }

    [Fact]
    public async Task Intake_NothingAnswered_OneErrorPerQuestionInTheSummaryAndNothingSaved()
    {
        var dossier = await _scenario.RegisterAsync();
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);

        var response = await client.SubmitFormAsync(IntakeUrl(dossier), new Dictionary<string, string>());
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var errors = page.QuerySelectorAll(".invalid-feedback").Where(e => e.TextContent.Trim().Length > 0).ToDictionary(e => e.Id!, e => e.TextContent.Trim());
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["Input_Perspective-error"] = "Kies het perspectief.",
                ["Input_Goals-error"] = "Kies minstens één doel.",
                ["Input_EducationLevel-error"] = "Kies het opleidingsniveau.",
                ["Input_Literacy-error"] = "Kies of de persoon kan lezen en schrijven.",
                ["Input_DutchLevel-error"] = "Kies het niveau Nederlands.",
                ["Input_DiplomaRecognition-error"] = "Kies wat er met het buitenlandse diploma gebeurd is.",
                ["Input_Availability-error"] = "Kies wanneer de persoon beschikbaar is.",
            }.OrderBy(e => e.Key),
            errors.OrderBy(e => e.Key));
        var links = page.QuerySelectorAll("[data-error-summary] li a").Select(a => (Target: a.GetAttribute("href")!.TrimStart('#'), Text: a.TextContent.Trim())).ToList();
        Assert.Equal(errors.Select(e => (e.Key[..^"-error".Length], e.Value)), links); // in the form's order
        Assert.All(links, l => Assert.True(page.GetElementById(l.Target) is IHtmlInputElement { Type: "radio" or "checkbox" }, $"#{l.Target} is not the question's first answer"));
        Assert.StartsWith("Fout: Intake en plan – Yasmin Testdossier", page.Title, StringComparison.Ordinal);
        Assert.Equal(0, await TrajectoriesAsync(dossier));
    }

    [Fact]
    public async Task Intake_EveryQuestionAnswered_SavesTheAnswersAsBefore()
    {
        var dossier = await _scenario.RegisterAsync();
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);

        var response = await client.SubmitFormAsync(IntakeUrl(dossier), DossierScenario.AnsweredIntake());

        DossierScenario.AssertRedirectTo(response, dossier);
        var intake = (await _scenario.TrajectoryAsync(dossier)).Intake;
        Assert.Equal(
            (Perspective.Professional, Goals.Dutch, EducationLevel.Secondary, Literacy.Literate, CefrLevel.None, DiplomaRecognition.NoForeignDiploma, Availability.Daytime, Barriers.None),
            (intake.Perspective, intake.Goals, intake.EducationLevel, intake.Literacy, intake.DutchLevel, intake.DiplomaRecognition, intake.Availability, intake.Barriers));
    }

    [Fact]
    public async Task Intake_EuCitizen_SuggestsParticipationAsOptional()
    {
        var dossier = await _scenario.RegisterAsync(nationality: "PL", status: ResidenceStatus.FreeMovement);
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);

        var (_, page) = await client.GetPageAsync(IntakeUrl(dossier));

        Assert.Contains("Rechthebbend:", page.QuerySelector("main .alert-info")!.TextContent, StringComparison.Ordinal);
        Assert.False(Checked(page, "Input.StartParticipation"));
        Assert.Contains("Niet verplicht ingeburgerd: de 40 uur zijn nooit verplicht.", page.QuerySelector("[data-testid=participation-duty]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Intake_PlanWithThreeTracks_StartsThemInParallelAndShowsTheTrajectory()
    {
        var dossier = await _scenario.RegisterAsync();
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);

        var response = await client.SubmitFormAsync(IntakeUrl(dossier), DossierScenario.AnsweredIntake(new Dictionary<string, string>
        {
            ["Input.CompletedOn"] = DossierScenario.Iso(DossierScenario.Today.AddDays(-1)),
            ["Input.Barriers"] = "Childcare",
            ["Input.WorkExperience"] = "Kapster, 4 jaar",
            ["Input.CourseLanguage"] = "Arabisch",
            ["Input.StartParticipation"] = "false",
        }));
        var (_, page) = await client.GetPageAsync(response.Headers.Location!.OriginalString);

        DossierScenario.AssertRedirectTo(response, dossier);
        Assert.Equal("De intake is afgerond en het plan is gestart.", page.QuerySelector("[role=status]")?.TextContent);
        var trajectory = await _scenario.TrajectoryAsync(dossier);
        Assert.Equal(DossierScenario.Today.AddDays(-1), trajectory.StartedOn);
        Assert.Equal(ObligationClass.Obligated, trajectory.Obligation);
        Assert.Equal(Barriers.Childcare, trajectory.Intake.Barriers);
        Assert.Equal("Kapster, 4 jaar", trajectory.Intake.WorkExperience);
        Assert.Equal([TrackStatus.Running, TrackStatus.Running, TrackStatus.Running, TrackStatus.NotStarted], Enum.GetValues<TrackKind>().Select(k => trajectory.TrackOf(k).Status));
        Assert.True(trajectory.Work.VdabRequired);
        Assert.Equal("Arabisch", trajectory.SocialOrientation.CourseLanguage);
        var history = await _scenario.HistoryAsync(dossier);
        Assert.Contains(history, e => e.Change == new IntakeCompleted([TrackKind.SocialOrientation, TrackKind.DutchLanguage, TrackKind.Work]));
        Assert.Contains("Intake afgerond, sporen gestart: Maatschappelijke oriëntatie, NT2 (Nederlands), Werk", page.QuerySelector("#history ~ ol")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Intake_NoGoalTicked_ShowsMessageAtTheGoalsAndKeepsTheNotes()
    {
        var dossier = await _scenario.RegisterAsync();
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);

        var (_, form) = await client.GetPageAsync(IntakeUrl(dossier));
        foreach (var goal in form.QuerySelectorAll("input[name='Input.Goals']").Cast<IHtmlInputElement>())
        {
            goal.IsChecked = false;
        }

        var answers = DossierScenario.AnsweredIntake(new Dictionary<string, string> { ["Input.Notes"] = "Zoekt avondles." });
        answers.Remove("Input.Goals");
        var response = await client.SubmitAsync((IHtmlFormElement)form.QuerySelector("main form")!, answers, url: IntakeUrl(dossier));
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Kies minstens één doel.", page.QuerySelector("#Input_Goals-error")?.TextContent);
        Assert.Single(page.QuerySelectorAll("[data-error-summary] li"));
        Assert.Equal("Zoekt avondles.", page.QuerySelector("#Input_Notes")?.TextContent);
        Assert.Equal(0, await TrajectoriesAsync(dossier));
    }

    [Theory]
    [InlineData("Input.CompletedOn", "+1", "#Input_CompletedOn-error", "De datum van de intake kan niet in de toekomst liggen.")]
    [InlineData("Input.CompletedOn", "-2200", "#Input_CompletedOn-error", "De datum van de intake ligt te ver in het verleden.")]
    [InlineData("Input.CompletedOn", "gisteren", "#Input_CompletedOn-error", "De waarde 'gisteren' is niet geldig.")]
    [InlineData("Input.StartWork", "false", "#Input_VdabRequired-error", "Start het spoor werk om de VDAB-inschrijving op te volgen.")]
    [InlineData("Input.Perspective", "99", "#Input_Perspective-error", "De waarde '99' is niet geldig.")]
    public async Task Intake_InvalidValue_ShowsDutchMessageNextToTheFieldAndStartsNothing(string field, string value, string error, string message)
    {
        var dossier = await _scenario.RegisterAsync();
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);
        var typed = value is ['+' or '-', ..] ? DossierScenario.Iso(DossierScenario.Today.AddDays(int.Parse(value, System.Globalization.CultureInfo.InvariantCulture))) : value;

        var response = await client.SubmitFormAsync(IntakeUrl(dossier), DossierScenario.AnsweredIntake(new Dictionary<string, string> { [field] = typed, ["Input.WorkExperience"] = "Bakker" }));
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(message, page.QuerySelector(error)?.TextContent.Trim());
        Assert.Equal("Bakker", page.QuerySelector("#Input_WorkExperience")?.GetAttribute("value"));
        Assert.Equal(0, await TrajectoriesAsync(dossier));
    }

    [Fact]
    public async Task Intake_OverlongNotes_ShowsLengthMessage()
    {
        var dossier = await _scenario.RegisterAsync();
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);

        var response = await client.SubmitFormAsync(IntakeUrl(dossier), new Dictionary<string, string> { ["Input.Notes"] = new string('n', 2001) });
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("Interne notities mag hoogstens 2000 tekens lang zijn (nu 2001).", page.QuerySelector("#Input_Notes-error")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(2001, page.QuerySelector("#Input_Notes")?.TextContent.Length);
        Assert.Equal(0, await TrajectoriesAsync(dossier));
    }

    [Fact]
    public async Task Intake_AsylumApplicant_NeverReachesTheFormAndAPostStartsNothing()
    {
        var dossier = await _scenario.RegisterAsync(status: ResidenceStatus.AsylumApplicant);
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);

        var (get, _) = await client.GetPageAsync(IntakeUrl(dossier));
        var post = await DossierScenario.PostAsync(client, IntakeUrl(dossier), new Dictionary<string, string> { ["Input.CompletedOn"] = DossierScenario.Iso(DossierScenario.Today), ["Input.Goals"] = "Dutch" });

        DossierScenario.AssertRedirectTo(get, dossier);
        DossierScenario.AssertRedirectTo(post, dossier);
        Assert.Equal(0, await TrajectoriesAsync(dossier));
    }

    [Fact]
    public async Task Intake_AlreadyDone_RedirectsToTheDossier()
    {
        var dossier = await _scenario.RegisterAsync();
        await _scenario.StartTrajectoryAsync(dossier);
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);

        var (response, _) = await client.GetPageAsync(IntakeUrl(dossier));

        DossierScenario.AssertRedirectTo(response, dossier);
    }

    [Fact]
    public async Task Intake_SubmittedTwiceFromTwoForms_SecondIsToldAndKeepsItsInput()
    {
        var dossier = await _scenario.RegisterAsync();
        using var first = await _scenario.LoginAsync(DossierScenario.Sarah);
        using var second = await _scenario.LoginAsync(DossierScenario.Sarah);
        var (_, firstForm) = await first.GetPageAsync(IntakeUrl(dossier));
        var (_, secondForm) = await second.GetPageAsync(IntakeUrl(dossier));
        await first.SubmitAsync((IHtmlFormElement)firstForm.QuerySelector("main form")!, DossierScenario.AnsweredIntake(new Dictionary<string, string> { ["Input.Notes"] = "Eerste intake" }), url: IntakeUrl(dossier));

        var response = await second.SubmitAsync((IHtmlFormElement)secondForm.QuerySelector("main form")!, DossierScenario.AnsweredIntake(new Dictionary<string, string> { ["Input.Notes"] = "Tweede intake" }), url: IntakeUrl(dossier));
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(page.QuerySelector("main [role=alert]")!.TextContent.Trim());
        Assert.Equal("Tweede intake", page.QuerySelector("#Input_Notes")?.TextContent);
        Assert.Equal(1, await TrajectoriesAsync(dossier));
        Assert.Equal("Eerste intake", (await _scenario.TrajectoryAsync(dossier)).Intake.Notes);
    }

    [Fact]
    public async Task Intake_Coordinator_Returns403()
    {
        var dossier = await _scenario.RegisterAsync();
        using var client = await _scenario.LoginAsync(DossierScenario.AtlasCoordinator);

        var (response, _) = await client.GetPageAsync(IntakeUrl(dossier));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
