using System.Net;
using Inburgering.Domain.History;
using Inburgering.Domain.Organisation;
using Inburgering.Domain.Trajectories;
using Inburgering.Tests.Shared;
using Inburgering.Web.Tests.Dossiers;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Web.Tests.OverTime;

/// <summary>The contribution for MO and NT2 through the forms: due, exempt (why) or paid, on the dossier and on Mijn traject.</summary>
public sealed class FeeFormTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private readonly DossierScenario _scenario = new(factory);

    private static DateOnly Today => DossierScenario.Today;

    private static string Text(AngleSharp.Dom.IDocument page, string selector) =>
        string.Join(" ", (page.QuerySelector(selector)?.TextContent ?? string.Empty).Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));

    private async Task<ArrangedDossier> ContractAsync(DateOnly intakeOn)
    {
        var dossier = await _scenario.RegisterAsync(status: Domain.Newcomers.ResidenceStatus.FamilyReunification, registeredOn: intakeOn.AddDays(-60));
        await _scenario.StartTrajectoryAsync(dossier, intakeOn: intakeOn);
        return dossier;
    }

    [Fact]
    public async Task Pay_TooMuchOrInTheFuture_ShowsMessagesNextToTheFieldsAndKeepsTheInput()
    {
        var dossier = await ContractAsync(Today.AddDays(-100));
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);

        var response = await client.SubmitFormAsync($"{dossier.Url}/Fees/Pay", new Dictionary<string, string>
        {
            ["Input.Part"] = "SocialOrientation",
            ["Input.PaidOn"] = DossierScenario.Iso(Today.AddDays(1)),
            ["Input.Amount"] = "200",
        });
        var page = await PortalClient.ParseAsync(response);
        var tooMuch = await client.SubmitFormAsync($"{dossier.Url}/Fees/Pay", new Dictionary<string, string>
        {
            ["Input.Part"] = "SocialOrientation",
            ["Input.PaidOn"] = DossierScenario.Iso(Today),
            ["Input.Amount"] = "181",
        });
        var tooMuchPage = await PortalClient.ParseAsync(tooMuch);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("De datum van betaling kan niet in de toekomst liggen.", Text(page, "#Input_PaidOn-error"));
        Assert.Equal("200", page.QuerySelector("#Input_Amount")?.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.OK, tooMuch.StatusCode);
        Assert.Equal("Het bedrag moet tussen € 1 en € 180 liggen (wat nog te betalen is).", Text(tooMuchPage, "#Input_Amount-error"));
        Assert.Equal(0m, (await _scenario.TrajectoryAsync(dossier)).SocialOrientationFeePaid);
    }

    [Fact]
    public async Task Pay_TheFullFeeForMo_DossierShowsPaidForMoAndDueForNt2AndTheHistoryKeepsIt()
    {
        var dossier = await ContractAsync(Today.AddDays(-100));
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);
        var (_, before) = await client.GetPageAsync(dossier.Url);

        var response = await client.SubmitFormAsync($"{dossier.Url}/Fees/Pay", new Dictionary<string, string>
        {
            ["Input.Part"] = "SocialOrientation",
            ["Input.PaidOn"] = DossierScenario.Iso(Today.AddDays(-3)),
            ["Input.Amount"] = "180",
        });
        var (_, after) = await client.GetPageAsync(dossier.Url);

        Assert.Equal("Nog te betalen: € 180", Text(before, "[data-testid=fee-SocialOrientation]"));
        DossierScenario.AssertRedirectTo(response, dossier);
        Assert.StartsWith("Betaald: € 180 op", Text(after, "[data-testid=fee-SocialOrientation]"), StringComparison.Ordinal);
        Assert.Equal("Nog te betalen: € 180", Text(after, "[data-testid=fee-DutchLanguage]"));
        Assert.Equal(new FeePaymentRecorded(TrackKind.SocialOrientation, 180m), (await _scenario.HistoryAsync(dossier))[0].Change);
    }

    [Fact]
    public async Task Exempt_WithoutReasonThenWithIt_ShowsTheMessageThenExemptWithTheReason()
    {
        var dossier = await ContractAsync(Today.AddDays(-100));
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);

        var refused = await client.SubmitFormAsync($"{dossier.Url}/Fees/Exempt", new Dictionary<string, string> { ["Input.Exemption"] = "IntegrationIncome", ["Input.Reason"] = "" });
        var refusedPage = await PortalClient.ParseAsync(refused);
        var saved = await client.SubmitFormAsync($"{dossier.Url}/Fees/Exempt", new Dictionary<string, string> { ["Input.Exemption"] = "IntegrationIncome", ["Input.Reason"] = "Attest OCMW Antwerpen" });
        var (_, page) = await client.GetPageAsync(dossier.Url);

        Assert.Equal("Vul een reden in.", Text(refusedPage, "#Input_Reason-error"));
        DossierScenario.AssertRedirectTo(saved, dossier);
        Assert.Equal("Vrijgesteld: leefloon of gelijkwaardige steun van het OCMW (Attest OCMW Antwerpen)", Text(page, "[data-testid=fee-DutchLanguage]"));
        Assert.Null(page.QuerySelector($"a[href='{dossier.Url}/Fees/Exempt']"));
    }

    [Fact]
    public async Task ContractBeforeFirstSeptember2023_NoFeeSectionAndTheFormsAreNotFound()
    {
        var dossier = await ContractAsync(new DateOnly(2023, 8, 31));
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);

        var (_, page) = await client.GetPageAsync(dossier.Url);
        var (pay, _) = await client.GetPageAsync($"{dossier.Url}/Fees/Pay");
        var (exempt, _) = await client.GetPageAsync($"{dossier.Url}/Fees/Exempt");

        Assert.Null(page.QuerySelector("[data-testid=fees]"));
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (pay.StatusCode, exempt.StatusCode));
    }

    [Theory]
    [InlineData("nl", "Je betaalt voor NT2 (Nederlands) nog € 180.", "Je hebt voor Maatschappelijke oriëntatie € 180 betaald op")]
    [InlineData("ar", "ما زلت تدفع 180 € مقابل", "دفعت 180 € مقابل")]
    public async Task MyTrajectory_Newcomer_SeesWhatTheyPayInTheirLanguage(string culture, string due, string paid)
    {
        using (var db = factory.CreateDbContext())
        {
            var own = await db.Newcomers.Where(n => n.Person.Email == DossierScenario.NewcomerAccount).Select(n => n.Id).SingleAsync();
            var trajectory = await db.LoadTrajectoryAsync(own, null, CancellationToken.None);
            if (trajectory!.SocialOrientationFeePaid == 0m)
            {
                trajectory.RecordFeePayment(TrackKind.SocialOrientation, trajectory.StartedOn.AddDays(5), 180m, Region.Flanders, Today);
                await db.SaveChangesAsync();
            }
        }

        using var client = await _scenario.LoginAsync(DossierScenario.NewcomerAccount);

        var (response, page) = await client.GetPageAsync($"/MyTrajectory?culture={culture}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith(due, Text(page, "[data-testid=my-fee-DutchLanguage]"), StringComparison.Ordinal);
        Assert.StartsWith(paid, Text(page, "[data-testid=my-fee-SocialOrientation]"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Fees/Pay")]
    [InlineData("Fees/Exempt")]
    public async Task FeeForms_TheNewcomerOnTheirOwnDossier_AreForbidden(string form)
    {
        using var db = factory.CreateDbContext();
        var own = await db.Newcomers.Where(n => n.Person.Email == DossierScenario.NewcomerAccount).Select(n => n.Id).SingleAsync();
        using var client = await _scenario.LoginAsync(DossierScenario.NewcomerAccount);

        var (response, _) = await client.GetPageAsync($"/Dossiers/{own}/{form}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
