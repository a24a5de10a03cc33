using System.Net;
using Inburgering.Domain.Newcomers;
using Inburgering.Domain.Rules;
using Inburgering.Domain.Trajectories;
using Inburgering.Tests.Shared;
using Inburgering.Web.Pages.Caseload;
using Inburgering.Web.Tests.Dossiers;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Web.Tests.OverTime;

/// <summary>
/// The trajectory over time through the forms: one obligation class everywhere, the letter and the report deadline,
/// the participation duty, the attest's real date, oral exams, stopping, and people outside the target group.
/// </summary>
public sealed class TrajectoryOverTimeTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private readonly DossierScenario _scenario = new(factory);

    private static DateOnly Today => DossierScenario.Today;

    private static string Text(AngleSharp.Dom.IDocument page, string selector) => page.QuerySelector(selector)?.TextContent.Trim() ?? string.Empty;

    private static async Task<List<string>> CaseloadNamesAsync(PortalClient client, string query)
    {
        var (_, page) = await client.GetPageAsync("/Caseload?" + query);
        return [.. page.QuerySelectorAll("table.table-caseload tbody tr td:first-child a").Select(a => a.TextContent)];
    }

    [Fact]
    public async Task TurnedSixtyFiveAfterTheContract_EveryPlaceShowsExempt()
    {
        var dossier = await _scenario.RegisterAsync(birthDate: Today.AddYears(-65).AddDays(-1), registeredOn: Today.AddDays(-300));
        await _scenario.StartTrajectoryAsync(dossier, intakeOn: Today.AddDays(-100), work: false, vdabRequired: false);
        await _scenario.ChangeTrajectoryAsync(dossier, t =>
        {
            t.RecordSocialOrientationTest(Today.AddDays(-30), 20, 10, Today);
            t.RecordDutchExam(Today.AddDays(-20), CefrLevel.A2, ExamMode.Written, passed: true, Today);
        });
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);

        var (_, dossierPage) = await client.GetPageAsync(dossier.Url);
        var exempt = await CaseloadNamesAsync(client, $"Filter.Obligation=Exempt&Filter.Search={dossier.LastName}");
        var obligated = await CaseloadNamesAsync(client, $"Filter.Obligation=Obligated&Filter.Search={dossier.LastName}");
        var (_, certificatePage) = await client.GetPageAsync($"{dossier.Url}/Certificate");
        var issued = await client.SubmitFormAsync($"{dossier.Url}/Certificate", new Dictionary<string, string> { ["Confirmed"] = "true" });
        var trajectory = await _scenario.TrajectoryAsync(dossier);

        Assert.Equal("Vrijgesteld", Text(dossierPage, "[data-testid=obligation-class]"));
        Assert.Single(exempt);
        Assert.Empty(obligated);
        Assert.DoesNotContain("mondeling B1", certificatePage.Body!.TextContent, StringComparison.Ordinal);
        DossierScenario.AssertRedirectTo(issued, dossier);
        Assert.Equal(ObligationClass.Obligated, trajectory.Obligation);
        Assert.Equal(TrajectoryStatus.Completed, trajectory.Status);
        Assert.Null(trajectory.OralB1DueOn);
    }

    [Fact]
    public async Task ClassFilter_PeopleAroundTheirBirthdays_ListsExactlyWhomTheRulePutsInTheClass()
    {
        var births = new[] { -65, -18, -16 }
            .SelectMany(years => new[] { -1, 0, 1 }.Select(days => Today.AddYears(years).AddDays(days)))
            .ToList();
        var arranged = new List<ArrangedDossier>();
        foreach (var birth in births)
        {
            arranged.Add(await _scenario.RegisterAsync(birthDate: birth, status: ResidenceStatus.FamilyReunification));
        }

        using var db = factory.CreateDbContext();
        var ids = arranged.Select(a => a.Id).ToList();
        foreach (var obligation in Enum.GetValues<ObligationClass>())
        {
            var newcomers = db.Newcomers.Where(n => ids.Contains(n.Id));
            var page = await CaseloadQuery.RunAsync(db, newcomers, db.Trajectories, new CaseloadFilter { Obligation = obligation }, Today, 100, CancellationToken.None);
            var byRule = (await newcomers.AsNoTracking().ToListAsync()).Where(n => n.Obligation(Today).Class == obligation).Select(n => n.Id).OrderBy(i => i.Value).ToList();

            Assert.Equal(byRule, page.Rows.Select(r => r.Id).OrderBy(i => i.Value).ToList());
        }
    }

    [Fact]
    public async Task AgencyLetterFourMonthsAgo_NotReported_IsLateEverywhereAndOverdue()
    {
        var dossier = await _scenario.RegisterAsync(registeredOn: Today.AddMonths(-5));
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);
        var letterOn = Today.AddMonths(-4);

        var saved = await client.SubmitFormAsync($"{dossier.Url}/Reporting", new Dictionary<string, string> { ["Input.AgencyLetterSentOn"] = DossierScenario.Iso(letterOn) }, "form[action$='handler=Letter']");
        var (_, dossierPage) = await client.GetPageAsync(dossier.Url);
        var late = await CaseloadNamesAsync(client, $"Filter.LateReport=true&Filter.Search={dossier.LastName}");
        var overdue = await CaseloadNamesAsync(client, $"Filter.Overdue=true&Filter.Search={dossier.LastName}");
        var (_, agenda) = await client.GetPageAsync("/Caseload/Agenda");
        var newcomer = await _scenario.NewcomerAsync(dossier);

        DossierScenario.AssertRedirectTo(saved, dossier);
        Assert.Equal(letterOn.AddMonths(3), newcomer.ReportDueOn);
        Assert.Contains($"Te laat gemeld: termijn verstreken op {DossierScenario.Written(letterOn.AddMonths(3))}", Text(dossierPage, "[data-testid=report-state]"), StringComparison.Ordinal);
        Assert.Single(late);
        Assert.Single(overdue);
        Assert.Contains(agenda.QuerySelectorAll("[data-testid=report-deadlines] li"), li => li.TextContent.Contains(dossier.FullName, StringComparison.Ordinal) && li.TextContent.Contains("Termijn verstreken", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TeamOverview_LateReports_CountMatchesTheListItLinksTo()
    {
        var dossier = await _scenario.RegisterAsync(registeredOn: Today.AddMonths(-6));
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);
        await client.SubmitFormAsync($"{dossier.Url}/Reporting", new Dictionary<string, string> { ["Input.AgencyLetterSentOn"] = DossierScenario.Iso(Today.AddMonths(-5)) }, "form[action$='handler=Letter']");
        using var coordinator = await _scenario.LoginAsync(DossierScenario.AtlasCoordinator);

        var (_, team) = await coordinator.GetPageAsync("/Team");
        var link = team.QuerySelectorAll("a").First(a => a.TextContent.Contains("te laat gemeld bij Sarah Peeters", StringComparison.Ordinal));
        var (_, list) = await coordinator.GetPageAsync(link.GetAttribute("href")!);
        var count = int.Parse(link.ChildNodes[0].TextContent, System.Globalization.CultureInfo.InvariantCulture);

        Assert.True(count >= 1);
        // "1 dossier" alone (run by itself this test's dossier is the only late one), "2 dossiers" with others.
        Assert.Contains(count == 1 ? "1 dossier" : $"{count} dossiers", Text(list, "main"), StringComparison.Ordinal);
        Assert.Equal(Math.Min(count, Pages.Team.DossiersModel.PageSize), list.QuerySelectorAll("table.table-caseload tbody tr").Length);
        Assert.Contains(list.QuerySelectorAll("table.table-caseload tbody tr"), row => row.TextContent.Contains(dossier.LastName, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(1, "De datum van de brief ligt in de toekomst.")]
    public async Task AgencyLetter_InTheFuture_ShowsTheMessageAndKeepsTheInput(int daysAhead, string message)
    {
        var dossier = await _scenario.RegisterAsync();
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);
        var typed = DossierScenario.Iso(Today.AddDays(daysAhead));

        var response = await client.SubmitFormAsync($"{dossier.Url}/Reporting", new Dictionary<string, string> { ["Input.AgencyLetterSentOn"] = typed }, "form[action$='handler=Letter']");
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, Text(page, "#Input_AgencyLetterSentOn-error"), StringComparison.Ordinal);
        Assert.Equal(typed, page.QuerySelector("#Input_AgencyLetterSentOn")?.GetAttribute("value"));
        Assert.Null((await _scenario.NewcomerAsync(dossier)).AgencyLetterSentOn);
    }

    [Fact]
    public async Task AgencyLetter_VoluntaryEuCitizen_IsRefusedNextToTheField()
    {
        var dossier = await _scenario.RegisterAsync(nationality: "PL", status: ResidenceStatus.FreeMovement);
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);

        var response = await client.SubmitFormAsync($"{dossier.Url}/Reporting", new Dictionary<string, string> { ["Input.AgencyLetterSentOn"] = DossierScenario.Iso(Today.AddDays(-3)) }, "form[action$='handler=Letter']");
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("alleen naar wie op die dag verplicht inburgert", Text(page, "#Input_AgencyLetterSentOn-error"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reported_AfterTheLetter_ShowsReportedInTimeAndLeavesTheLateList()
    {
        var dossier = await _scenario.RegisterAsync(registeredOn: Today.AddMonths(-5));
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);
        await client.SubmitFormAsync($"{dossier.Url}/Reporting", new Dictionary<string, string> { ["Input.AgencyLetterSentOn"] = DossierScenario.Iso(Today.AddMonths(-2)) }, "form[action$='handler=Letter']");

        var saved = await client.SubmitFormAsync($"{dossier.Url}/Reporting", new Dictionary<string, string> { ["Input.ReportedOn"] = DossierScenario.Iso(Today.AddDays(-1)) }, "form[action$='handler=Reported']");
        var (_, dossierPage) = await client.GetPageAsync(dossier.Url);
        var late = await CaseloadNamesAsync(client, $"Filter.LateReport=true&Filter.Search={dossier.LastName}");

        DossierScenario.AssertRedirectTo(saved, dossier);
        Assert.StartsWith("Gemeld op", Text(dossierPage, "[data-testid=report-state] .badge"), StringComparison.Ordinal);
        Assert.Empty(late);
    }

    [Fact]
    public async Task Situation_WorkStarts_ParticipationNoLongerOwedAndTheReasonIsInTheHistory()
    {
        var dossier = await _scenario.RegisterAsync();
        await _scenario.StartTrajectoryAsync(dossier);
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);

        var saved = await client.SubmitFormAsync($"{dossier.Url}/Situation", new Dictionary<string, string> { ["Input.Working"] = "true", ["Input.Reason"] = "Vast contract bij een bakkerij" });
        var (_, page) = await client.GetPageAsync(dossier.Url);
        var trajectory = await _scenario.TrajectoryAsync(dossier);

        DossierScenario.AssertRedirectTo(saved, dossier);
        Assert.True(trajectory.Working);
        Assert.False(trajectory.ParticipationDutyOn(Today).Mandatory);
        Assert.DoesNotContain(trajectory.CertificateProgress(Today).Missing, m => m.Kind == MissingConditionKind.ParticipationHoursMissing);
        Assert.Contains("Werkt: de 40 uur zijn niet verplicht.", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Vast contract bij een bakkerij", Text(page, "#history + ol"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Situation_WithoutReason_ShowsTheMessageAndChangesNothing()
    {
        var dossier = await _scenario.RegisterAsync();
        await _scenario.StartTrajectoryAsync(dossier);
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);

        var response = await client.SubmitFormAsync($"{dossier.Url}/Situation", new Dictionary<string, string> { ["Input.Working"] = "true", ["Input.Reason"] = "" });
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(Text(page, "#Input_Reason-error"));
        Assert.False((await _scenario.TrajectoryAsync(dossier)).Working);
    }

    [Fact]
    public async Task Stop_MovedAway_ClosesTheTrajectoryAndTheCaseloadLeavesItOutByDefault()
    {
        var dossier = await _scenario.RegisterAsync();
        await _scenario.StartTrajectoryAsync(dossier);
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);

        var saved = await client.SubmitFormAsync($"{dossier.Url}/Stop", new Dictionary<string, string> { ["Input.Reason"] = nameof(StopReason.MovedAway), ["Input.StoppedOn"] = DossierScenario.Iso(Today.AddDays(-2)) });
        var (_, page) = await client.GetPageAsync(dossier.Url);
        var byDefault = await CaseloadNamesAsync(client, $"Filter.Search={dossier.LastName}");
        var withClosed = await CaseloadNamesAsync(client, $"Filter.Search={dossier.LastName}&Filter.IncludeClosed=true");
        var trajectory = await _scenario.TrajectoryAsync(dossier);

        DossierScenario.AssertRedirectTo(saved, dossier);
        Assert.Equal(TrajectoryStatus.Stopped, trajectory.Status);
        Assert.Contains("Verhuisd buiten het werkgebied", Text(page, "[data-testid=trajectory-stopped]"), StringComparison.Ordinal);
        Assert.Empty(byDefault);
        Assert.Single(withClosed);
        Assert.All(Enum.GetValues<TrackKind>(), kind => Assert.NotEqual(TrackStatus.Running, trajectory.TrackOf(kind).Status));
    }

    [Fact]
    public async Task Stop_WithoutReasonOrInTheFuture_ShowsBothMessages()
    {
        var dossier = await _scenario.RegisterAsync();
        await _scenario.StartTrajectoryAsync(dossier);
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);

        var response = await client.SubmitFormAsync($"{dossier.Url}/Stop", new Dictionary<string, string> { ["Input.Reason"] = "", ["Input.StoppedOn"] = DossierScenario.Iso(Today.AddDays(1)) });
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Kies waarom het traject stopt.", Text(page, "#Input_Reason-error"));
        Assert.Equal("De stopdatum ligt in de toekomst.", Text(page, "#Input_StoppedOn-error"));
        Assert.Equal(TrajectoryStatus.Running, (await _scenario.TrajectoryAsync(dossier)).Status);
    }

    [Fact]
    public async Task Certificate_RealDateOfIssueInThePast_IsKeptAndTheB1DeadlineFollowsIt()
    {
        var dossier = await _scenario.RegisterAsync();
        await _scenario.StartTrajectoryAsync(dossier);
        await _scenario.MeetAllConditionsAsync(dossier);
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);
        var issuedOn = Today.AddDays(-10);

        var saved = await client.SubmitFormAsync($"{dossier.Url}/Certificate", new Dictionary<string, string> { ["IssuedOn"] = DossierScenario.Iso(issuedOn), ["Confirmed"] = "true" });
        var (_, page) = await client.GetPageAsync(dossier.Url);
        var trajectory = await _scenario.TrajectoryAsync(dossier);

        DossierScenario.AssertRedirectTo(saved, dossier);
        Assert.Equal(issuedOn, trajectory.CertificateIssuedOn);
        Assert.Equal(issuedOn.AddMonths(24), trajectory.OralB1DueOn);
        Assert.Contains(DossierScenario.Written(issuedOn.AddMonths(24)), Text(page, "#certificate + div"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Certificate_DateInTheFuture_ShowsTheMessageNextToTheDate()
    {
        var dossier = await _scenario.RegisterAsync();
        await _scenario.StartTrajectoryAsync(dossier);
        await _scenario.MeetAllConditionsAsync(dossier);
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);

        var response = await client.SubmitFormAsync($"{dossier.Url}/Certificate", new Dictionary<string, string> { ["IssuedOn"] = DossierScenario.Iso(Today.AddDays(1)), ["Confirmed"] = "true" });
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("De datum van uitreiking ligt in de toekomst.", Text(page, "#IssuedOn-error"));
        Assert.Null((await _scenario.TrajectoryAsync(dossier)).CertificateKind);
    }

    [Fact]
    public async Task DutchExam_OralLearner_FormOffersOnlyOralAndRefusesAWrittenResult()
    {
        var dossier = await _scenario.RegisterAsync();
        await _scenario.StartTrajectoryAsync(dossier, oralExam: true);

        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);

        var (_, form) = await client.GetPageAsync($"{dossier.Url}/Exams/Dutch");
        var response = await client.SubmitFormAsync($"{dossier.Url}/Exams/Dutch", new Dictionary<string, string> { ["Input.Level"] = "A2", ["Input.Mode"] = nameof(ExamMode.Written), ["Input.Date"] = DossierScenario.Iso(Today.AddDays(-400)) });
        var page = await PortalClient.ParseAsync(response);
        var earlier = await client.SubmitFormAsync($"{dossier.Url}/Exams/Dutch", new Dictionary<string, string> { ["Input.Level"] = "A1", ["Input.Passed"] = "true", ["Input.Date"] = DossierScenario.Iso(Today.AddDays(-400)) });
        var trajectory = await _scenario.TrajectoryAsync(dossier);

        Assert.Equal([nameof(ExamMode.Oral)], form.QuerySelectorAll("#Input_Mode option").Select(o => o.GetAttribute("value")));
        Assert.Contains("alleen een mondeling examen telt", Text(page, "#Input_Mode-error"), StringComparison.Ordinal);
        DossierScenario.AssertRedirectTo(earlier, dossier);
        Assert.Equal(Today.AddDays(-400), Assert.Single(trajectory.DutchExams).Date);
    }

    [Fact]
    public async Task OutOfScope_AsylumApplicant_NoIntakeFormNotListedAsIntakeToDoAndTheDossierSaysWhatIsPossible()
    {
        var dossier = await _scenario.RegisterAsync(status: ResidenceStatus.AsylumApplicant, registeredOn: Today.AddMonths(-1));
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);

        var (intake, _) = await client.GetPageAsync($"{dossier.Url}/Intake");
        var (_, page) = await client.GetPageAsync(dossier.Url);
        var withoutIntake = await CaseloadNamesAsync(client, $"Filter.WithoutIntake=true&Filter.Search={dossier.LastName}");
        var (_, all) = await client.GetPageAsync($"/Caseload?Filter.Search={dossier.LastName}");

        DossierScenario.AssertRedirectTo(intake, dossier);
        Assert.Empty(withoutIntake);
        Assert.Contains("Niet in de doelgroep", Text(all, "table.table-caseload tbody"), StringComparison.Ordinal);
        Assert.DoesNotContain("Intake nog te doen", Text(all, "table.table-caseload tbody"), StringComparison.Ordinal);
        Assert.Contains($"mogelijk sinds de aanvraag ({DossierScenario.Written(Today.AddMonths(-1))})", Text(page, "[data-testid=out-of-scope-options]"), StringComparison.Ordinal);
        Assert.Contains($"pas vanaf {DossierScenario.Written(Today.AddMonths(-1).AddMonths(4))}", Text(page, "[data-testid=out-of-scope-options]"), StringComparison.Ordinal);
        Assert.Null(page.QuerySelector($"a[href='{dossier.Url}/Intake']"));
    }

    [Fact]
    public async Task Enforcement_MissedDeadlineNoticeThenFine_RangeCheckedAndTheObligationStays()
    {
        var dossier = await _scenario.RegisterAsync(registeredOn: Today.AddMonths(-6));
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);
        await client.SubmitFormAsync($"{dossier.Url}/Reporting", new Dictionary<string, string> { ["Input.AgencyLetterSentOn"] = DossierScenario.Iso(Today.AddMonths(-5)) }, "form[action$='handler=Letter']");

        var notified = await client.SubmitFormAsync($"{dossier.Url}/Enforcement", new Dictionary<string, string> { ["Input.Reason"] = "MissedReportDeadline", ["Input.NotifiedOn"] = DossierScenario.Iso(Today.AddDays(-7)) }, "form[action$='handler=Notify']");
        var tooLow = await client.SubmitFormAsync($"{dossier.Url}/Enforcement", new Dictionary<string, string> { ["Input.Outcome"] = "Fine", ["Input.FineAmount"] = "40", ["Input.DecidedOn"] = DossierScenario.Iso(Today) }, "form[action*='handler=Decide']");
        var tooLowPage = await PortalClient.ParseAsync(tooLow);
        var fined = await client.SubmitFormAsync($"{dossier.Url}/Enforcement", new Dictionary<string, string> { ["Input.Outcome"] = "Fine", ["Input.FineAmount"] = "250", ["Input.DecidedOn"] = DossierScenario.Iso(Today) }, "form[action*='handler=Decide']");
        var (_, page) = await client.GetPageAsync(dossier.Url);
        var newcomer = await _scenario.NewcomerAsync(dossier);
        using var db = factory.CreateDbContext();
        var notice = await db.Set<Domain.Enforcement.EnforcementNotice>().SingleAsync(n => EF.Property<NewcomerId>(n, "NewcomerId") == dossier.Id);

        DossierScenario.AssertRedirectTo(notified, dossier);
        Assert.Equal(HttpStatusCode.OK, tooLow.StatusCode);
        Assert.Equal("Een boete ligt tussen € 50 en € 5000.", Text(tooLowPage, "#Input_FineAmount-error"));
        DossierScenario.AssertRedirectTo(fined, dossier);
        Assert.Equal((Domain.Enforcement.EnforcementOutcome.Fine, 250m), (notice.Outcome, notice.FineAmount!.Value));
        Assert.Contains("Boete € 250", Text(page, "[data-testid=enforcement-notice]"), StringComparison.Ordinal);
        Assert.Equal("Verplicht", Text(page, "[data-testid=obligation-class]"));
        Assert.Equal(ObligationClass.Obligated, newcomer.Obligation(Today).Class);
    }

    [Fact]
    public async Task Enforcement_BeforeTheDeadlinePassed_IsRefusedNextToTheReason()
    {
        var dossier = await _scenario.RegisterAsync();
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);
        await client.SubmitFormAsync($"{dossier.Url}/Reporting", new Dictionary<string, string> { ["Input.AgencyLetterSentOn"] = DossierScenario.Iso(Today.AddDays(-10)) }, "form[action$='handler=Letter']");

        var response = await client.SubmitFormAsync($"{dossier.Url}/Enforcement", new Dictionary<string, string> { ["Input.Reason"] = "MissedReportDeadline", ["Input.NotifiedOn"] = DossierScenario.Iso(Today) }, "form[action$='handler=Notify']");
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("nog niet (zonder melding) verstreken", Text(page, "#Input_Reason-error"), StringComparison.Ordinal);
        Assert.Empty((await _scenario.NewcomerAsync(dossier)).Enforcement);
    }

    [Fact]
    public async Task LegalTimeline_Dossier_ShowsEachDateWithItsRuleSourceAndFacts()
    {
        var dossier = await _scenario.RegisterAsync(registeredOn: Today.AddMonths(-5));
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);
        var letterOn = Today.AddMonths(-4);
        await client.SubmitFormAsync($"{dossier.Url}/Reporting", new Dictionary<string, string> { ["Input.AgencyLetterSentOn"] = DossierScenario.Iso(letterOn) }, "form[action$='handler=Letter']");
        await _scenario.StartTrajectoryAsync(dossier, intakeOn: Today.AddDays(-20));

        var (_, page) = await client.GetPageAsync(dossier.Url);
        var rows = page.QuerySelectorAll("[data-testid=legal-timeline] tbody tr").ToDictionary(r => r.GetAttribute("data-kind")!, r => r.TextContent);

        Assert.Contains("Regel meldingstermijn", rows["ReportDeadline"], StringComparison.Ordinal);
        Assert.Contains(DossierScenario.Written(letterOn.AddMonths(3)), rows["ReportDeadline"], StringComparison.Ordinal);
        Assert.Contains($"Brief verstuurd op: {DossierScenario.Written(letterOn)}", rows["ReportDeadline"], StringComparison.Ordinal);
        Assert.Contains("Verblijfsstatuut: Erkend vluchteling", rows["MayWorkFrom"], StringComparison.Ordinal);
        Assert.Contains("Gewest: Vlaams Gewest", rows["Fee"], StringComparison.Ordinal);
        Assert.DoesNotContain("AgencyLetterSentOn", page.QuerySelector("[data-testid=legal-timeline]")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("RecognisedRefugee", page.QuerySelector("[data-testid=legal-timeline]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Regel participatieplicht", rows["ParticipationDuty"], StringComparison.Ordinal);
        Assert.Contains("Regel bijdrage MO en NT2", rows["Fee"], StringComparison.Ordinal);
        Assert.Contains("Bijdrage MO en NT2: € 360", rows["Fee"], StringComparison.Ordinal);
        Assert.Contains("Regel termijnen (VDAB-inschrijving)", rows["VdabRegistrationDue"], StringComparison.Ordinal);
        Assert.Contains("Regel werkvergunning", rows["MayWorkFrom"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nl", "Je traject startte op")]
    [InlineData("ar", "بدأ مسارك في")]
    public async Task LegalTimeline_Newcomer_SeesTheDatesInPlainLanguage(string culture, string started)
    {
        using var client = await _scenario.LoginAsync(DossierScenario.NewcomerAccount);

        var (response, page) = await client.GetPageAsync($"/MyTrajectory?culture={culture}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(page.QuerySelectorAll("[data-testid=my-timeline] li"), li => li.TextContent.StartsWith(started, StringComparison.Ordinal));
        Assert.DoesNotContain("Rule", Text(page, "[data-testid=my-timeline]"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Reporting")]
    [InlineData("Situation")]
    [InlineData("Stop")]
    [InlineData("Enforcement")]
    public async Task StaffForms_TheNewcomerOnTheirOwnDossier_AreForbidden(string form)
    {
        using var db = factory.CreateDbContext();
        var own = await db.Newcomers.Where(n => n.Person.Email == DossierScenario.NewcomerAccount).Select(n => n.Id).SingleAsync();
        using var client = await _scenario.LoginAsync(DossierScenario.NewcomerAccount);

        var (response, _) = await client.GetPageAsync($"/Dossiers/{own}/{form}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
