using System.Net;
using AngleSharp.Html.Dom;
using Inburgering.Domain.History;
using Inburgering.Domain.Trajectories;
using Inburgering.Tests.Shared;

namespace Inburgering.Web.Tests.Dossiers;

public sealed class ActionTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private readonly DossierScenario _scenario = new(factory);

    private static DateOnly Today => DossierScenario.Today;

    private static string LogUrl(ArrangedDossier dossier) => $"{dossier.Url}/Actions/Log";

    private static string EditUrl(ArrangedDossier dossier, Guid action) => $"{dossier.Url}/Actions/{action}";

    private static string Day(int offset) => DossierScenario.Iso(Today.AddDays(offset));

    private async Task<ArrangedDossier> RunningDossierAsync()
    {
        var dossier = await _scenario.RegisterAsync();
        await _scenario.StartTrajectoryAsync(dossier);
        return dossier;
    }

    private async Task<int> ActionCountAsync(ArrangedDossier dossier) => (await _scenario.TrajectoryAsync(dossier)).Actions.Count;

    private static Dictionary<string, string> Participation(string hours) => new()
    {
        ["Input.Track"] = "Participation",
        ["Input.Type"] = "ParticipationActivity",
        ["Input.Date"] = Day(-1),
        ["Input.Hours"] = hours,
        ["Input.Note"] = "Vrijwilliger in de bib",
        ["Input.Done"] = "true",
    };

    [Fact]
    public async Task Log_ReferralToAPartner_StoresItRecordsItAndShowsItInTheTimeline()
    {
        var dossier = await RunningDossierAsync();
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);

        var response = await client.SubmitFormAsync(LogUrl(dossier), new Dictionary<string, string>
        {
            ["Input.Track"] = "Work",
            ["Input.Type"] = "Referral",
            ["Input.Partner"] = "Vdab",
            ["Input.Date"] = Day(0),
            ["Input.Done"] = "true",
            ["Input.Outcome"] = "Afspraak bij VDAB gemaakt",
        });
        var (_, page) = await client.GetPageAsync(response.Headers.Location!.OriginalString);

        DossierScenario.AssertRedirectTo(response, dossier);
        Assert.Equal("De actie is gelogd.", page.QuerySelector("[role=status]")?.TextContent);
        var row = page.QuerySelector("#actions ~ div table tbody tr")!;
        Assert.Contains("Doorverwijzing → VDAB", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Afspraak bij VDAB gemaakt", row.TextContent, StringComparison.Ordinal);
        var action = Assert.Single((await _scenario.TrajectoryAsync(dossier)).Actions);
        Assert.Equal((TrackKind.Work, ActionType.Referral, Partner.Vdab, ActionStatus.Done, Today), (action.Track, action.Type, action.Partner, action.Status, action.CompletedOn!.Value));
        var latest = (await _scenario.HistoryAsync(dossier))[0];
        Assert.Equal(new ActionLogged(ActionType.Referral), latest.Change);
    }

    [Fact]
    public async Task Log_ReferralWithoutPartner_AsksForThePartnerAndKeepsTheNote()
    {
        var dossier = await RunningDossierAsync();
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);

        var response = await client.SubmitFormAsync(LogUrl(dossier), new Dictionary<string, string>
        {
            ["Input.Track"] = "DutchLanguage",
            ["Input.Type"] = "Referral",
            ["Input.Partner"] = "",
            ["Input.Note"] = "Wil naar avondschool",
        });
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Kies naar welke partner je doorverwijst.", page.QuerySelector("#Input_Partner-error")?.TextContent);
        Assert.Equal("Wil naar avondschool", page.QuerySelector("#Input_Note")?.TextContent);
        Assert.Equal("Referral", page.QuerySelector("#Input_Type option[selected]")?.GetAttribute("value"));
        Assert.Equal(0, await ActionCountAsync(dossier));
    }

    [Fact]
    public async Task Log_ParticipationHoursWithDecimalComma_StoresTwoAndAHalfHoursThatCountOnceSigned()
    {
        var dossier = await RunningDossierAsync();
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);

        var response = await client.SubmitFormAsync(LogUrl(dossier), Participation("2,5"));
        var (_, logged) = await client.GetPageAsync(response.Headers.Location!.OriginalString);
        var action = Assert.Single((await _scenario.TrajectoryAsync(dossier)).Actions);
        await _scenario.ChangeTrajectoryAsync(dossier, t => t.SignHours(action.Id, "Amal Test", Today));
        var (_, page) = await client.GetPageAsync(dossier.Url);

        DossierScenario.AssertRedirectTo(response, dossier);
        Assert.Equal(2.5m, action.Hours);
        Assert.Contains("0 van 40 uur", logged.QuerySelector("#tracks ~ .track-grid")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("niet bevestigd", logged.QuerySelector("#actions ~ div table tbody tr")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(2.5m, (await _scenario.TrajectoryAsync(dossier)).Participation.Hours);
        Assert.Contains("2,5 van 40 uur", page.QuerySelector("#tracks ~ .track-grid")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("getekend door de nieuwkomer (Amal Test)", page.QuerySelector("#actions ~ div table tbody tr")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Nog 37,5 uur participatie (met ondertekend bewijs).", page.QuerySelectorAll("[data-testid=missing-conditions] li").Select(li => li.TextContent));
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("0")]
    [InlineData("41")]
    [InlineData("40,01")]
    [InlineData("twee")]
    [InlineData("")]
    public async Task Log_ParticipationHoursOutOfRange_ShowsTheRangeAndKeepsWhatWasTyped(string hours)
    {
        var dossier = await RunningDossierAsync();
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);

        var response = await client.SubmitFormAsync(LogUrl(dossier), Participation(hours));
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Vul een aantal uren in groter dan 0 en hoogstens 40.", page.QuerySelector("#Input_Hours-error")?.TextContent);
        Assert.Equal(hours, page.QuerySelector("#Input_Hours")?.GetAttribute("value"));
        Assert.Equal("Vrijwilliger in de bib", page.QuerySelector("#Input_Note")?.TextContent);
        Assert.Equal(0, await ActionCountAsync(dossier));
    }

    [Theory]
    [InlineData("Input.Date", "+1", "#Input_Date-error", "Een uitgevoerde actie kan niet in de toekomst liggen.")]
    [InlineData("Input.Date", "-150", "#Input_Date-error", "De datum kan niet vóór de start van het traject liggen.")]
    [InlineData("Input.Date", "-1200", "#Input_Date-error", "De datum ligt meer dan drie jaar terug. Kijk het jaartal na.")]
    [InlineData("Input.DueOn", "-3", "#Input_DueOn-error", "De vervaldatum kan niet vóór de datum van de actie liggen.")]
    [InlineData("Input.Hours", "3", "#Input_Hours-error", "Uren horen alleen bij een participatieactiviteit.")]
    [InlineData("Input.Type", "ParticipationActivity", "#Input_Track-error", "Een participatieactiviteit hoort bij het spoor participatie.")]
    [InlineData("Input.Track", "Nonsense", "#Input_Track-error", "De waarde 'Nonsense' is niet geldig.")]
    [InlineData("Input.Type", "", "#Input_Type-error", "Kies het soort actie.")]
    public async Task Log_InvalidValue_ShowsDutchMessageNextToTheField(string field, string value, string error, string message)
    {
        var dossier = await RunningDossierAsync();
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);
        var fields = new Dictionary<string, string>
        {
            ["Input.Track"] = "Work",
            ["Input.Type"] = "JobApplication",
            ["Input.Date"] = Day(0),
            ["Input.Note"] = "Magazijnier bij Colruyt",
            ["Input.Done"] = "true",
        };
        fields[field] = value is ['+' or '-', ..] ? Day(int.Parse(value, System.Globalization.CultureInfo.InvariantCulture)) : value;

        var response = await client.SubmitFormAsync(LogUrl(dossier), fields);
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(message, page.QuerySelector(error)?.TextContent);
        Assert.Equal("Magazijnier bij Colruyt", page.QuerySelector("#Input_Note")?.TextContent);
        Assert.Equal(0, await ActionCountAsync(dossier));
    }

    [Fact]
    public async Task Log_OnATrackThatDoesNotRun_SaysToStartTheTrackFirst()
    {
        var dossier = await _scenario.RegisterAsync();
        await _scenario.StartTrajectoryAsync(dossier, participation: false);
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);

        var response = await client.SubmitFormAsync(LogUrl(dossier), Participation("3"));
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Dit spoor loopt niet. Start het spoor eerst.", page.QuerySelector("#Input_Track-error")?.TextContent);
        Assert.Equal(0, await ActionCountAsync(dossier));
    }

    [Fact]
    public async Task Log_OverlongNote_ShowsLengthMessage()
    {
        var dossier = await RunningDossierAsync();
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);

        var response = await client.SubmitFormAsync(LogUrl(dossier), new Dictionary<string, string>
        {
            ["Input.Track"] = "Work",
            ["Input.Type"] = "Conversation",
            ["Input.Note"] = new string('x', 2001),
        });
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("Notitie mag hoogstens 2000 tekens lang zijn (nu 2001).", page.QuerySelector("#Input_Note-error")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await ActionCountAsync(dossier));
    }

    [Fact]
    public async Task Log_FormFromTheDossier_AnswersNeitherTrackNorWhetherItHappened()
    {
        var dossier = await RunningDossierAsync();
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);

        var (_, form) = await client.GetPageAsync(LogUrl(dossier));
        var response = await client.SubmitFormAsync(LogUrl(dossier), new Dictionary<string, string> { ["Input.Type"] = "Conversation" });
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal("", form.QuerySelector("#Input_Track option[selected]")?.GetAttribute("value") ?? "");
        Assert.Empty(form.QuerySelectorAll("input[name='Input.Done'][checked]"));
        Assert.Equal("Kies het spoor.", page.QuerySelector("#Input_Track-error")?.TextContent);
        Assert.Equal("Kies of de actie al gebeurd is of gepland.", page.QuerySelector("#Input_Done-error")?.TextContent);
        Assert.Equal(0, await ActionCountAsync(dossier));
    }

    [Fact]
    public async Task Log_PlannedActionAhead_IsOpenWithItsDueDate()
    {
        var dossier = await RunningDossierAsync();
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);

        var response = await client.SubmitFormAsync(LogUrl(dossier), new Dictionary<string, string>
        {
            ["Input.Track"] = "DutchLanguage",
            ["Input.Type"] = "Exam",
            ["Input.Date"] = Day(20),
            ["Input.DueOn"] = Day(25),
            ["Input.Done"] = "false",
        });

        DossierScenario.AssertRedirectTo(response, dossier);
        var trajectory = await _scenario.TrajectoryAsync(dossier);
        var action = Assert.Single(trajectory.Actions);
        Assert.Equal((ActionStatus.Open, Today.AddDays(25)), (action.Status, action.DueOn));
        Assert.Equal(Today.AddDays(25), trajectory.NextDueOn);
    }

    [Fact]
    public async Task Log_PlannedActionWithAnOutcome_KeepsTheOutcome()
    {
        var dossier = await RunningDossierAsync();
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);

        var response = await client.SubmitFormAsync(LogUrl(dossier), new Dictionary<string, string>
        {
            ["Input.Track"] = "DutchLanguage",
            ["Input.Type"] = "Conversation",
            ["Input.Date"] = Day(7),
            ["Input.Done"] = "false",
            ["Input.Outcome"] = "Tolk Arabisch geregeld",
        });

        DossierScenario.AssertRedirectTo(response, dossier);
        var action = Assert.Single((await _scenario.TrajectoryAsync(dossier)).Actions);
        Assert.Equal((ActionStatus.Open, "Tolk Arabisch geregeld"), (action.Status, action.Outcome));
    }

    [Fact]
    public async Task Log_WorkStarted_ShowsOnTheWorkTrack()
    {
        var dossier = await RunningDossierAsync();
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);

        var response = await client.SubmitFormAsync(LogUrl(dossier), new Dictionary<string, string>
        {
            ["Input.Track"] = "Work",
            ["Input.Type"] = "WorkStarted",
            ["Input.Date"] = Day(-3),
            ["Input.Done"] = "true",
        });
        var (_, page) = await client.GetPageAsync(response.Headers.Location!.OriginalString);

        Assert.Equal(Today.AddDays(-3), (await _scenario.TrajectoryAsync(dossier)).Work.WorkStartedOn);
        Assert.Contains("Aan het werk sinds", page.QuerySelector("#tracks ~ .track-grid")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Edit_ValidChange_SavesTheActionAndRecordsIt()
    {
        var dossier = await RunningDossierAsync();
        var action = await _scenario.LogActionAsync(dossier, TrackKind.Work, ActionType.JobApplication, Today, done: false, note: "Sollicitatie");
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);

        var response = await client.SubmitFormAsync(EditUrl(dossier, action), new Dictionary<string, string>
        {
            ["Input.Note"] = "Sollicitatie bij De Lijn",
            ["Input.DueOn"] = Day(7),
        });
        var (_, page) = await client.GetPageAsync(response.Headers.Location!.OriginalString);

        DossierScenario.AssertRedirectTo(response, dossier);
        Assert.Equal("De actie is bewaard.", page.QuerySelector("[role=status]")?.TextContent);
        var stored = await _scenario.ActionAsync(action);
        Assert.Equal(("Sollicitatie bij De Lijn", Today.AddDays(7)), (stored.Note, stored.DueOn));
        var latest = (await _scenario.HistoryAsync(dossier))[0];
        Assert.Equal(new ActionUpdated(ActionType.JobApplication), latest.Change);
    }

    [Fact]
    public async Task Edit_InvalidHours_ShowsOnlyTheHoursMessage()
    {
        var dossier = await RunningDossierAsync();
        var action = await _scenario.LogActionAsync(dossier, TrackKind.Participation, ActionType.ParticipationActivity, Today.AddDays(-2), done: true, hours: 4m);
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);

        var response = await client.SubmitFormAsync(EditUrl(dossier, action), new Dictionary<string, string> { ["Input.Hours"] = "-1" });
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Vul een aantal uren in groter dan 0 en hoogstens 40.", page.QuerySelector("#Input_Hours-error")?.TextContent);
        Assert.Equal("-1", page.QuerySelector("#Input_Hours")?.GetAttribute("value"));
        Assert.Equal(string.Empty, page.QuerySelector("#Input_Outcome-error")?.TextContent);
        Assert.Equal(4m, (await _scenario.ActionAsync(action)).Hours);
    }

    [Fact]
    public async Task Edit_DoneActionMovedToTheFuture_IsRefused()
    {
        var dossier = await RunningDossierAsync();
        var action = await _scenario.LogActionAsync(dossier, TrackKind.Work, ActionType.JobApplication, Today.AddDays(-2), done: true);
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);

        var response = await client.SubmitFormAsync(EditUrl(dossier, action), new Dictionary<string, string> { ["Input.Date"] = Day(3) });
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Een uitgevoerde actie kan niet in de toekomst liggen.", page.QuerySelector("#Input_Date-error")?.TextContent);
        Assert.Equal(Today.AddDays(-2), (await _scenario.ActionAsync(action)).Date);
    }

    [Fact]
    public async Task Edit_OutcomeOfADoneAction_IsSaved()
    {
        var dossier = await RunningDossierAsync();
        var action = await _scenario.LogActionAsync(dossier, TrackKind.Work, ActionType.JobApplication, Today.AddDays(-2), done: true);
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);

        var response = await client.SubmitFormAsync(EditUrl(dossier, action), new Dictionary<string, string> { ["Input.Outcome"] = "Uitgenodigd voor een tweede gesprek" });

        DossierScenario.AssertRedirectTo(response, dossier);
        var stored = await _scenario.ActionAsync(action);
        Assert.Equal("Uitgenodigd voor een tweede gesprek", stored.Outcome);
        Assert.Equal((ActionStatus.Done, Today.AddDays(-2)), (stored.Status, stored.CompletedOn!.Value));
    }

    [Fact]
    public async Task Edit_OutcomeOfAnOpenAction_IsSavedAndTheActionStaysOpen()
    {
        var dossier = await RunningDossierAsync();
        var action = await _scenario.LogActionAsync(dossier, TrackKind.Work, ActionType.JobApplication, Today.AddDays(1), done: false);
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);

        var response = await client.SubmitFormAsync(EditUrl(dossier, action), new Dictionary<string, string> { ["Input.Outcome"] = "Cv nagekeken, sollicitatie klaar" });

        DossierScenario.AssertRedirectTo(response, dossier);
        var stored = await _scenario.ActionAsync(action);
        Assert.Equal((ActionStatus.Open, "Cv nagekeken, sollicitatie klaar"), (stored.Status, stored.Outcome));
    }

    [Fact]
    public async Task Complete_OpenAction_MarksItDoneWithDateAndOutcome()
    {
        var dossier = await RunningDossierAsync();
        var action = await _scenario.LogActionAsync(dossier, TrackKind.Work, ActionType.JobApplication, Today.AddDays(-5), done: false);
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);

        var response = await client.SubmitFormAsync(EditUrl(dossier, action), new Dictionary<string, string>
        {
            ["CompletedOn"] = Day(-1),
            ["Input.Outcome"] = "Aangenomen voor proefperiode",
        }, handler: "Complete");
        var (_, page) = await client.GetPageAsync(response.Headers.Location!.OriginalString);

        DossierScenario.AssertRedirectTo(response, dossier);
        Assert.Equal("De actie is uitgevoerd.", page.QuerySelector("[role=status]")?.TextContent);
        var stored = await _scenario.ActionAsync(action);
        Assert.Equal((ActionStatus.Done, Today.AddDays(-1), "Aangenomen voor proefperiode"), (stored.Status, stored.CompletedOn!.Value, stored.Outcome));
        Assert.IsType<ActionCompleted>((await _scenario.HistoryAsync(dossier))[0].Change);
    }

    [Theory]
    [InlineData("+1", "De datum van afronding kan niet in de toekomst liggen.")]
    [InlineData("-10", "De datum van afronding kan niet vóór de datum van de actie liggen.")]
    [InlineData("", "Vul de datum van uitvoering in.")]
    public async Task Complete_ImpossibleDate_ShowsMessageNextToTheDateAndStaysOpen(string offset, string message)
    {
        var dossier = await RunningDossierAsync();
        var action = await _scenario.LogActionAsync(dossier, TrackKind.Work, ActionType.JobApplication, Today.AddDays(-5), done: false);
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);

        var response = await client.SubmitFormAsync(EditUrl(dossier, action), new Dictionary<string, string>
        {
            ["CompletedOn"] = offset.Length == 0 ? "" : Day(int.Parse(offset, System.Globalization.CultureInfo.InvariantCulture)),
            ["Input.Outcome"] = "Aangenomen",
        }, handler: "Complete");
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(message, page.QuerySelector("#CompletedOn-error")?.TextContent);
        Assert.Equal("Aangenomen", page.QuerySelector("#Input_Outcome")?.TextContent);
        Assert.Equal(ActionStatus.Open, (await _scenario.ActionAsync(action)).Status);
    }

    [Fact]
    public async Task Cancel_OpenAction_CancelsItWithTheReason()
    {
        var dossier = await RunningDossierAsync();
        var action = await _scenario.LogActionAsync(dossier, TrackKind.DutchLanguage, ActionType.CourseEnrolment, Today.AddDays(3), done: false);
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);

        var asked = await client.SubmitFormAsync(EditUrl(dossier, action), new Dictionary<string, string> { ["Input.Outcome"] = "Cursus geschrapt" }, handler: "Cancel");
        var confirmPage = await PortalClient.ParseAsync(asked);
        var statusWhenAsked = (await _scenario.ActionAsync(action)).Status;
        var response = await client.SubmitAsync((IHtmlFormElement)confirmPage.QuerySelector("main form")!, new Dictionary<string, string>(), url: EditUrl(dossier, action));

        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        Assert.Equal(ActionStatus.Open, statusWhenAsked);
        Assert.StartsWith("De actie Inschrijving cursus op het spoor NT2 (Nederlands) van", confirmPage.QuerySelector("[data-confirm-step] p")!.TextContent, StringComparison.Ordinal);
        DossierScenario.AssertRedirectTo(response, dossier);
        var stored = await _scenario.ActionAsync(action);
        Assert.Equal((ActionStatus.Cancelled, "Cursus geschrapt"), (stored.Status, stored.Outcome));
        Assert.Null((await _scenario.TrajectoryAsync(dossier)).NextDueOn);
        Assert.IsType<ActionCancelled>((await _scenario.HistoryAsync(dossier))[0].Change);
    }

    [Fact]
    public async Task Cancel_DoneAction_IsRefused()
    {
        var dossier = await RunningDossierAsync();
        var action = await _scenario.LogActionAsync(dossier, TrackKind.Work, ActionType.JobApplication, Today.AddDays(-1), done: true);
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);

        var response = await client.SubmitFormAsync(EditUrl(dossier, action), new Dictionary<string, string>(), handler: "Cancel");
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Alleen een open actie kan geannuleerd worden.", page.QuerySelector("main [role=alert] p, main [role=alert] li")?.TextContent.Trim());
        Assert.Equal(ActionStatus.Done, (await _scenario.ActionAsync(action)).Status);
    }

    [Fact]
    public async Task Edit_CancelledAction_OffersNoSaveAndRefusesAChange()
    {
        var dossier = await RunningDossierAsync();
        var action = await _scenario.LogActionAsync(dossier, TrackKind.Work, ActionType.JobApplication, Today.AddDays(2), done: false, note: "Oud");
        await _scenario.ChangeTrajectoryAsync(dossier, t => t.CancelAction(action, "Niet meer nodig", Today));
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);

        var (_, form) = await client.GetPageAsync(EditUrl(dossier, action));
        var response = await DossierScenario.PostAsync(client, EditUrl(dossier, action), new Dictionary<string, string>
        {
            ["Input.Track"] = "Work",
            ["Input.Type"] = "JobApplication",
            ["Input.Date"] = Day(2),
            ["Input.Note"] = "Nieuw",
        });
        var page = await PortalClient.ParseAsync(response);

        Assert.DoesNotContain(form.QuerySelectorAll("main button"), b => b.TextContent == "Bewaren");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Deze actie is geannuleerd en kan niet meer gewijzigd worden.", page.QuerySelector("main [role=alert] p, main [role=alert] li")?.TextContent.Trim());
        Assert.Equal("Oud", (await _scenario.ActionAsync(action)).Note);
    }

    [Fact]
    public async Task Edit_TwoPeopleSaveTheSameAction_SecondGetsConflictKeepsInputAndFirstSaveStays()
    {
        var dossier = await RunningDossierAsync();
        var action = await _scenario.LogActionAsync(dossier, TrackKind.Work, ActionType.JobApplication, Today, done: false, note: "Begin");
        using var first = await _scenario.LoginAsync(DossierScenario.Sarah);
        using var second = await _scenario.LoginAsync(DossierScenario.Sarah);
        var (_, firstForm) = await first.GetPageAsync(EditUrl(dossier, action));
        var (_, secondForm) = await second.GetPageAsync(EditUrl(dossier, action));

        var firstSave = await first.SubmitAsync((IHtmlFormElement)firstForm.QuerySelector("main form")!, new Dictionary<string, string> { ["Input.Note"] = "Eerste versie" }, url: EditUrl(dossier, action));
        var secondSave = await second.SubmitAsync((IHtmlFormElement)secondForm.QuerySelector("main form")!, new Dictionary<string, string> { ["Input.Note"] = "Tweede versie", ["Input.DueOn"] = Day(9) }, url: EditUrl(dossier, action));
        var page = await PortalClient.ParseAsync(secondSave);

        DossierScenario.AssertRedirectTo(firstSave, dossier);
        Assert.Equal(HttpStatusCode.OK, secondSave.StatusCode);
        Assert.Equal(
            "Iemand anders heeft deze actie gewijzigd sinds je ze opende. Je invoer staat nog in het formulier: bewaar opnieuw om te overschrijven, of ga terug om de wijziging te bekijken.",
            page.QuerySelector("main [role=alert] p, main [role=alert] li")?.TextContent.Trim());
        Assert.Equal("Tweede versie", page.QuerySelector("#Input_Note")?.TextContent);
        Assert.Equal(Day(9), page.QuerySelector("#Input_DueOn")?.GetAttribute("value"));
        Assert.Equal("Eerste versie", (await _scenario.ActionAsync(action)).Note);
    }

    [Fact]
    public async Task Complete_AfterSomeoneElseChangedTheAction_IsAConflict()
    {
        var dossier = await RunningDossierAsync();
        var action = await _scenario.LogActionAsync(dossier, TrackKind.Work, ActionType.JobApplication, Today.AddDays(-1), done: false, note: "Begin");
        using var first = await _scenario.LoginAsync(DossierScenario.Sarah);
        using var second = await _scenario.LoginAsync(DossierScenario.Sarah);
        var (_, secondForm) = await second.GetPageAsync(EditUrl(dossier, action));
        await first.SubmitFormAsync(EditUrl(dossier, action), new Dictionary<string, string> { ["Input.Note"] = "Verplaatst" });

        var response = await second.SubmitAsync((IHtmlFormElement)secondForm.QuerySelector("main form")!, new Dictionary<string, string> { ["Input.Outcome"] = "Gedaan" }, handler: "Complete", url: EditUrl(dossier, action));
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("Iemand anders heeft deze actie gewijzigd", page.QuerySelector("main [role=alert] p, main [role=alert] li")?.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("Gedaan", page.QuerySelector("#Input_Outcome")?.TextContent);
        var stored = await _scenario.ActionAsync(action);
        Assert.Equal((ActionStatus.Open, "Verplaatst"), (stored.Status, stored.Note));
    }

    [Fact]
    public async Task Edit_SomeoneElsesAction_Returns404AndChangesNothing()
    {
        var own = await RunningDossierAsync();
        var other = await _scenario.RegisterAsync(DossierScenario.Tom);
        await _scenario.StartTrajectoryAsync(other);
        var theirs = await _scenario.LogActionAsync(other, TrackKind.Work, ActionType.JobApplication, Today, done: false, note: "Van Tom");
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);

        var (direct, directPage) = await client.GetPageAsync(EditUrl(other, theirs));
        var (viaOwn, _) = await client.GetPageAsync(EditUrl(own, theirs));
        var post = await DossierScenario.PostAsync(client, EditUrl(own, theirs) + "?handler=Cancel", new Dictionary<string, string> { ["Input.Outcome"] = "Weg" });
        var log = await DossierScenario.PostAsync(client, LogUrl(other), new Dictionary<string, string> { ["Input.Track"] = "Work", ["Input.Type"] = "Conversation", ["Input.Date"] = Day(0) });

        Assert.Equal(HttpStatusCode.NotFound, direct.StatusCode);
        Assert.DoesNotContain("Van Tom", directPage.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, viaOwn.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, log.StatusCode);
        Assert.Equal(ActionStatus.Open, (await _scenario.ActionAsync(theirs)).Status);
        Assert.Single((await _scenario.TrajectoryAsync(other)).Actions);
    }

    [Fact]
    public async Task Edit_UnknownAction_Returns404()
    {
        var dossier = await RunningDossierAsync();
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);

        var (response, _) = await client.GetPageAsync(EditUrl(dossier, Guid.NewGuid()));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Log_Coordinator_Returns403()
    {
        var dossier = await RunningDossierAsync();
        using var client = await _scenario.LoginAsync(DossierScenario.AtlasCoordinator);

        var (response, _) = await client.GetPageAsync(LogUrl(dossier));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
