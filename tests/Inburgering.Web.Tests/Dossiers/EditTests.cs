using System.Net;
using AngleSharp.Html.Dom;
using Inburgering.Domain.History;
using Inburgering.Domain.Newcomers;
using Inburgering.Tests.Shared;

namespace Inburgering.Web.Tests.Dossiers;

public sealed class EditTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string AgIIBrugge = "an.willems@inburgering.test";

    private readonly DossierScenario _scenario = new(factory);

    private static string EditUrl(ArrangedDossier dossier) => $"{dossier.Url}/Edit";

    private static IHtmlFormElement Form(AngleSharp.Dom.IDocument page) => (IHtmlFormElement)page.QuerySelector("main form[method=post]")!;

    [Fact]
    public async Task Edit_Get_ShowsTheStoredValues()
    {
        var dossier = await _scenario.RegisterAsync(firstName: "Rania");
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);

        var (response, page) = await client.GetPageAsync(EditUrl(dossier));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Rania", page.QuerySelector("#Input_FirstName")?.GetAttribute("value"));
        Assert.Equal(dossier.LastName, page.QuerySelector("#Input_LastName")?.GetAttribute("value"));
        Assert.Equal("SY", page.QuerySelector("#Input_Nationality option[selected]")?.GetAttribute("value"));
        Assert.Equal("RecognisedRefugee", page.QuerySelector("#Input_ResidenceStatus option[selected]")?.GetAttribute("value"));
    }

    [Fact]
    public async Task Edit_ValidChange_SavesConfirmsAndRecordsWhichFieldsChanged()
    {
        // An AgII case worker: Mortsel is AgII's (Atlas serves only the city of Antwerp, and a move to another agency is refused).
        var dossier = await _scenario.RegisterAsync(caseWorkerEmail: AgIIBrugge);
        using var client = await _scenario.LoginAsync(AgIIBrugge);

        var response = await client.SubmitFormAsync(EditUrl(dossier), new Dictionary<string, string>
        {
            ["Input.Phone"] = "0488 12 34 56",
            ["Input.Municipality"] = "Mortsel",
        });
        var (_, page) = await client.GetPageAsync(response.Headers.Location!.OriginalString);

        DossierScenario.AssertRedirectTo(response, dossier);
        Assert.Equal("De gegevens zijn bewaard.", page.QuerySelector("[role=status]")?.TextContent);
        var stored = await _scenario.NewcomerAsync(dossier);
        Assert.Equal("0488 12 34 56", stored.Person.Phone);
        Assert.Equal("Mortsel", stored.Person.Municipality);
        var latest = (await _scenario.HistoryAsync(dossier))[0];
        Assert.Equal(new PersonalDataChanged(["Phone", "Municipality"]), latest.Change);
        Assert.Equal(await _scenario.UserIdAsync(AgIIBrugge), latest.ActorId);
    }

    [Fact]
    public async Task Edit_NothingChanged_SavesWithoutAHistoryLine()
    {
        var dossier = await _scenario.RegisterAsync();
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);
        var before = (await _scenario.HistoryAsync(dossier)).Count;

        var response = await client.SubmitFormAsync(EditUrl(dossier), new Dictionary<string, string>());

        DossierScenario.AssertRedirectTo(response, dossier);
        Assert.Equal(before, (await _scenario.HistoryAsync(dossier)).Count);
    }

    [Fact]
    public async Task Edit_ResidenceChanged_StoresTheNewStatus()
    {
        var dossier = await _scenario.RegisterAsync(status: ResidenceStatus.FamilyReunification);
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);

        var response = await client.SubmitFormAsync(EditUrl(dossier), new Dictionary<string, string>
        {
            ["Input.ResidenceStatus"] = "Regularised",
        });

        DossierScenario.AssertRedirectTo(response, dossier);
        Assert.Equal(ResidenceStatus.Regularised, (await _scenario.NewcomerAsync(dossier)).Residence.Status);
        Assert.IsType<ResidenceChanged>((await _scenario.HistoryAsync(dossier))[0].Change);
    }

    [Fact]
    public async Task Edit_InvalidInput_ShowsMessagesKeepsWhatWasTypedAndChangesNothing()
    {
        var dossier = await _scenario.RegisterAsync(firstName: "Rania");
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);

        var response = await client.SubmitFormAsync(EditUrl(dossier), new Dictionary<string, string>
        {
            ["Input.FirstName"] = "Rania-Nour",
            ["Input.LastName"] = "",
            ["Input.RegisteredOn"] = DossierScenario.Iso(DossierScenario.Today.AddDays(1)),
        });
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Vul de familienaam in.", page.QuerySelector("#Input_LastName-error")?.TextContent);
        Assert.Equal("De datum van inschrijving kan niet in de toekomst liggen.", page.QuerySelector("#Input_RegisteredOn-error")?.TextContent);
        Assert.Equal("Rania-Nour", page.QuerySelector("#Input_FirstName")?.GetAttribute("value"));
        Assert.Equal(DossierScenario.Iso(DossierScenario.Today.AddDays(1)), page.QuerySelector("#Input_RegisteredOn")?.GetAttribute("value"));
        Assert.Equal("Rania", (await _scenario.NewcomerAsync(dossier)).Person.FirstName);
    }

    [Fact]
    public async Task Edit_TwoPeopleSaveTheSameDossier_SecondGetsConflictKeepsInputAndFirstSaveStays()
    {
        var dossier = await _scenario.RegisterAsync(firstName: "Rania");
        using var first = await _scenario.LoginAsync(DossierScenario.Sarah);
        using var second = await _scenario.LoginAsync(DossierScenario.Sarah);
        var (_, firstForm) = await first.GetPageAsync(EditUrl(dossier));
        var (_, secondForm) = await second.GetPageAsync(EditUrl(dossier));

        var firstSave = await first.SubmitAsync(Form(firstForm), new Dictionary<string, string> { ["Input.Phone"] = "0470 00 00 01" }, url: EditUrl(dossier));
        var secondSave = await second.SubmitAsync(Form(secondForm), new Dictionary<string, string> { ["Input.FirstName"] = "Rana", ["Input.Phone"] = "0470 00 00 02" }, url: EditUrl(dossier));
        var page = await PortalClient.ParseAsync(secondSave);

        DossierScenario.AssertRedirectTo(firstSave, dossier);
        Assert.Equal(HttpStatusCode.OK, secondSave.StatusCode);
        Assert.StartsWith("Iemand anders heeft dit dossier gewijzigd terwijl jij het bewerkte.", page.QuerySelector("main [role=alert] p, main [role=alert] li")?.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Contains("0470 00 00 01", page.QuerySelector("#other-changes-table")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("Rana", page.QuerySelector("#Input_FirstName")?.GetAttribute("value"));
        Assert.Equal("0470 00 00 02", page.QuerySelector("#Input_Phone")?.GetAttribute("value"));
        var stored = await _scenario.NewcomerAsync(dossier);
        Assert.Equal("Rania", stored.Person.FirstName);
        Assert.Equal("0470 00 00 01", stored.Person.Phone);
    }

    [Fact]
    public async Task Edit_AfterAConflict_SavingAgainWritesOnlyOwnFieldsAndKeepsTheOthersChange()
    {
        var dossier = await _scenario.RegisterAsync(firstName: "Rania");
        using var first = await _scenario.LoginAsync(DossierScenario.Sarah);
        using var second = await _scenario.LoginAsync(DossierScenario.Sarah);
        var (_, secondForm) = await second.GetPageAsync(EditUrl(dossier));
        await first.SubmitFormAsync(EditUrl(dossier), new Dictionary<string, string> { ["Input.Phone"] = "0470 00 00 01" });
        var conflict = await second.SubmitAsync(Form(secondForm), new Dictionary<string, string> { ["Input.FirstName"] = "Rana" }, url: EditUrl(dossier));
        var conflictPage = await PortalClient.ParseAsync(conflict);

        var again = await second.SubmitAsync(Form(conflictPage), new Dictionary<string, string>(), url: EditUrl(dossier));

        DossierScenario.AssertRedirectTo(again, dossier);
        var stored = await _scenario.NewcomerAsync(dossier);
        Assert.Equal("Rana", stored.Person.FirstName);
        Assert.Equal("0470 00 00 01", stored.Person.Phone);
        Assert.Contains("0470 00 00 01", conflictPage.QuerySelector("#other-changes-table")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("0470 00 00 01", conflictPage.QuerySelector("#Input_Phone")?.GetAttribute("value"));
    }

    [Fact]
    public async Task Edit_DossierReassignedWhileTyping_KeepsTheTypedTextAndSaysWhy()
    {
        var dossier = await _scenario.RegisterAsync(firstName: "Rania");
        using var sarah = await _scenario.LoginAsync(DossierScenario.Sarah);
        var (_, form) = await sarah.GetPageAsync(EditUrl(dossier));
        using (var coordinator = await _scenario.LoginAsync(DossierScenario.AtlasCoordinator))
        {
            var reassign = await coordinator.PostWithTokenAsync("/Team/Dossiers?handler=Reassign", new Dictionary<string, string>
            {
                ["Input.Confirmed"] = "true",
                ["Input.Selected"] = dossier.Id.ToString(),
                ["Input.CaseWorker"] = await _scenario.UserIdAsync(DossierScenario.Tom),
                ["Input.Reason"] = "Sarah met ziekteverlof",
            }, tokenPage: "/Team");
            Assert.Equal(HttpStatusCode.Redirect, reassign.StatusCode);
        }

        var response = await sarah.SubmitAsync(Form(form), new Dictionary<string, string> { ["Input.Languages"] = "Arabisch, wat Frans" }, url: EditUrl(dossier));
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var message = page.QuerySelector("main [role=alert] p, main [role=alert] li")?.TextContent;
        Assert.Contains("Tom Maes", message, StringComparison.Ordinal);
        Assert.Contains("Sarah met ziekteverlof", message, StringComparison.Ordinal);
        Assert.Equal("Arabisch, wat Frans", page.QuerySelector("#Input_Languages")?.GetAttribute("value"));
        Assert.NotEqual("Arabisch, wat Frans", (await _scenario.NewcomerAsync(dossier)).Person.Languages);
    }

    [Fact]
    public async Task Edit_NationalRegisterNumberOfAnotherDossier_IsRefused()
    {
        var dossier = await _scenario.RegisterAsync();
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);
        var amina = NationalRegisterNumber.For(new DateOnly(1994, 5, 12), 264);

        var response = await client.SubmitFormAsync(EditUrl(dossier), new Dictionary<string, string> { ["Input.NationalRegisterNumber"] = amina.Digits });
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Er bestaat al een dossier met dit rijksregisternummer.", page.QuerySelector("#Input_NationalRegisterNumber-error")?.TextContent);
        Assert.Null((await _scenario.NewcomerAsync(dossier)).Person.NationalRegisterNumber);
    }

    [Fact]
    public async Task Edit_OwnNationalRegisterNumberSavedAgain_IsNoDuplicate()
    {
        var dossier = await _scenario.RegisterAsync();
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);
        var number = NationalRegisterNumber.For(DossierScenario.Today.AddYears(-30), 417);
        await client.SubmitFormAsync(EditUrl(dossier), new Dictionary<string, string> { ["Input.NationalRegisterNumber"] = number.Digits });

        var response = await client.SubmitFormAsync(EditUrl(dossier), new Dictionary<string, string> { ["Input.Phone"] = "03 123 45 67" });

        DossierScenario.AssertRedirectTo(response, dossier);
        Assert.Equal(number, (await _scenario.NewcomerAsync(dossier)).Person.NationalRegisterNumber);
    }

    [Fact]
    public async Task Edit_PostToOtherCaseWorkersDossier_Returns404AndChangesNothing()
    {
        var own = await _scenario.RegisterAsync();
        var other = await _scenario.RegisterAsync(DossierScenario.Tom, firstName: "Tomsdossier");
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);
        var (_, ownForm) = await client.GetPageAsync(EditUrl(own));

        var response = await client.SubmitAsync(Form(ownForm), new Dictionary<string, string> { ["Input.FirstName"] = "Overgenomen" }, url: EditUrl(other));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Tomsdossier", (await _scenario.NewcomerAsync(other)).Person.FirstName);
    }

    [Fact]
    public async Task Edit_Coordinator_Returns403()
    {
        var dossier = await _scenario.RegisterAsync();
        using var client = await _scenario.LoginAsync(DossierScenario.AtlasCoordinator);

        var (response, _) = await client.GetPageAsync(EditUrl(dossier));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
