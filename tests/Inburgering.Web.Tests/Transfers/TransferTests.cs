using System.Net;
using Inburgering.DemoData;
using Inburgering.Domain.History;
using Inburgering.Domain.Newcomers;
using Inburgering.Domain.Organisation;
using Inburgering.Domain.Rules;
using Inburgering.Tests.Shared;
using Inburgering.Web.Tests.Database;
using Inburgering.Web.Tests.Dossiers;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Inburgering.Web.Tests.Transfers;

/// <summary>
/// A dossier handed to another agency (ADR 0007) through the forms: the sender asks, the receiving coordinator sees only
/// the request until accepting, accepts (the dossier, its trajectory and its history move; the sender loses access) or
/// refuses with a reason (the sender sees it). On SQLite and on PostgreSQL.
/// </summary>
public abstract class TransferTests(PortalFactory factory)
{
    protected const string Hilde = DossierScenario.AgIICoordinator;
    protected const string Koen = DossierScenario.AtlasCoordinator;
    protected const string Fatma = "fatma.yilmaz@inburgering.test";
    protected const string Sofie = "sofie.dubois@inburgering.test";

    private readonly DossierScenario _scenario = new(factory);

    /// <summary>The form as a case worker fills it; the move is today by default, the arranged dossiers being made today
    /// (a move is never dated before the dossier's registration in the portal).</summary>
    private static Dictionary<string, string> Request(string municipality = "Leuven", DateOnly? movedOn = null, string reason = "Woont sinds vorige maand bij haar broer in Leuven") => new()
    {
        ["Input.Municipality"] = municipality,
        ["Input.MovedOn"] = DossierScenario.Iso(movedOn ?? DossierScenario.Today),
        ["Input.Reason"] = reason,
    };

    private async Task<List<AgencyTransfer>> TransfersAsync(NewcomerId id)
    {
        using var db = factory.CreateDbContext();
        return await db.AgencyTransfers.AsNoTracking().Where(t => t.NewcomerId == id).ToListAsync();
    }

    /// <summary>A request the form took (post-redirect-get to the dossier); otherwise fails with what the form said.</summary>
    protected static async Task AssertTakenAsync(HttpResponseMessage response, ArrangedDossier dossier)
    {
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            var page = await PortalClient.ParseAsync(response);
            Assert.Fail($"{(int)response.StatusCode}: {page.QuerySelector(".error-summary")?.TextContent ?? page.QuerySelector("main")?.TextContent}");
        }

        DossierScenario.AssertRedirectTo(response, dossier);
    }

    private async Task<(ArrangedDossier Dossier, Guid Transfer)> RequestedAsync(string municipality = "Leuven")
    {
        var dossier = await _scenario.RegisterAsync();
        using var sarah = await _scenario.LoginAsync(DossierScenario.Sarah);
        var response = await sarah.SubmitFormAsync($"{dossier.Url}/Transfer", Request(municipality));
        await AssertTakenAsync(response, dossier);
        return (dossier, (await TransfersAsync(dossier.Id)).Single().Id);
    }

    public static TheoryData<string, string, string, string> InvalidRequests => new()
    {
        { "Input.Municipality", "", "Input_Municipality", "Kies de nieuwe gemeente." },
        { "Input.Municipality", "Borgerhout", "Input_Municipality", "Kies een gemeente uit de lijst." },
        { "Input.Municipality", "Antwerpen", "Input_Municipality", "Deze gemeente hoort bij hetzelfde agentschap. Wijzig de gemeente in het dossier; een overdracht is niet nodig." },
        { "Input.MovedOn", "", "Input_MovedOn", "Vul de verhuisdatum in." },
        { "Input.MovedOn", DossierScenario.Iso(DossierScenario.Today.AddDays(1)), "Input_MovedOn", "De verhuisdatum kan niet in de toekomst liggen." },
        { "Input.MovedOn", DossierScenario.Iso(DossierScenario.Today.AddMonths(-13)), "Input_MovedOn", "De verhuisdatum ligt hoogstens 12 maanden terug en niet vóór de inschrijving." },
        { "Input.Reason", "", "Input_Reason", "Vul een reden in." },
    };

    [Theory]
    [MemberData(nameof(InvalidRequests))]
    public async Task Request_InvalidField_MessageNextToItAndInTheSummaryKeepsTheInputStoresNothing(string field, string value, string id, string message)
    {
        var dossier = await _scenario.RegisterAsync();
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);
        var fields = Request();
        fields[field] = value;

        var response = await client.SubmitFormAsync($"{dossier.Url}/Transfer", fields);
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(message, page.QuerySelector($"#{id}-error")?.TextContent);
        Assert.Equal(message, page.QuerySelector($".error-summary a[href='#{id}']")?.TextContent);
        if (field != "Input.Reason")
        {
            Assert.Equal("Woont sinds vorige maand bij haar broer in Leuven", page.QuerySelector("#Input_Reason")?.TextContent);
        }

        if (field != "Input.Municipality")
        {
            Assert.Equal("Leuven", page.QuerySelector("#Input_Municipality option[selected]")?.GetAttribute("value"));
        }

        Assert.Empty(await TransfersAsync(dossier.Id));
    }

    [Fact]
    public async Task RequestPage_OffersOnlyMunicipalitiesOfOtherAgencies()
    {
        var dossier = await _scenario.RegisterAsync();
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);

        var (_, page) = await client.GetPageAsync($"{dossier.Url}/Transfer");
        var offered = page.QuerySelectorAll("#Input_Municipality option[value]").Select(o => o.GetAttribute("value")).Where(v => v!.Length > 0).ToList();

        Assert.Contains("Leuven", offered);
        Assert.Contains("Ukkel", offered);
        Assert.Contains("Gent", offered);
        Assert.DoesNotContain("Antwerpen", offered);
        Assert.Equal(Municipalities.All.Count(m => m.Agency != Agency.Atlas), offered.Count);
    }

    [Fact]
    public async Task Request_Valid_OpenTransferBannerAndHistory_ASecondRequestIsRefused()
    {
        var dossier = await _scenario.RegisterAsync();
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);

        var response = await client.SubmitFormAsync($"{dossier.Url}/Transfer", Request());
        var (_, page) = await client.GetPageAsync(dossier.Url);
        var again = await DossierScenario.PostAsync(client, $"{dossier.Url}/Transfer", Request("Gent"));
        var againPage = await PortalClient.ParseAsync(again);

        DossierScenario.AssertRedirectTo(response, dossier);
        var transfer = Assert.Single(await TransfersAsync(dossier.Id));
        Assert.Equal((Agency.Atlas, Agency.AgII, "Leuven", DossierScenario.Today, TransferState.Requested), (transfer.From, transfer.To, transfer.Municipality, transfer.MovedOn, transfer.State));
        var banner = page.QuerySelector("[data-testid=transfer-banner]")?.TextContent ?? string.Empty;
        Assert.Contains($"Overdracht aangevraagd naar Agentschap Integratie en Inburgering op {DossierScenario.Written(DossierScenario.Today)}", banner, StringComparison.Ordinal);
        Assert.Contains("Overdracht aangevraagd naar een ander agentschap", page.QuerySelector("#history")?.ParentElement?.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("a[href$='/Transfer']"));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("Voor dit dossier is al een overdracht aangevraagd die nog op antwoord wacht.", againPage.QuerySelector(".error-summary")?.TextContent, StringComparison.Ordinal);
        Assert.Single(await TransfersAsync(dossier.Id));
    }

    [Fact]
    public async Task Request_ByTheSendingAgencysCoordinator_IsStored()
    {
        var dossier = await _scenario.RegisterAsync();
        using var client = await _scenario.LoginAsync(Koen);

        var (_, dossierPage) = await client.GetPageAsync(dossier.Url);
        var response = await client.SubmitFormAsync($"{dossier.Url}/Transfer", Request("Gent"));

        Assert.NotNull(dossierPage.QuerySelector($"a[href='{dossier.Url}/Transfer']"));
        DossierScenario.AssertRedirectTo(response, dossier);
        Assert.Equal(Agency.Amal, Assert.Single(await TransfersAsync(dossier.Id)).To);
    }

    [Fact]
    public async Task EditToAnotherAgencysMunicipality_RefusedOnTheField_LinksToTheTransferRequest()
    {
        var dossier = await _scenario.RegisterAsync();
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);

        var response = await client.SubmitFormAsync($"{dossier.Url}/Edit", new Dictionary<string, string> { ["Input.Municipality"] = "Leuven" });
        var page = await PortalClient.ParseAsync(response);
        var link = page.QuerySelector("[data-testid=transfer-link] a");
        var (_, request) = await client.GetPageAsync(link?.GetAttribute("href") ?? "/");

        Assert.Equal("Leuven valt onder Agentschap Integratie en Inburgering. Het dossier gaat daarheen met een overdracht, als Agentschap Integratie en Inburgering die aanvaardt.", page.QuerySelector("#Input_Municipality-error")?.TextContent);
        Assert.Equal("Vraag een overdracht aan naar Agentschap Integratie en Inburgering", link?.TextContent);
        Assert.Equal("Leuven", request.QuerySelector("#Input_Municipality option[selected]")?.GetAttribute("value"));
    }

    [Fact]
    public async Task ReceivingCoordinator_BeforeAccepting_SeesTheRequestButNotTheDossier()
    {
        var (dossier, transfer) = await RequestedAsync();
        using var hilde = await _scenario.LoginAsync(Hilde);

        var (_, list) = await hilde.GetPageAsync("/Transfers");
        var row = list.QuerySelectorAll("[data-testid=pending-transfers] tbody tr").Single(r => r.TextContent.Contains(dossier.LastName, StringComparison.Ordinal));
        var (decideResponse, decide) = await hilde.GetPageAsync($"/Transfers/{transfer}");
        var (dossierResponse, _) = await hilde.GetPageAsync(dossier.Url);

        Assert.Equal(
            [dossier.FullName, "Atlas Antwerpen", "Leuven", DossierScenario.Written(DossierScenario.Today), "Woont sinds vorige maand bij haar broer in Leuven"],
            row.QuerySelectorAll("th, td").Take(5).Select(c => c.TextContent.Trim()));
        Assert.Equal(HttpStatusCode.OK, decideResponse.StatusCode);
        Assert.DoesNotContain(dossier.Number, decide.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["AgII Leuven"], decide.QuerySelectorAll("#Input_Office option").Where(o => o.GetAttribute("value") is { Length: > 0 }).Select(o => o.TextContent));
        Assert.Equal(HttpStatusCode.NotFound, dossierResponse.StatusCode);
    }

    [Fact]
    public async Task Accept_WithoutOfficeOrCaseWorker_MessagesNextToTheFieldsAndNothingMoves()
    {
        var (dossier, transfer) = await RequestedAsync();
        using var hilde = await _scenario.LoginAsync(Hilde);

        var response = await hilde.SubmitFormAsync($"/Transfers/{transfer}", new Dictionary<string, string>(), "form[action*='handler=Accept']");
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Kies een kantoor dat de nieuwe gemeente bedient.", page.QuerySelector("#Input_Office-error")?.TextContent);
        Assert.Equal("Kies een trajectbegeleider van jullie agentschap.", page.QuerySelector("#Input_CaseWorker-error")?.TextContent);
        Assert.Equal(2, page.QuerySelectorAll(".error-summary li").Length);
        Assert.Equal(TransferState.Requested, Assert.Single(await TransfersAsync(dossier.Id)).State);
    }

    [Fact]
    public async Task Accept_AfterConfirming_DossierTrajectoryAndHistoryMove_SenderLosesAccessReceiverSeesAll()
    {
        var (dossier, transfer) = await RequestedAsync();
        await _scenario.StartTrajectoryAsync(dossier);
        var fatmaId = await _scenario.UserIdAsync(Fatma);
        using var db = factory.CreateDbContext();
        var leuven = await db.Offices.Where(o => o.Name == "AgII Leuven").Select(o => o.Id).SingleAsync();
        using var hilde = await _scenario.LoginAsync(Hilde);
        var accept = new Dictionary<string, string> { ["Input.Office"] = leuven.ToString(), ["Input.CaseWorker"] = fatmaId };

        var first = await hilde.SubmitFormAsync($"/Transfers/{transfer}", accept, "form[action*='handler=Accept']");
        var confirmPage = await PortalClient.ParseAsync(first);
        var stillOpen = Assert.Single(await TransfersAsync(dossier.Id)).State;
        var confirmed = await hilde.SubmitAsync((AngleSharp.Html.Dom.IHtmlFormElement)confirmPage.QuerySelector("[data-confirm-step] form")!, new Dictionary<string, string>());
        using var sarah = await _scenario.LoginAsync(DossierScenario.Sarah);
        using var fatma = await _scenario.LoginAsync(Fatma);
        var (sarahResponse, _) = await sarah.GetPageAsync(dossier.Url);
        var (fatmaResponse, fatmaPage) = await fatma.GetPageAsync(dossier.Url);
        var staleEdit = await sarah.PostWithTokenAsync($"{dossier.Url}/Edit", new Dictionary<string, string> { ["Input.Phone"] = "0470 00 00 00" }, tokenPage: "/Caseload");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Contains($"Het dossier van {dossier.FullName} komt naar AgII Leuven, bij Fatma Yilmaz.", confirmPage.QuerySelector("[data-confirm-step]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(TransferState.Requested, stillOpen);
        DossierScenario.AssertRedirectTo(confirmed, dossier);
        var newcomer = await _scenario.NewcomerAsync(dossier);
        Assert.Equal((Agency.AgII, leuven, fatmaId, "Leuven"), (newcomer.Agency, newcomer.OfficeId, newcomer.CaseWorkerId, newcomer.Person.Municipality));
        var trajectory = await _scenario.TrajectoryAsync(dossier);
        Assert.Equal((Agency.AgII, fatmaId), (trajectory.Agency, trajectory.CaseWorkerId));
        Assert.Equal(TransferState.Accepted, Assert.Single(await TransfersAsync(dossier.Id)).State);
        Assert.Equal(HttpStatusCode.NotFound, sarahResponse.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, staleEdit.StatusCode);
        Assert.DoesNotContain("Fatma Yilmaz", await staleEdit.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, fatmaResponse.StatusCode);
        var history = fatmaPage.Body!.TextContent;
        Assert.Contains("Overdracht aanvaard: dossier naar een ander agentschap", history, StringComparison.Ordinal);
        Assert.Contains($"van Atlas Antwerpen naar Agentschap Integratie en Inburgering, verhuisd op {DossierScenario.Written(DossierScenario.Today)}", history, StringComparison.Ordinal);
        Assert.Contains("Overdracht aangevraagd naar een ander agentschap", history, StringComparison.Ordinal);
        Assert.Null(fatmaPage.QuerySelector("[data-testid=transfer-banner]"));
        Assert.Equal(HttpStatusCode.NotFound, (await hilde.GetPageAsync($"/Transfers/{transfer}")).Response.StatusCode);
    }

    [Fact]
    public async Task Accept_MoveFromBrusselsToAntwerp_RecordsWhatMovedOnTheLegalTimeline_TheBrusselsContractStaysFree()
    {
        using var sofie = await _scenario.LoginAsync(Sofie);
        var lastName = $"Brussel{Guid.NewGuid().ToString("N")[..8]}";
        var registered = await sofie.SubmitFormAsync("/Dossiers/Register", new Dictionary<string, string>
        {
            ["Input.FirstName"] = "Samir",
            ["Input.LastName"] = lastName,
            ["Input.BirthDate"] = DossierScenario.Iso(DossierScenario.Today.AddYears(-31)),
            ["Input.Gender"] = "Male",
            ["Input.Nationality"] = "MA",
            ["Input.Municipality"] = "Ukkel",
            ["Input.ResidenceStatus"] = "FamilyReunification",
            ["Input.RegisteredOn"] = DossierScenario.Iso(DossierScenario.Today.AddDays(-40)),
        });
        var url = registered.Headers.Location!.OriginalString.Split('?')[0];
        var id = new NewcomerId(Guid.Parse(url.Split('/')[2]));
        await _scenario.StartTrajectoryAsync(new ArrangedDossier(id, "", "Samir", lastName), intakeOn: DossierScenario.Today.AddDays(-5));
        var requested = await sofie.SubmitFormAsync($"{url}/Transfer", Request("Antwerpen", reason: "Verhuisd naar Antwerpen"));
        var transfer = Assert.Single(await TransfersAsync(id)).Id;
        using var db = factory.CreateDbContext();
        var centrum = await db.Offices.Where(o => o.Name == "Atlas Antwerpen Centrum").Select(o => o.Id).SingleAsync();
        var sarahId = await _scenario.UserIdAsync(DossierScenario.Sarah);
        using var koen = await _scenario.LoginAsync(Koen);

        var accepted = await DossierScenario.PostAsync(koen, $"/Transfers/{transfer}?handler=Accept", new Dictionary<string, string>
        {
            ["Input.Office"] = centrum.ToString(),
            ["Input.CaseWorker"] = sarahId,
            ["Input.Confirmed"] = "true",
        });

        Assert.Equal(HttpStatusCode.Redirect, requested.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        using var check = factory.CreateDbContext();
        var newcomer = await check.Newcomers.AsNoTracking().SingleAsync(n => n.Id == id);
        Assert.Equal((Agency.Atlas, Region.Flanders), (newcomer.Agency, newcomer.Region));
        var events = await check.DossierEvents.AsNoTracking().Where(e => e.NewcomerId == id).ToListAsync();
        var moved = Assert.IsType<LegalDatesMoved>(Assert.Single(events, e => e.Change is LegalDatesMoved).Change);
        Assert.Equal([TimelineCause.Municipality], moved.Causes);

        // The contract was made in Brussels: it stays free after the move (the fee follows the region of the contract
        // day); the class is obligated from the move day on.
        Assert.DoesNotContain(moved.Moves, m => m.Kind == TimelineKind.Fee);
        Assert.Contains(moved.Moves, m => m.Kind == TimelineKind.ObligationChanges && m.To == DossierScenario.Today && m.ToValue == "Obligated");
        Assert.Equal([DossierScenario.Today], newcomer.RegionChangedOn);
        Assert.Equal(HttpStatusCode.NotFound, (await sofie.GetPageAsync(url)).Response.StatusCode);
        Assert.Equal((Agency.Atlas, sarahId), await check.Trajectories.Where(t => t.NewcomerId == id).Select(t => new ValueTuple<Agency, string>(t.Agency, t.CaseWorkerId)).SingleAsync());
    }

    private const string BonCoordinator = "bon.coordinator@inburgering.test";

    /// <summary>A coordinator of Bon (the demo data has none): the receiving side of a move to Brussels.</summary>
    private async Task EnsureBonCoordinatorAsync()
    {
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        if (await users.FindByEmailAsync(BonCoordinator) is null)
        {
            var bon = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Offices.Where(o => o.Name == "Bon Brussel").Select(o => o.Id).SingleAsync();
            var user = new AppUser { UserName = BonCoordinator, Email = BonCoordinator, EmailConfirmed = true, DisplayName = "Lotte Bon", OfficeId = bon };
            Assert.True((await users.CreateAsync(user, PortalClient.Password)).Succeeded);
            await users.AddToRoleAsync(user, Roles.Coordinator);
        }
    }

    /// <summary>
    /// An obligated newcomer of Atlas, in the portal for 90 days, whose contract (60 days ago, in Antwerp) pays € 360,
    /// moves to Schaarbeek 10 days ago: Sarah asks, Bon's coordinator accepts, Sofie takes the dossier.
    /// </summary>
    private async Task<(ArrangedDossier Dossier, DateOnly MovedOn)> MovedToBrusselsAsync()
    {
        var today = DossierScenario.Today;
        var movedOn = today.AddDays(-10);
        ArrangedDossier dossier;
        using (var db = factory.CreateDbContext())
        {
            var sarah = await db.Users.Where(u => u.Email == DossierScenario.Sarah).Select(u => new { u.Id, u.OfficeId }).SingleAsync();
            var office = await db.Offices.SingleAsync(o => o.Id == sarah.OfficeId);
            var since = today.AddDays(-200);
            var person = new PersonalData { FirstName = "Nour", LastName = $"Verhuisd{Guid.NewGuid().ToString("N")[..8]}", BirthDate = today.AddYears(-30), Gender = Gender.Female, Nationality = "SY", Municipality = "Antwerpen" };
            var newcomer = Newcomer.Register(NewcomerId.New(), DossierNumber.Create(Random.Shared), person, new Residence(ResidenceStatus.RecognisedRefugee, since), office, sarah.Id, today.AddDays(-90));
            db.Newcomers.Add(newcomer);
            await db.SaveChangesAsync();
            dossier = new ArrangedDossier(newcomer.Id, newcomer.Number, person.FirstName, person.LastName);
        }

        await _scenario.StartTrajectoryAsync(dossier, intakeOn: today.AddDays(-60));
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);
        await AssertTakenAsync(await client.SubmitFormAsync($"{dossier.Url}/Transfer", Request("Schaarbeek", movedOn, "Woont nu in Schaarbeek")), dossier);
        await EnsureBonCoordinatorAsync();
        using var check = factory.CreateDbContext();
        var bonOffice = await check.Offices.Where(o => o.Name == "Bon Brussel").Select(o => o.Id).SingleAsync();
        using var coordinator = await _scenario.LoginAsync(BonCoordinator);
        var accepted = await DossierScenario.PostAsync(coordinator, $"/Transfers/{(await TransfersAsync(dossier.Id)).Single().Id}?handler=Accept", new Dictionary<string, string>
        {
            ["Input.Office"] = bonOffice.ToString(),
            ["Input.CaseWorker"] = await _scenario.UserIdAsync(Sofie),
            ["Input.Confirmed"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        return (dossier, movedOn);
    }

    [Fact]
    public async Task Accept_MoveToBrussels_VoluntaryFromTheMoveDay_TheTimelineShowsTheMove_TheEarlierFlemishContractsFeeStaysDue()
    {
        var (dossier, movedOn) = await MovedToBrusselsAsync();
        using var sofie = await _scenario.LoginAsync(Sofie);

        var (_, page) = await sofie.GetPageAsync(dossier.Url);
        var (payResponse, _) = await sofie.GetPageAsync($"{dossier.Url}/Fees/Pay");

        var newcomer = await _scenario.NewcomerAsync(dossier);
        Assert.Equal([movedOn], newcomer.RegionChangedOn);
        Assert.Equal(
            [(Region.Flanders, ObligationClass.Obligated), (Region.Brussels, ObligationClass.Entitled)],
            new[] { movedOn.AddDays(-1), movedOn }.Select(d => (newcomer.RegionOn(d), newcomer.Obligation(d).Class)));
        Assert.Equal("Rechthebbend", page.QuerySelector("[data-testid=obligation-class]")?.TextContent);
        var timeline = page.QuerySelector("[data-testid=legal-timeline]")!;
        var move = timeline.QuerySelector("tr[data-kind=Moved]")?.TextContent ?? string.Empty;
        Assert.Contains(DossierScenario.Written(movedOn), move, StringComparison.Ordinal);
        Assert.Contains("Verhuisd naar een ander gewest: Brussels Hoofdstedelijk Gewest", move, StringComparison.Ordinal);
        Assert.Contains("Overdracht na verhuis tussen gewesten", move, StringComparison.Ordinal);
        Assert.Contains("Gewest ervoor: Vlaams Gewest", move, StringComparison.Ordinal);
        var voluntary = timeline.QuerySelectorAll("tr[data-kind=ObligationChanges]").Single(r => r.TextContent.Contains(DossierScenario.Written(movedOn), StringComparison.Ordinal)).TextContent;
        Assert.Contains("Inburgeringsklasse wordt: Rechthebbend", voluntary, StringComparison.Ordinal);
        Assert.Contains("Gewest: Brussels Hoofdstedelijk Gewest", voluntary, StringComparison.Ordinal);
        var fee = timeline.QuerySelector("tr[data-kind=Fee]")?.TextContent ?? string.Empty;
        Assert.Contains("Bijdrage MO en NT2: € 360", fee, StringComparison.Ordinal);
        Assert.Contains("Gewest: Vlaams Gewest", fee, StringComparison.Ordinal);
        Assert.Equal("Nog te betalen: € 180", page.QuerySelector("[data-testid=fee-DutchLanguage]")?.TextContent.Trim());
        Assert.Equal(HttpStatusCode.OK, payResponse.StatusCode);
    }

    [Fact]
    public async Task Enforcement_NoticeOfTheDayBeforeTheMoveToBrussels_TheFlemishFineRangeApplies()
    {
        var (dossier, movedOn) = await MovedToBrusselsAsync();
        using var sofie = await _scenario.LoginAsync(Sofie);

        var notified = await sofie.SubmitFormAsync($"{dossier.Url}/Enforcement", new Dictionary<string, string> { ["Input.Reason"] = "ContractNotMet", ["Input.NotifiedOn"] = DossierScenario.Iso(movedOn.AddDays(-1)) }, "form[action$='handler=Notify']");
        var (_, page) = await sofie.GetPageAsync($"{dossier.Url}/Enforcement");
        var fined = await sofie.SubmitFormAsync($"{dossier.Url}/Enforcement", new Dictionary<string, string> { ["Input.Outcome"] = "Fine", ["Input.FineAmount"] = "3000", ["Input.DecidedOn"] = DossierScenario.Iso(DossierScenario.Today) }, "form[action*='handler=Decide']");

        DossierScenario.AssertRedirectTo(notified, dossier);
        Assert.Contains("Een boete ligt tussen € 50 en € 5000.", page.QuerySelector("[data-testid=notices]")?.TextContent, StringComparison.Ordinal);
        DossierScenario.AssertRedirectTo(fined, dossier);
        using var db = factory.CreateDbContext();
        var notice = (await db.Newcomers.AsNoTracking().Include(n => n.Enforcement).SingleAsync(n => n.Id == dossier.Id)).Enforcement.Single();
        Assert.Equal((Domain.Enforcement.EnforcementOutcome.Fine, 3000m), (notice.Outcome, notice.FineAmount));
    }

    [Fact]
    public async Task Request_MoveBackDatedBeforeTheMoveToBrussels_MessageNextToTheMoveDateAndNothingStored()
    {
        var (dossier, movedOn) = await MovedToBrusselsAsync();
        using var sofie = await _scenario.LoginAsync(Sofie);

        var response = await sofie.SubmitFormAsync($"{dossier.Url}/Transfer", Request("Antwerpen", movedOn.AddDays(-1), "Terug naar Antwerpen"));
        var page = await PortalClient.ParseAsync(response);
        var sameDay = await sofie.SubmitFormAsync($"{dossier.Url}/Transfer", Request("Antwerpen", movedOn, "Terug naar Antwerpen"));

        var message = $"De verhuisdatum ligt vóór de vorige verhuis naar een ander gewest ({DossierScenario.Written(movedOn)}). Kies {DossierScenario.Written(movedOn)} of later.";
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(message, page.QuerySelector("#Input_MovedOn-error")?.TextContent);
        Assert.Equal(message, page.QuerySelector(".error-summary a[href='#Input_MovedOn']")?.TextContent);
        Assert.Equal("Terug naar Antwerpen", page.QuerySelector("#Input_Reason")?.TextContent);
        DossierScenario.AssertRedirectTo(sameDay, dossier);
        Assert.Equal([TransferState.Accepted, TransferState.Requested], (await TransfersAsync(dossier.Id)).OrderBy(t => t.State != TransferState.Accepted).Select(t => t.State));
    }

    [Fact]
    public async Task Refuse_WithoutReasonIsAFieldError_WithReasonAfterConfirming_DossierStaysAndTheSenderSeesWhy()
    {
        var (dossier, transfer) = await RequestedAsync();
        using var hilde = await _scenario.LoginAsync(Hilde);

        var empty = await hilde.SubmitFormAsync($"/Transfers/{transfer}", new Dictionary<string, string> { ["Input.RefusalReason"] = "" }, "form[action*='handler=Refuse']");
        var emptyPage = await PortalClient.ParseAsync(empty);
        var first = await hilde.SubmitFormAsync($"/Transfers/{transfer}", new Dictionary<string, string> { ["Input.RefusalReason"] = "Nog niet ingeschreven in Leuven" }, "form[action*='handler=Refuse']");
        var confirmPage = await PortalClient.ParseAsync(first);
        var beforeConfirm = Assert.Single(await TransfersAsync(dossier.Id)).State;
        var confirmed = await hilde.SubmitAsync((AngleSharp.Html.Dom.IHtmlFormElement)confirmPage.QuerySelector("[data-confirm-step] form")!, new Dictionary<string, string>());
        using var sarah = await _scenario.LoginAsync(DossierScenario.Sarah);
        var (_, dossierPage) = await sarah.GetPageAsync(dossier.Url);

        Assert.Equal("Vul een reden in.", emptyPage.QuerySelector("#Input_RefusalReason-error")?.TextContent);
        Assert.Equal(TransferState.Requested, beforeConfirm);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        var stored = Assert.Single(await TransfersAsync(dossier.Id));
        Assert.Equal((TransferState.Refused, "Nog niet ingeschreven in Leuven"), (stored.State, stored.RefusalReason));
        var newcomer = await _scenario.NewcomerAsync(dossier);
        Assert.Equal((Agency.Atlas, "Antwerpen", await _scenario.UserIdAsync(DossierScenario.Sarah)), (newcomer.Agency, newcomer.Person.Municipality, newcomer.CaseWorkerId));
        var banner = dossierPage.QuerySelector("[data-testid=transfer-banner]")?.TextContent ?? string.Empty;
        Assert.Contains($"Overdracht geweigerd door Agentschap Integratie en Inburgering op {DossierScenario.Written(DossierScenario.Today)}", banner, StringComparison.Ordinal);
        Assert.Contains("Reden: Nog niet ingeschreven in Leuven", banner, StringComparison.Ordinal);
        Assert.Contains("Overdracht geweigerd door het ontvangende agentschap", dossierPage.Body!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(dossierPage.QuerySelector($"a[href='{dossier.Url}/Transfer']"));
    }

    [Fact]
    public async Task MyTrajectory_SaysWhichAgencyFollowsAndThatTheDossierIsBeingHandedOver()
    {
        using var db = factory.CreateDbContext();
        var own = await db.Users.Where(u => u.Email == DemoDataSeeder.NewcomerEmail).Select(u => u.NewcomerId).SingleAsync();
        var caseWorker = await db.Newcomers.Where(n => n.Id == own).Select(n => db.Users.Where(u => u.Id == n.CaseWorkerId).Select(u => u.Email).First()).SingleAsync();
        using var newcomer = await _scenario.LoginAsync(DemoDataSeeder.NewcomerEmail);
        var (_, before) = await newcomer.GetPageAsync("/MyTrajectory");
        using (var staff = await _scenario.LoginAsync(caseWorker!))
        {
            DossierScenario.AssertRedirectTo(await staff.SubmitFormAsync($"/Dossiers/{own}/Transfer", Request("Gent", reason: "Verhuisd")), new ArrangedDossier(own!.Value, "", "", ""));
        }

        var (_, dutch) = await newcomer.GetPageAsync("/MyTrajectory");
        await newcomer.Http.GetAsync(new Uri("/Language?culture=ar&returnUrl=%2F", UriKind.Relative));
        var (_, arabic) = await newcomer.GetPageAsync("/MyTrajectory");

        Assert.Equal("Het agentschap dat je begeleidt: Atlas Antwerpen.", before.QuerySelector("[data-testid=my-agency]")?.TextContent);
        Assert.Null(before.QuerySelector("[data-testid=my-transfer]"));
        Assert.Equal("Je bent verhuisd naar Gent. Je dossier wordt overgedragen aan Amal Gent. Tot Amal Gent het overneemt, blijft je huidige trajectbegeleider je helpen.", dutch.QuerySelector("[data-testid=my-transfer]")?.TextContent);
        Assert.Equal("لقد انتقلت إلى Gent. يجري نقل ملفك إلى Amal Gent. إلى أن تتسلّمه Amal Gent، يواصل مرشدك الحالي مساعدتك.", arabic.QuerySelector("[data-testid=my-transfer]")?.TextContent);
        Assert.Equal("الوكالة التي ترافقك: Atlas Antwerpen.", arabic.QuerySelector("[data-testid=my-agency]")?.TextContent);
    }
}

public sealed class SqliteTransferTests(PortalFactory factory) : TransferTests(factory), IClassFixture<PortalFactory>;

public sealed class PostgresTransferTests(PostgresPortalFactory factory) : TransferTests(factory), IClassFixture<PostgresPortalFactory>;
