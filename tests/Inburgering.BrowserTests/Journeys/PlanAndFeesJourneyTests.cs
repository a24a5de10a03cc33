using Inburgering.DemoData;
using Inburgering.Domain.Newcomers;
using Inburgering.Domain.Rules;
using Inburgering.Domain.Trajectories;
using Inburgering.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Inburgering.BrowserTests.Journeys;

/// <summary>
/// A case worker records the contribution (a payment refused, then an exemption) and changes the plan (NT2 stopped with a
/// reason); the dossier shows it on the card and on the legal timeline. Every page at 1280, 768 and 360 px passes axe;
/// the newcomer sees the change of plan and what moved on their phone, in Dutch and Arabic.
/// </summary>
public sealed class PlanAndFeesJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly int[] Widths = [1280, 768, 360];

    private static DateOnly Today => TimeProvider.System.Today();

    private static ILocator Button(IPage page, string name) => page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true });

    private static async Task VisitedAsync(IPage page, string name)
    {
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), $"{name}: no sideways scrolling");
        await page.ScreenshotAsync(name);
        await page.AssertAccessibleAsync();
    }

    /// <summary>An obligated newcomer of Sarah's with a contract of two months ago (the contribution is due) and all four tracks running.</summary>
    private async Task<NewcomerId> ContractAsync()
    {
        using var db = browser.Portal.CreateDbContext();
        var caseWorker = await db.Users.Where(u => u.Email == DemoDataSeeder.CaseWorkerEmail).Select(u => new { u.Id, u.OfficeId }).SingleAsync();
        var office = await db.Offices.SingleAsync(o => o.Id == caseWorker.OfficeId);
        var person = new PersonalData { FirstName = "Layla", LastName = $"Plan{Guid.NewGuid().ToString("N")[..6]}", BirthDate = new DateOnly(1994, 2, 3), Gender = Gender.Female, Nationality = "AF", Municipality = "Antwerpen" };
        var registeredOn = Today.AddMonths(-5);
        var newcomer = Newcomer.Register(NewcomerId.New(), DossierNumber.Create(Random.Shared), person, new Residence(ResidenceStatus.RecognisedRefugee, registeredOn, registeredOn.AddMonths(-8), protectionGrantedOn: registeredOn.AddDays(-10)), office, caseWorker.Id, Today);
        var intakeOn = Today.AddMonths(-2);
        newcomer.RecordContract(intakeOn);
        var trajectory = Trajectory.StartIntegration(
            newcomer.Participant,
            new Intake { CompletedOn = intakeOn, Goals = Goals.Dutch | Goals.Work },
            new TrackPlan { StartSocialOrientation = true, StartDutchLanguage = true, StartWork = true, VdabRequired = true, StartParticipation = true },
            newcomer.Obligation(intakeOn),
            newcomer.WorkPermission(intakeOn),
            intakeOn);
        db.Newcomers.Add(newcomer);
        db.Trajectories.Add(trajectory);
        await db.SaveChangesAsync();
        return newcomer.Id;
    }

    [Fact]
    public async Task CaseWorker_RecordsTheContributionAndChangesThePlan_AtEveryWidth()
    {
        var id = await ContractAsync();
        var dossier = $"/Dossiers/{id}";
        foreach (var width in Widths)
        {
            var page = await browser.NewPageAsync(width, 900);
            await page.LoginAsync(DemoDataSeeder.CaseWorkerEmail);

            await page.GotoAsync($"{dossier}/Fees/Pay");
            await VisitedAsync(page, $"fees-01-pay-{width}");
            await page.GetByLabel("Onderdeel").SelectOptionAsync("SocialOrientation");
            await page.GetByLabel("Bedrag").FillAsync("500");
            await Button(page, "Betaling bewaren").ClickAsync();
            await Assertions.Expect(page.Locator("#Input_Amount-error")).ToContainTextAsync("€ 180");
            await VisitedAsync(page, $"fees-02-pay-refused-{width}");

            await page.GotoAsync($"{dossier}/Fees/Exempt");
            await VisitedAsync(page, $"fees-03-exempt-{width}");

            await page.GotoAsync($"{dossier}/Plan?track=DutchLanguage");
            await VisitedAsync(page, $"plan-01-form-{width}");
        }

        var caseWorker = await browser.NewPageAsync();
        await caseWorker.LoginAsync(DemoDataSeeder.CaseWorkerEmail);
        await caseWorker.GotoAsync($"{dossier}/Fees/Exempt");
        await caseWorker.GetByLabel("Grond van vrijstelling").SelectOptionAsync("IntegrationIncome");
        await caseWorker.GetByLabel("Reden").FillAsync("Attest OCMW Antwerpen");
        await Button(caseWorker, "Vrijstelling bewaren").ClickAsync();
        await Assertions.Expect(caseWorker.GetByTestId("fee-DutchLanguage")).ToContainTextAsync("Vrijgesteld");

        await caseWorker.GotoAsync($"{dossier}/Plan?track=DutchLanguage");
        await caseWorker.GetByLabel("Wat verandert er?").SelectOptionAsync("Stop");
        await caseWorker.GetByLabel("Reden").FillAsync("Zorg voor een ziek kind");
        await Button(caseWorker, "Plan wijzigen").ClickAsync();
        await Assertions.Expect(caseWorker.GetByText("Spoor gestopt – Zorg voor een ziek kind")).ToBeVisibleAsync();
        await Assertions.Expect(caseWorker.GetByTestId("timeline-moves")).ToContainTextAsync("Oorzaak: bijdrage: vrijstelling of betaling");
        await VisitedAsync(caseWorker, "plan-02-dossier-1280");
    }

    [Fact]
    public async Task Newcomer_SeesTheChangeOfPlanAndWhatMoved_OnAPhoneInDutchAndArabic()
    {
        using (var db = browser.Portal.CreateDbContext())
        {
            var own = await db.Newcomers.SingleAsync(n => n.Person.Email == DemoDataSeeder.NewcomerEmail);
            var trajectory = (await db.LoadTrajectoryAsync(own.Id, null, CancellationToken.None))!;
            var watch = new TimelineWatch(own, trajectory, Today);
            trajectory.ChangeObjective(TrackKind.Work, TrackObjective.Of(trajectory) with { VdabRequired = !trajectory.Work.VdabRequired, WorkRoute = WorkRoute.VocationalTraining }, "Opleiding lasser", own.WorkPermission(Today), Today);
            watch.Finish();
            await db.SaveChangesAsync();
        }

        var phone = await browser.NewPageAsync(360, 740);
        await phone.LoginAsync(DemoDataSeeder.NewcomerEmail);

        await Assertions.Expect(phone.GetByTestId("my-plan")).ToContainTextAsync("het doel van Werk is aangepast.");
        await Assertions.Expect(phone.GetByTestId("my-moves")).ToContainTextAsync("je plan werd aangepast");
        await VisitedAsync(phone, "plan-03-newcomer-nl-360");
        await phone.GotoAsync("/MyTrajectory?culture=ar");
        await Assertions.Expect(phone.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
        await Assertions.Expect(phone.GetByTestId("my-moves")).ToContainTextAsync("تم تعديل خطتك");
        await VisitedAsync(phone, "plan-04-newcomer-ar-360");
    }
}
