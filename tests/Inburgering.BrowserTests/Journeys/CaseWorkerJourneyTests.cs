using System.Globalization;
using System.Text.RegularExpressions;
using Inburgering.DemoData;
using Inburgering.Web.Infrastructure;
using Microsoft.Playwright;

namespace Inburgering.BrowserTests.Journeys;

/// <summary>
/// A case worker's day with a new newcomer, in Chromium: register, intake and plan, three actions, the MO test,
/// and the dossier that says what is still missing for the attest. Every page passes axe and is kept as a screenshot.
/// </summary>
public sealed partial class CaseWorkerJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl");

    private static DateOnly Today => TimeProvider.System.Today();

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Written(DateOnly date) => date.ToString("d MMM yyyy", Dutch);

    /// <summary>
    /// Keeps a screenshot of the page as the case worker sees it, checks it with axe, and checks that it and
    /// its tables fit the window without scrolling sideways.
    /// </summary>
    private static async Task VisitedAsync(IPage page, string name)
    {
        await page.ScreenshotAsync(name);
        await page.AssertAccessibleAsync();
        var widths = await page.EvaluateAsync<int[]>(
            "() => [document.documentElement.scrollWidth, window.innerWidth, ...[...document.querySelectorAll('.table-responsive')].map(t => t.scrollWidth - t.clientWidth)]");
        Assert.True(widths[0] <= widths[1], $"{page.Url} is {widths[0]} px wide in a {widths[1]} px window");
        // One pixel is the rounding of fractional column widths, not hidden content.
        Assert.True(widths.Skip(2).All(hidden => hidden <= 1), $"a table on {page.Url} hides {widths.Skip(2).DefaultIfEmpty().Max()} px to the side");
    }

    private static ILocator Button(IPage page, string name) => page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true });

    private static ILocator Link(IPage page, string name) => page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true });

    private static ILocator Field(IPage page, string label) => page.GetByLabel(label, new() { Exact = true });

    private static ILocator Heading(IPage page, string name, int level = 1) => page.GetByRole(AriaRole.Heading, new() { Name = name, Level = level, Exact = true });

    [GeneratedRegex(@"/Dossiers/[0-9a-f-]{36}(#.*)?$")]
    private static partial Regex DossierUrl();

    [Fact]
    public async Task CaseWorker_RegistersPlansLogsAndTests_DossierShowsTheAttestProgress()
    {
        var page = await browser.NewPageAsync();
        var lastName = $"Journey{Guid.NewGuid().ToString("N")[..6]}";
        var fullName = $"Samira {lastName}";

        // Caseload
        await page.LoginAsync(DemoDataSeeder.CaseWorkerEmail);
        await Assertions.Expect(Heading(page, "Mijn dossiers")).ToBeVisibleAsync();
        await VisitedAsync(page, "journey-01-caseload");

        // Register: a date that cannot be is refused next to its field, what was typed stays
        await Link(page, "Nieuw dossier").ClickAsync();
        await Assertions.Expect(Heading(page, "Nieuw dossier")).ToBeVisibleAsync();
        await VisitedAsync(page, "journey-02-register");
        await page.GetByLabel("Voornaam").FillAsync("Samira");
        await page.GetByLabel("Familienaam").FillAsync(lastName);
        await page.GetByLabel("Geboortedatum").FillAsync(Iso(Today.AddDays(3)));
        await page.GetByLabel("Geslacht").SelectOptionAsync(new SelectOptionValue { Label = "Vrouw" });
        await page.GetByLabel("Nationaliteit").SelectOptionAsync(new SelectOptionValue { Label = "Syrië" });
        await page.GetByLabel("Talen").FillAsync("Arabisch, Engels");
        await Field(page, "Gemeente").SelectOptionAsync("Antwerpen");
        await page.GetByLabel("Verblijfsstatuut").SelectOptionAsync(new SelectOptionValue { Label = "Erkend vluchteling" });
        await page.GetByLabel("Ingeschreven in de gemeente op").FillAsync(Iso(Today.AddDays(-30)));
        await page.GetByLabel("Asielaanvraag ingediend op").FillAsync(Iso(Today.AddMonths(-10)));
        await page.GetByLabel("Bescherming toegekend op").FillAsync(Iso(Today.AddDays(-45)));
        await Button(page, "Dossier aanmaken").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Er is een probleem");
        await Assertions.Expect(page.Locator("[data-error-summary]")).ToBeFocusedAsync();
        await Assertions.Expect(page).ToHaveTitleAsync(new Regex("^Fout: Nieuw dossier"));
        await Assertions.Expect(page.GetByLabel("Geboortedatum")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.Locator("#Input_BirthDate-error")).ToHaveTextAsync("De geboortedatum moet in het verleden liggen.");
        await Assertions.Expect(page.GetByLabel("Familienaam")).ToHaveValueAsync(lastName);
        await VisitedAsync(page, "journey-03-register-error");
        await page.GetByLabel("Geboortedatum").FillAsync("1991-04-12");
        await Button(page, "Dossier aanmaken").ClickAsync();

        // The new dossier: obligated, may work, intake still to do
        await Assertions.Expect(Heading(page, fullName)).ToBeVisibleAsync();
        await Assertions.Expect(page).ToHaveURLAsync(DossierUrl());
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("is aangemaakt.");
        await Assertions.Expect(page.GetByText("Verplicht", new() { Exact = true })).ToBeVisibleAsync();
        await VisitedAsync(page, "journey-04-dossier-registered");

        // Intake and plan: MO, work and participation start now; NT2 later
        await Link(page, "Intake starten").ClickAsync();
        await Assertions.Expect(Heading(page, $"Intake en plan voor {fullName}")).ToBeVisibleAsync();
        await VisitedAsync(page, "journey-05-intake");

        // Nothing is answered for her: sent as it is, the form asks each question once, in a summary that has the focus
        await Button(page, "Intake afronden en plan starten").ClickAsync();
        var summary = page.Locator("[data-error-summary]");
        await Assertions.Expect(summary).ToBeFocusedAsync();
        await Assertions.Expect(page).ToHaveTitleAsync(new Regex($"^Fout: Intake en plan – {fullName}"));
        await Assertions.Expect(summary.GetByRole(AriaRole.Link)).ToHaveCountAsync(7);
        await VisitedAsync(page, "journey-05-intake-errors");
        await summary.GetByRole(AriaRole.Link, new() { Name = "Kies het opleidingsniveau." }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Radio, new() { Name = "Geen scholing", Exact = true })).ToBeFocusedAsync();
        await page.GetByRole(AriaRole.Radio, new() { Name = "Professioneel", Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Werk", Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Kinderopvang", Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Radio, new() { Name = "Secundair onderwijs", Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Radio, new() { Name = "Kan lezen en schrijven", Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Radio, new() { Name = "Nog geen", Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Radio, new() { Name = "Geen buitenlands diploma", Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Overdag", Exact = true }).CheckAsync();
        await page.GetByLabel("Werkervaring").FillAsync("Kapster, 5 jaar");
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Nu starten (Maatschappelijke oriëntatie)" }).CheckAsync();
        await page.GetByLabel("Cursustaal MO").FillAsync("Arabisch");
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Nu starten (NT2 (Nederlands))" }).UncheckAsync();
        await Assertions.Expect(page.GetByLabel("Leerprofiel")).ToBeHiddenAsync(); // asked only when NT2 starts now
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Nu starten (Werk)" }).CheckAsync();
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Nu starten (Participatie)" }).CheckAsync();
        await Button(page, "Intake afronden en plan starten").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("De intake is afgerond en het plan is gestart.");
        var tracks = page.GetByRole(AriaRole.Region, new() { Name = "Sporen", Exact = true });
        await Assertions.Expect(tracks.GetByRole(AriaRole.Region, new() { Name = "NT2 (Nederlands)", Exact = true })).ToContainTextAsync("Nog niet gestart");
        await Assertions.Expect(tracks.GetByRole(AriaRole.Region, new() { Name = "Participatie", Exact = true })).ToContainTextAsync("Loopt");
        await VisitedAsync(page, "journey-06-dossier-planned");

        // Action 1: a referral to VDAB on the work track
        await Link(page, "Actie (Werk)").ClickAsync();
        await Assertions.Expect(Heading(page, $"Actie loggen voor {fullName}")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Spoor")).ToHaveValueAsync("Work");
        await VisitedAsync(page, "journey-07-log-referral");
        await page.GetByLabel("Soort actie").SelectOptionAsync(new SelectOptionValue { Label = "Doorverwijzing" });
        await page.GetByLabel("Partner").SelectOptionAsync(new SelectOptionValue { Label = "VDAB" });
        await page.GetByLabel("Uitkomst").FillAsync("Afspraak bij de VDAB-consulent gemaakt");
        await page.GetByRole(AriaRole.Radio, new() { Name = "Ja, uitgevoerd" }).CheckAsync();
        await Button(page, "Actie bewaren").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("De actie is gelogd.");

        // Action 2: a participation activity; hours below zero are refused first
        await Link(page, "Actie (Participatie)").ClickAsync();
        await Assertions.Expect(page.GetByLabel("Uren")).ToBeHiddenAsync(); // asked only for a participation activity
        await page.GetByLabel("Soort actie").SelectOptionAsync(new SelectOptionValue { Label = "Participatieactiviteit" });
        await page.GetByRole(AriaRole.Radio, new() { Name = "Ja, uitgevoerd" }).CheckAsync();
        await page.GetByLabel("Uren").FillAsync("-1");
        await page.GetByLabel("Notitie").FillAsync("Vrijwilliger in de bibliotheek van Deurne");
        await Button(page, "Actie bewaren").ClickAsync();
        await Assertions.Expect(page.Locator("#Input_Hours-error")).ToHaveTextAsync("Vul een aantal uren in groter dan 0 en hoogstens 40.");
        await Assertions.Expect(page.GetByLabel("Notitie")).ToHaveValueAsync("Vrijwilliger in de bibliotheek van Deurne");
        await VisitedAsync(page, "journey-08-log-participation-error");
        await page.GetByLabel("Uren").FillAsync("6,5");
        await Button(page, "Actie bewaren").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("De actie is gelogd.");

        // Action 3: she started working
        await Link(page, "Actie (Werk)").ClickAsync();
        await page.GetByLabel("Soort actie").SelectOptionAsync(new SelectOptionValue { Label = "Aan het werk" });
        await Assertions.Expect(page.GetByLabel("Datum", new() { Exact = true })).ToHaveValueAsync(Iso(Today));
        await page.GetByRole(AriaRole.Radio, new() { Name = "Ja, uitgevoerd" }).CheckAsync();
        await Button(page, "Actie bewaren").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("De actie is gelogd.");

        // The MO test, passed
        await Link(page, "Testresultaat").ClickAsync();
        await Assertions.Expect(Heading(page, $"Test maatschappelijke oriëntatie van {fullName}")).ToBeVisibleAsync();
        await page.GetByLabel("Score praktisch deel (op 30)").FillAsync("22");
        await page.GetByLabel("Score normen en waarden (op 11)").FillAsync("10");
        await VisitedAsync(page, "journey-09-mo-test");
        await Button(page, "Resultaat bewaren").ClickAsync();

        // The dossier says what is done and exactly what is still missing for the attest
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Het resultaat is bewaard: geslaagd.");
        await Assertions.Expect(tracks.GetByRole(AriaRole.Region, new() { Name = "Maatschappelijke oriëntatie", Exact = true })).ToContainTextAsync("Afgerond");
        await Assertions.Expect(tracks.GetByRole(AriaRole.Region, new() { Name = "Participatie", Exact = true })).ToContainTextAsync("0 van 40 uur"); // logged, not yet confirmed by the organisation or signed by her
        await Assertions.Expect(tracks.GetByRole(AriaRole.Region, new() { Name = "Werk", Exact = true })).ToContainTextAsync($"Aan het werk sinds {Written(Today)}");
        var missing = page.GetByTestId("missing-conditions").GetByRole(AriaRole.Listitem);
        await Assertions.Expect(missing).ToHaveTextAsync(new Regex[]
        {
            new(Regex.Escape("Nog geen geslaagd NT2-examen op niveau A2.")),
            new(@"^Nog niet ingeschreven bij VDAB \(termijn: \d+ \w+\.? \d{4}\)\.$"),
            new(Regex.Escape("Nog 40 uur participatie (met ondertekend bewijs).")),
        });
        var actions = page.GetByRole(AriaRole.Table, new() { Name = "Opvolgacties van het dossier, nieuwste eerst" }).GetByRole(AriaRole.Row);
        await Assertions.Expect(actions).ToHaveCountAsync(4);
        await Assertions.Expect(actions.Filter(new() { HasText = "Doorverwijzing → VDAB" })).ToHaveCountAsync(1);
        await Assertions.Expect(actions.Filter(new() { HasText = "Participatieactiviteit · 6,5 u" })).ToHaveCountAsync(1);
        await Assertions.Expect(actions.Filter(new() { HasText = "Aan het werk" })).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = "Geschiedenis" })).ToContainTextAsync("Sarah Peeters · Test MO geregistreerd: geslaagd");
        await VisitedAsync(page, "journey-10-dossier-1280");

        await page.SetViewportSizeAsync(768, 1024);
        await VisitedAsync(page, "journey-11-dossier-768");
    }

    [Fact]
    public async Task CaseWorker_AtTabletWidth_EveryDossierPageIsAccessible()
    {
        var page = await browser.NewPageAsync(768, 1024);
        await page.LoginAsync(DemoDataSeeder.CaseWorkerEmail);
        await page.GotoAsync("/Caseload?Filter.Search=haddad");
        await VisitedAsync(page, "tablet-01-caseload");
        await page.GetByRole(AriaRole.Link, new() { Name = "Haddad, Amina" }).ClickAsync();
        await Assertions.Expect(Heading(page, "Amina Haddad")).ToBeVisibleAsync();
        var dossier = page.Url;

        await VisitedAsync(page, "tablet-02-dossier");
        foreach (var (path, name) in new[]
        {
            ("/Edit", "tablet-03-edit"),
            ("/Actions/Log", "tablet-04-log"),
            ("/Exams/SocialOrientation", "tablet-05-mo-test"),
            ("/Exams/Dutch", "tablet-06-nt2-exam"),
            ("/Certificate", "tablet-07-certificate"),
        })
        {
            await page.GotoAsync(dossier + path);
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
            await VisitedAsync(page, name);
        }

        await page.GotoAsync("/Dossiers/Register");
        await VisitedAsync(page, "tablet-08-register");
        await page.GetByLabel("Voornaam").FillAsync("Nour");
        await page.GetByLabel("Familienaam").FillAsync($"Tablet{Guid.NewGuid().ToString("N")[..6]}");
        await Button(page, "Dossier aanmaken").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        await VisitedAsync(page, "tablet-08-register-errors");
        await page.GetByLabel("Geboortedatum").FillAsync("1988-02-03");
        await page.GetByLabel("Geslacht").SelectOptionAsync(new SelectOptionValue { Label = "Vrouw" });
        await page.GetByLabel("Nationaliteit").SelectOptionAsync(new SelectOptionValue { Label = "Eritrea" });
        await Field(page, "Gemeente").SelectOptionAsync("Antwerpen");
        await page.GetByLabel("Verblijfsstatuut").SelectOptionAsync(new SelectOptionValue { Label = "Gezinshereniging" });
        await page.GetByLabel("Ingeschreven in de gemeente op").FillAsync(Iso(Today.AddDays(-12)));
        await Button(page, "Dossier aanmaken").ClickAsync();
        await Link(page, "Intake starten").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Intake en plan voor Nour");
        await VisitedAsync(page, "tablet-08-intake");
        await page.GotoAsync("/Caseload/Agenda");
        await Assertions.Expect(Heading(page, "Mijn agenda")).ToBeVisibleAsync();
        await VisitedAsync(page, "tablet-09-agenda");
        await page.GotoAsync(dossier);
        await page.GetByRole(AriaRole.Link, new() { Name = "Openen" }).First.ClickAsync();
        await Assertions.Expect(Heading(page, "Actie van Amina Haddad")).ToBeVisibleAsync();
        await VisitedAsync(page, "tablet-10-action");
    }

    [Fact]
    public async Task CaseWorker_AgendaEditActionExamAndCertificateAtDesktopWidth_AreAccessible()
    {
        var page = await browser.NewPageAsync();
        await page.LoginAsync(DemoDataSeeder.CaseWorkerEmail);

        await Link(page, "Mijn agenda").ClickAsync();
        await Assertions.Expect(Heading(page, "Mijn agenda")).ToBeVisibleAsync();
        await VisitedAsync(page, "desktop-agenda");
        await page.GotoAsync("/Caseload?Filter.Search=haddad");
        await page.GetByRole(AriaRole.Link, new() { Name = "Haddad, Amina" }).ClickAsync();
        await Link(page, "Gegevens wijzigen").ClickAsync();
        await Assertions.Expect(Heading(page, "Gegevens van Amina Haddad wijzigen")).ToBeVisibleAsync();
        await VisitedAsync(page, "desktop-edit");
        await page.GoBackAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Openen" }).First.ClickAsync();
        await VisitedAsync(page, "desktop-action");
        await page.GoBackAsync();
        await Link(page, "Examenresultaat").ClickAsync();
        await VisitedAsync(page, "desktop-nt2-exam");
        await page.GoBackAsync();
        await Link(page, "Verklaring van geleverde inspanning overwegen").ClickAsync();
        await VisitedAsync(page, "desktop-certificate");
    }
}
