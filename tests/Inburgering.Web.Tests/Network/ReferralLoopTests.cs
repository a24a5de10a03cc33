using System.Net;
using Inburgering.DemoData;
using Inburgering.Domain.Partners;
using Inburgering.Domain.Trajectories;
using Inburgering.Tests.Shared;
using Inburgering.Web.Tests.Dossiers;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Web.Tests.Network;

/// <summary>
/// The closed loop through HTTP: the case worker finds an offer and refers with consent, the partner answers and moves the
/// referral on, confirms hours (which then count), and each change shows on the dossier and the case worker's agenda.
/// </summary>
public sealed class ReferralLoopTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Volunteering = "Vrijwilligerswerk in de buurtwinkel";

    private readonly DossierScenario _scenario = new(factory);

    private static DateOnly Today => DossierScenario.Today;

    private async Task<Guid> OfferIdAsync(string title)
    {
        using var db = factory.CreateDbContext();
        return await db.Offers.Where(o => o.Title == title).Select(o => o.Id).SingleAsync();
    }

    private async Task<Referral> ReferralAsync(ArrangedDossier dossier)
    {
        using var db = factory.CreateDbContext();
        return await db.Referrals.Include(r => r.Steps).SingleAsync(r => r.NewcomerId == dossier.Id);
    }

    /// <summary>A running dossier referred (through the form) to the partner demo account's daytime volunteering.</summary>
    private async Task<(ArrangedDossier Dossier, Guid ReferralId)> ReferredAsync()
    {
        var dossier = await _scenario.RegisterAsync();
        await _scenario.StartTrajectoryAsync(dossier);
        using var sarah = await _scenario.LoginAsync(DossierScenario.Sarah);
        var response = await sarah.SubmitFormAsync($"{dossier.Url}/Referrals/Send/{await OfferIdAsync(Volunteering)}", new Dictionary<string, string>
        {
            ["Input.Consent"] = "true",
            ["Input.SharePhone"] = "true",
            ["Input.Message"] = "Wil graag in de buurt helpen.",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return (dossier, (await ReferralAsync(dossier)).Id);
    }

    private static Task<HttpResponseMessage> MoveAsync(PortalClient partner, Guid referralId, ReferralStatus status, string? note = null) =>
        partner.SubmitFormAsync($"/Partners/Referrals/{referralId}", new Dictionary<string, string> { ["Input.Status"] = status.ToString(), ["Input.Note"] = note ?? string.Empty });

    [Fact]
    public async Task Send_ReadsWhatItSharesWithoutNumberingEveryTrajectory()
    {
        var dossier = await _scenario.RegisterAsync();
        await _scenario.StartTrajectoryAsync(dossier);
        using var sarah = await _scenario.LoginAsync(DossierScenario.Sarah);
        var offer = await OfferIdAsync(Volunteering);

        factory.Commands.Reset();
        var response = await sarah.SubmitFormAsync($"{dossier.Url}/Referrals/Send/{offer}", new Dictionary<string, string> { ["Input.Consent"] = "true", ["Input.ShareDutchLevel"] = "true" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Empty(factory.Commands.NumberingWholeTables());
        Assert.NotNull((await ReferralAsync(dossier)).Shared.DutchLevel);
    }

    [Fact]
    public async Task Find_FromTheDossier_ShowsFittingOffersWithFreePlacesAndNotOthers()
    {
        var dossier = await _scenario.RegisterAsync();
        await _scenario.StartTrajectoryAsync(dossier);
        using var sarah = await _scenario.LoginAsync(DossierScenario.Sarah);

        var (response, page) = await sarah.GetPageAsync($"{dossier.Url}/Referrals");
        var titles = page.QuerySelectorAll("[data-offer] h3").Select(h => h.TextContent).ToList();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(Volunteering, titles);
        Assert.DoesNotContain("Taalcafé De Schakel", titles);
        Assert.DoesNotContain("Zondagswandeling met taalbuddy", titles);
        Assert.Matches(@"^\d+ van 8 plaatsen vrij$", page.QuerySelector($"[data-offer='{await OfferIdAsync(Volunteering)}'] [data-free-places]")!.TextContent);
    }

    [Fact]
    public async Task Find_EveningAndWeekend_FindsTheTaalcafe()
    {
        var dossier = await _scenario.RegisterAsync();
        await _scenario.StartTrajectoryAsync(dossier);
        using var sarah = await _scenario.LoginAsync(DossierScenario.Sarah);

        var (_, page) = await sarah.GetPageAsync($"{dossier.Url}/Referrals?Search=true&Track=Participation&Municipality=Berchem&Schedule=Evening");

        Assert.Equal(["Taalcafé De Schakel"], page.QuerySelectorAll("[data-offer] h3").Select(h => h.TextContent));
    }

    [Fact]
    public async Task Send_WithoutConsent_SaysSoNextToTheFieldKeepsTheMessageAndSendsNothing()
    {
        var dossier = await _scenario.RegisterAsync();
        await _scenario.StartTrajectoryAsync(dossier);
        using var sarah = await _scenario.LoginAsync(DossierScenario.Sarah);

        var response = await sarah.SubmitFormAsync($"{dossier.Url}/Referrals/Send/{await OfferIdAsync(Volunteering)}", new Dictionary<string, string>
        {
            ["Input.Message"] = "Bericht dat blijft staan",
        });
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Zonder akkoord van de nieuwkomer kan de doorverwijzing niet vertrekken.", page.QuerySelector("#Input_Consent-error")?.TextContent);
        Assert.Equal("Bericht dat blijft staan", page.QuerySelector("#Input_Message")?.TextContent);
        Assert.NotNull(page.QuerySelector("[role=alert]"));
        using var db = factory.CreateDbContext();
        Assert.False(await db.Referrals.AnyAsync(r => r.NewcomerId == dossier.Id));
    }

    [Fact]
    public async Task Send_WithConsent_SharesOnlyWhatWasTickedAndShowsOnTheDossier()
    {
        var (dossier, _) = await ReferredAsync();
        using var sarah = await _scenario.LoginAsync(DossierScenario.Sarah);

        var (_, page) = await sarah.GetPageAsync(dossier.Url);
        var referral = await ReferralAsync(dossier);

        Assert.Equal((ReferralStatus.Sent, Today, dossier.FullName, (string?)null), (referral.Status, referral.ConsentOn, referral.Shared.FullName, referral.Shared.Email));
        Assert.Null(referral.Shared.Languages);
        Assert.Contains("Verstuurd", page.QuerySelector($"[data-referral='{referral.Id}'] [data-status]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Partner_WholeLoop_EachStepOnTheDossierAndTheHoursCountOnlyOnceConfirmed()
    {
        var (dossier, referralId) = await ReferredAsync();
        var hoursBefore = (await _scenario.TrajectoryAsync(dossier)).Participation.Hours;
        using var partner = await _scenario.LoginAsync(DemoDataSeeder.PartnerEmail);

        var accepted = await MoveAsync(partner, referralId, ReferralStatus.Accepted);
        var started = await MoveAsync(partner, referralId, ReferralStatus.Started);
        var hours = await partner.SubmitFormAsync($"/Partners/Referrals/{referralId}/Hours", new Dictionary<string, string> { ["Input.Hours"] = "10", ["Input.Date"] = DossierScenario.Iso(Today) });
        var attended = await MoveAsync(partner, referralId, ReferralStatus.Attended, "Elke woensdag aanwezig.");
        using var sarah = await _scenario.LoginAsync(DossierScenario.Sarah);
        var (_, dossierPage) = await sarah.GetPageAsync(dossier.Url);
        var (_, agenda) = await sarah.GetPageAsync("/Caseload/Agenda");

        Assert.All([accepted, started, hours, attended], r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        var referral = await ReferralAsync(dossier);
        Assert.Equal([ReferralStatus.Sent, ReferralStatus.Accepted, ReferralStatus.Started, ReferralStatus.Attended], referral.Steps.OrderBy(s => s.On).ThenBy(s => s.Status).Select(s => s.Status));
        Assert.Equal((ReferralStatus.Attended, 10m), (referral.Status, referral.ConfirmedHours));
        var trajectory = await _scenario.TrajectoryAsync(dossier);
        Assert.Equal(hoursBefore + 10, trajectory.Participation.Hours);
        var confirmed = Assert.Single(trajectory.Actions, a => a.ReferralId == referralId);
        Assert.Equal((HoursConfirmer.Organisation, "Buurthuis De Schakel"), (confirmed.HoursConfirmedBy!.Value, confirmed.HoursConfirmedByName));
        var card = dossierPage.QuerySelector($"[data-referral='{referralId}']")!.TextContent;
        Assert.Contains("Deelgenomen · afgesloten", card, StringComparison.Ordinal);
        Assert.Contains("Elke woensdag aanwezig.", card, StringComparison.Ordinal);
        Assert.Contains("Lotte Verbruggen (Buurthuis De Schakel)", card, StringComparison.Ordinal);
        Assert.Contains("10 uur bevestigd", card, StringComparison.Ordinal);
        Assert.Contains("bevestigd door Buurthuis De Schakel", dossierPage.QuerySelector("#actions ~ div table")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(dossier.FullName, agenda.QuerySelector("[data-testid=referral-news]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Partner_RefusesWithoutReason_IsAskedForItAndNothingChanges()
    {
        var (dossier, referralId) = await ReferredAsync();
        using var partner = await _scenario.LoginAsync(DemoDataSeeder.PartnerEmail);

        var response = await MoveAsync(partner, referralId, ReferralStatus.Refused);
        var page = await PortalClient.ParseAsync(response);
        var refused = await MoveAsync(partner, referralId, ReferralStatus.Refused, "Groep is volzet.");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Geef de reden van de weigering.", page.QuerySelector("#Input_Note-error")?.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        var referral = await ReferralAsync(dossier);
        Assert.Equal((ReferralStatus.Refused, "Groep is volzet."), (referral.Status, referral.Steps.Single(s => s.Status == ReferralStatus.Refused).Note));
    }

    [Theory]
    [InlineData(ReferralStatus.Completed)]
    [InlineData(ReferralStatus.DroppedOut)]
    public async Task Partner_EndsAStartedReferral_ClosesIt(ReferralStatus end)
    {
        var (dossier, referralId) = await ReferredAsync();
        using var partner = await _scenario.LoginAsync(DemoDataSeeder.PartnerEmail);

        await MoveAsync(partner, referralId, ReferralStatus.Accepted);
        await MoveAsync(partner, referralId, ReferralStatus.Started);
        var response = await MoveAsync(partner, referralId, end, "Resultaat");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.True((await ReferralAsync(dossier)).IsClosed);
    }

    [Fact]
    public async Task Partner_NoShowAfterAccepting_ClosesIt()
    {
        var (dossier, referralId) = await ReferredAsync();
        using var partner = await _scenario.LoginAsync(DemoDataSeeder.PartnerEmail);

        await MoveAsync(partner, referralId, ReferralStatus.Accepted);
        var response = await MoveAsync(partner, referralId, ReferralStatus.NoShow);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(ReferralStatus.NoShow, (await ReferralAsync(dossier)).Status);
    }

    [Fact]
    public async Task Partner_SkipsTheAnswer_IsRefusedAboveTheForm()
    {
        var (dossier, referralId) = await ReferredAsync();
        using var partner = await _scenario.LoginAsync(DemoDataSeeder.PartnerEmail);

        var response = await MoveAsync(partner, referralId, ReferralStatus.Completed);
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Deze stap kan niet (meer)", page.QuerySelector("[role=alert]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(ReferralStatus.Sent, (await ReferralAsync(dossier)).Status);
    }

    [Fact]
    public async Task Partner_HoursBeforeStarting_AreRefusedAndDoNotCount()
    {
        var (dossier, referralId) = await ReferredAsync();
        using var partner = await _scenario.LoginAsync(DemoDataSeeder.PartnerEmail);
        await MoveAsync(partner, referralId, ReferralStatus.Accepted);

        var response = await partner.PostWithTokenAsync($"/Partners/Referrals/{referralId}/Hours", new Dictionary<string, string> { ["Input.Hours"] = "10", ["Input.Date"] = DossierScenario.Iso(Today) }, "/Partners");
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("pas bevestigd worden als de persoon gestart is", page.QuerySelector("[role=alert]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(0m, (await ReferralAsync(dossier)).ConfirmedHours);
        Assert.DoesNotContain((await _scenario.TrajectoryAsync(dossier)).Actions, a => a.ReferralId == referralId);
    }

    [Fact]
    public async Task Partner_HoursOutOfRange_KeepsWhatWasTypedWithTheMessage()
    {
        var (_, referralId) = await ReferredAsync();
        using var partner = await _scenario.LoginAsync(DemoDataSeeder.PartnerEmail);
        await MoveAsync(partner, referralId, ReferralStatus.Accepted);
        await MoveAsync(partner, referralId, ReferralStatus.Started);

        var response = await partner.SubmitFormAsync($"/Partners/Referrals/{referralId}/Hours", new Dictionary<string, string> { ["Input.Hours"] = "41" });
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal("Vul een aantal uren in groter dan 0 en hoogstens 40.", page.QuerySelector("#Input_Hours-error")?.TextContent);
        Assert.Equal("41", page.QuerySelector("#Input_Hours")?.GetAttribute("value"));
    }

    [Fact]
    public async Task Agenda_ReferralUnansweredPastTheConfiguredDays_IsOverdue()
    {
        var (dossier, _) = await ReferredAsync();
        using var sarah = await _scenario.LoginAsync(DossierScenario.Sarah);

        var (_, before) = await sarah.GetPageAsync("/Caseload/Agenda");
        factory.Time.Offset = TimeSpan.FromDays(11);
        try
        {
            // Eleven days later the session has expired: a new login, as a person would.
            using var later = await _scenario.LoginAsync(DossierScenario.Sarah);
            var (_, after) = await later.GetPageAsync("/Caseload/Agenda");

            Assert.DoesNotContain(dossier.FullName, before.QuerySelector("[data-testid=referral-news]")?.TextContent ?? string.Empty, StringComparison.Ordinal);
            var item = after.QuerySelectorAll("[data-testid=referral-news] li").Single(li => li.TextContent.Contains(dossier.FullName, StringComparison.Ordinal));
            Assert.Contains("geen antwoord sinds", item.TextContent, StringComparison.Ordinal);
        }
        finally
        {
            factory.Time.Offset = TimeSpan.Zero;
        }
    }

    [Fact]
    public async Task Newcomer_SignsHoursInMijnTraject_TheyCountAndTheDossierSaysWhoSigned()
    {
        using var db = factory.CreateDbContext();
        var amina = await db.Newcomers.Where(n => n.Person.Email == DemoDataSeeder.NewcomerEmail).Select(n => n.Id).SingleAsync();
        var trajectory = await db.LoadTrajectoryAsync(amina, null, CancellationToken.None);
        var unsigned = trajectory!.Actions.Single(a => a.Type == ActionType.ParticipationActivity && a.Status == ActionStatus.Done && a.HoursConfirmedBy is null);
        var before = trajectory.Participation.Hours;
        using var newcomer = await _scenario.LoginAsync(DemoDataSeeder.NewcomerEmail);

        var (_, page) = await newcomer.GetPageAsync("/MyTrajectory");
        var form = (AngleSharp.Html.Dom.IHtmlFormElement)page.QuerySelector("#sign-hours ~ ul form")!;
        var response = await newcomer.SubmitAsync(form, new Dictionary<string, string>(), url: "/MyTrajectory");
        var (_, after) = await newcomer.GetPageAsync("/MyTrajectory");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        using var check = factory.CreateDbContext();
        var signed = await check.FollowUpActions.SingleAsync(a => a.Id == unsigned.Id);
        Assert.Equal((HoursConfirmer.Newcomer, "Amina Haddad"), (signed.HoursConfirmedBy!.Value, signed.HoursConfirmedByName));
        Assert.Equal(before + unsigned.Hours!.Value, (await check.Trajectories.SingleAsync(t => t.NewcomerId == amina && t.Kind == TrajectoryKind.Integration)).Participation.Hours);
        Assert.Null(after.QuerySelector("#sign-hours"));
        Assert.Contains("Taalcafé De Schakel", after.QuerySelector("#my-referrals ~ ul")!.TextContent, StringComparison.Ordinal);
    }
}
