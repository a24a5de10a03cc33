using System.Globalization;
using Inburgering.DemoData;
using Inburgering.Domain.Newcomers;
using Inburgering.Domain.Trajectories;
using Inburgering.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Inburgering.BrowserTests.Journeys;

/// <summary>
/// An obligated newcomer who misses the report deadline, through to a closed trajectory: the letter, "te laat gemeld"
/// in the caseload, a notice to the enforcement service, the report, the intake, the attest with its real date of
/// issue, and the trajectory closed. Every page passes axe; the newcomer's page is kept at 360 px in Dutch and Arabic.
/// </summary>
public sealed class TrajectoryOverTimeJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl");

    private static DateOnly Today => TimeProvider.System.Today();

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Written(DateOnly date) => date.ToString("d MMM yyyy", Dutch);

    private static ILocator Button(IPage page, string name) => page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true });

    private static ILocator Link(IPage page, string name) => page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true });

    private static async Task VisitedAsync(IPage page, string name)
    {
        await page.ScreenshotAsync(name);
        await page.AssertAccessibleAsync();
    }

    private async Task<(NewcomerId Id, string FullName)> ObligatedNewcomerAsync()
    {
        using var db = browser.Portal.CreateDbContext();
        var caseWorker = await db.Users.Where(u => u.Email == DemoDataSeeder.CaseWorkerEmail).Select(u => new { u.Id, u.OfficeId }).SingleAsync();
        var office = await db.Offices.SingleAsync(o => o.Id == caseWorker.OfficeId);
        var lastName = $"Termijn{Guid.NewGuid().ToString("N")[..6]}";
        var person = new PersonalData { FirstName = "Omar", LastName = lastName, BirthDate = new DateOnly(1992, 6, 1), Gender = Gender.Male, Nationality = "SY", Municipality = "Antwerpen" };
        var registeredOn = Today.AddMonths(-6);
        var newcomer = Newcomer.Register(NewcomerId.New(), DossierNumber.Create(Random.Shared), person, new Residence(ResidenceStatus.RecognisedRefugee, registeredOn, registeredOn.AddMonths(-8), protectionGrantedOn: registeredOn.AddDays(-10)), office, caseWorker.Id, Today);
        db.Newcomers.Add(newcomer);
        await db.SaveChangesAsync();
        return (newcomer.Id, person.FullName);
    }

    /// <summary>The exams and the VDAB registration, as the case worker would have logged them: the attest's conditions.</summary>
    private async Task MeetConditionsAsync(NewcomerId id)
    {
        using var db = browser.Portal.CreateDbContext();
        var trajectory = await db.Trajectories.Include(t => t.Actions).Include(t => t.SocialOrientationTests).Include(t => t.DutchExams).SingleAsync(t => t.NewcomerId == id);
        var on = Today.AddDays(-6);
        trajectory.RecordSocialOrientationTest(on, 20, 10, Today);
        trajectory.RecordDutchExam(on, CefrLevel.A2, ExamMode.Written, passed: true, Today);
        if (trajectory.Work.Status == TrackStatus.Running)
        {
            // Actions are dated from the intake (today) on; exam results may be older.
            trajectory.LogAction(new ActionDetails { Track = TrackKind.Work, Type = ActionType.Registration, Date = Today }, done: true, outcome: null, Today);
        }

        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task ObligatedNewcomer_MissesTheReportDeadline_IsNotifiedThenCertifiedWithTheRealDateAndClosed()
    {
        var (id, fullName) = await ObligatedNewcomerAsync();
        var page = await browser.NewPageAsync();
        await page.LoginAsync(DemoDataSeeder.CaseWorkerEmail);

        // The agency's letter, four months ago: the deadline has passed.
        var letterOn = Today.AddMonths(-4);
        await page.GotoAsync($"/Dossiers/{id}");
        await Link(page, "Brief of melding registreren").ClickAsync();
        await VisitedAsync(page, "overtime-01-reporting");
        await page.GetByLabel("Brief verstuurd op").FillAsync(Iso(letterOn));
        await Button(page, "Brief registreren").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("De brief is geregistreerd; de meldingstermijn loopt.");
        await Assertions.Expect(page.GetByTestId("report-state")).ToContainTextAsync($"Te laat gemeld: termijn verstreken op {Written(letterOn.AddMonths(3))}");
        await VisitedAsync(page, "overtime-02-dossier-late");

        // Overdue in the caseload.
        await page.GotoAsync($"/Caseload?Filter.LateReport=true&Filter.Overdue=true&Filter.Search={Uri.EscapeDataString(fullName.Split(' ')[1])}");
        var row = page.Locator("table.table-caseload tbody tr");
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(row).ToContainTextAsync("Te laat gemeld");
        await Assertions.Expect(row).ToContainTextAsync("Achterstallig");
        await VisitedAsync(page, "overtime-03-caseload-late");

        // A notice to the enforcement service.
        await page.GotoAsync($"/Dossiers/{id}");
        await Link(page, "Handhaving").ClickAsync();
        await page.GetByLabel("Reden").SelectOptionAsync(new SelectOptionValue { Label = "Niet gemeld binnen de termijn" });
        await VisitedAsync(page, "overtime-04-enforcement");
        await Button(page, "Melding registreren").ClickAsync();
        await Assertions.Expect(page.GetByTestId("enforcement-notice")).ToContainTextAsync("Niet gemeld binnen de termijn");

        // The intake is the (late) report; the plan starts.
        await Link(page, "Intake starten").ClickAsync();
        await VisitedAsync(page, "overtime-05-intake");
        foreach (var answer in new[] { "Professioneel", "Secundair onderwijs", "Kan lezen en schrijven", "Nog geen", "Geen buitenlands diploma" })
        {
            await page.GetByRole(AriaRole.Radio, new() { Name = answer, Exact = true }).CheckAsync();
        }

        await page.Locator("#Input_Goals").CheckAsync(); // the first goal, Nederlands (a barrier has that name too)
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Overdag", Exact = true }).CheckAsync();
        await Button(page, "Intake afronden en plan starten").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("De intake is afgerond en het plan is gestart.");
        await Assertions.Expect(page.GetByTestId("report-state")).ToContainTextAsync($"Te laat gemeld op {Written(Today)}");
        await VisitedAsync(page, "overtime-06-dossier-planned");

        // Work starts: the participation hours are no longer owed; MO, NT2 and VDAB are done.
        await Link(page, "Werk of studie wijzigen").ClickAsync();
        await page.GetByLabel("Werkt nu").CheckAsync();
        await page.GetByLabel("Reden").FillAsync("Vast contract in een bakkerij");
        await VisitedAsync(page, "overtime-07-situation");
        await Button(page, "Wijziging opslaan").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("niet meer verplicht (werkt)");
        await MeetConditionsAsync(id);

        // The attest with its real date of issue: a day before the trajectory started (the intake, today) is refused
        // next to the field; the day of issue is accepted and the B1 deadline follows it.
        await page.GotoAsync($"/Dossiers/{id}/Certificate");
        await page.GetByLabel("Datum van uitreiking").FillAsync(Iso(Today.AddDays(-3)));
        await page.GetByLabel("Ik bevestig dat het attest uitgereikt is op de datum hierboven.").CheckAsync();
        await Button(page, "Attest uitreiken").ClickAsync();
        await Assertions.Expect(page.Locator("#IssuedOn-error")).ToHaveTextAsync("De datum van uitreiking ligt vóór de start van het traject.");
        await Assertions.Expect(page.Locator("[data-error-summary] a[href='#IssuedOn']")).ToHaveTextAsync("De datum van uitreiking ligt vóór de start van het traject.");
        await VisitedAsync(page, "overtime-08-certificate-refused");
        var issuedOn = Today;
        await page.GetByLabel("Datum van uitreiking").FillAsync(Iso(issuedOn));
        await page.GetByLabel("Ik bevestig dat het attest uitgereikt is op de datum hierboven.").CheckAsync();
        await Button(page, "Attest uitreiken").ClickAsync();
        await Assertions.Expect(page.Locator("#certificate + div")).ToContainTextAsync(Written(issuedOn));
        await Assertions.Expect(page.Locator("#certificate + div")).ToContainTextAsync(Written(issuedOn.AddMonths(24)));
        await Assertions.Expect(page.GetByTestId("legal-timeline")).ToContainTextAsync("Regel mondeling B1");
        await VisitedAsync(page, "overtime-09-dossier-certified");

        // Closed: the caseload leaves it out unless asked.
        await page.GotoAsync($"/Caseload?Filter.Search={Uri.EscapeDataString(fullName.Split(' ')[1])}");
        await Assertions.Expect(page.Locator("table.table-caseload tbody tr")).ToHaveCountAsync(0);
        await page.GotoAsync($"/Caseload?Filter.Search={Uri.EscapeDataString(fullName.Split(' ')[1])}&Filter.IncludeClosed=true");
        await Assertions.Expect(page.Locator("table.table-caseload tbody tr")).ToContainTextAsync("Afgesloten");

        // The coordinator's report counts the notice (small figures shown as "<5").
        var coordinator = await browser.NewPageAsync();
        await coordinator.LoginAsync(DemoDataSeeder.CoordinatorEmail);
        await coordinator.GotoAsync("/Reports/Enforcement");
        await Assertions.Expect(coordinator.Locator("#enforcement")).ToBeVisibleAsync();
        await VisitedAsync(coordinator, "overtime-10-report");

        // The newcomer's own page on a phone, in Dutch and Arabic, with the plain-language timeline.
        var phone = await browser.NewPageAsync(360, 740);
        await phone.LoginAsync(DemoDataSeeder.NewcomerEmail);
        await Assertions.Expect(phone.GetByTestId("my-timeline")).ToBeVisibleAsync();
        Assert.True(await phone.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "no sideways scrolling at 360 px");
        await VisitedAsync(phone, "overtime-11-newcomer-nl-360");
        await phone.GotoAsync("/MyTrajectory?culture=ar");
        await Assertions.Expect(phone.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
        Assert.True(await phone.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "no sideways scrolling in Arabic");
        await VisitedAsync(phone, "overtime-12-newcomer-ar-360");
    }
}
