using System.Net;
using Inburgering.Tests.Shared;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Web.Tests.Reports;

public sealed class CoordinatorTests(KnownDatasetFactory factory) : IClassFixture<KnownDatasetFactory>
{
    [Fact]
    public async Task TeamOverview_FiguresPerCaseWorkerOfTheOwnAgency()
    {
        using var coordinator = await factory.LoginAsync(KnownDatasetFactory.CoordinatorAgII);

        var (_, page) = await coordinator.GetPageAsync("/Team");
        var rows = page.QuerySelectorAll("main table tbody tr").ToDictionary(
            r => r.QuerySelector("th")!.TextContent,
            r => r.QuerySelectorAll("td").Select(td => (td.QuerySelector("a")?.ChildNodes.First().TextContent ?? td.TextContent).Trim()).ToArray());

        // Columns: office, dossiers, running, without intake, overdue actions, stalled, intakes this month, MO, NT2, work, participation.
        Assert.Equal(["7", "5", "0", "0", "0", "5", "0", "5", "5", "5", "0"], rows["cw.limburg"][1..]);
        Assert.Equal(["3", "3", "0", "3", "0", "3", "0", "3", "3", "3", "0"], rows["cw.formule"][1..]);
        Assert.DoesNotContain("cw.antwerpen", rows.Keys);
    }

    [Fact]
    public async Task TeamOverview_StalledCount_LinksToTheMatchingList()
    {
        using var coordinator = await factory.LoginAsync(KnownDatasetFactory.CoordinatorAgII);

        var (_, overview) = await coordinator.GetPageAsync("/Team");
        var link = overview.QuerySelectorAll("main table a").Single(a => a.TextContent.EndsWith("Stilgevallen dossiers van cw.formule", StringComparison.Ordinal)).GetAttribute("href")!;
        var (_, list) = await coordinator.GetPageAsync(link);
        var names = list.QuerySelectorAll("main table tbody tr td:nth-child(2)").Select(td => td.TextContent.Trim()).ToList();

        Assert.Equal(3, names.Count);
        Assert.All(names, name => Assert.StartsWith("Bekend, Formule", name, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reassign_ToACaseWorkerOfAnotherAgency_IsRefusedAndChangesNothing()
    {
        using var coordinator = await factory.LoginAsync(KnownDatasetFactory.CoordinatorAgII);
        var other = await factory.UserIdAsync(KnownDatasetFactory.CaseWorkerAntwerpen);
        var dossier = factory.Dossiers["Limburg0"];

        var response = await coordinator.PostWithTokenAsync("/Team/Dossiers?handler=Reassign", new Dictionary<string, string>
        {
            ["Input.Confirmed"] = "true",
            ["Input.Selected"] = dossier.ToString(),
            ["Input.CaseWorker"] = other,
            ["Input.Reason"] = "Verhuis",
        }, tokenPage: "/Team");
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("hetzelfde agentschap", page.QuerySelector("#Input_CaseWorker-error")?.TextContent, StringComparison.Ordinal);
        using var db = factory.CreateDbContext();
        Assert.Equal(await factory.UserIdAsync(KnownDatasetFactory.CaseWorkerLimburg), await db.Newcomers.Where(n => n.Id == dossier).Select(n => n.CaseWorkerId).SingleAsync());
    }

    [Fact]
    public async Task Reassign_AnotherAgencysDossier_IsNotFound()
    {
        using var coordinator = await factory.LoginAsync(KnownDatasetFactory.CoordinatorAgII);

        var response = await coordinator.PostWithTokenAsync("/Team/Dossiers?handler=Reassign", new Dictionary<string, string>
        {
            ["Input.Confirmed"] = "true",
            ["Input.Selected"] = factory.Dossiers["Antwerpen0"].ToString(),
            ["Input.CaseWorker"] = await factory.UserIdAsync(KnownDatasetFactory.CaseWorkerLimburg),
            ["Input.Reason"] = "Poging",
        }, tokenPage: "/Team");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Dossier_OwnAgencyIsReadOnly_OtherAgencyIsNotFound()
    {
        using var coordinator = await factory.LoginAsync(KnownDatasetFactory.CoordinatorAgII);

        var (own, ownPage) = await coordinator.GetPageAsync($"/Dossiers/{factory.Dossiers["Limburg1"]}");
        var (other, otherPage) = await coordinator.GetPageAsync($"/Dossiers/{factory.Dossiers["Antwerpen1"]}");

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Empty(ownPage.QuerySelectorAll("a[href$='/Edit'], a[href*='/Actions/Log']"));
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.DoesNotContain("Antwerpen1", otherPage.Body!.TextContent, StringComparison.Ordinal);
    }
}
