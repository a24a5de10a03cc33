using System.Net;
using Inburgering.DemoData;
using Inburgering.Tests.Shared;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Web.Tests.Caseload;

public sealed class CaseloadTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private async Task<PortalClient> CaseWorkerAsync()
    {
        var client = new PortalClient(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));
        await client.LoginOrFailAsync(DemoDataSeeder.CaseWorkerEmail);
        return client;
    }

    private async Task<HashSet<string>> OwnDossierNumbersAsync()
    {
        using var db = factory.CreateDbContext();
        var caseWorkerId = await db.Users.Where(u => u.Email == DemoDataSeeder.CaseWorkerEmail).Select(u => u.Id).SingleAsync();
        return [.. await db.Newcomers.Where(n => n.CaseWorkerId == caseWorkerId).Select(n => n.Number).ToListAsync()];
    }

    private static List<string> Numbers(AngleSharp.Dom.IDocument page) =>
        [.. page.QuerySelectorAll("main table tbody tr td:nth-child(2)").Select(td => td.TextContent.Trim())];

    [Fact]
    public async Task Caseload_PagedThroughToTheEnd_ShowsExactlyOwnDossiersOnce()
    {
        using var client = await CaseWorkerAsync();
        var own = await OwnDossierNumbersAsync();
        var seen = new List<string>();

        // Closed trajectories are left out by default; asked for, every own dossier is there.
        string? url = "/Caseload?Filter.IncludeClosed=true";
        var pages = 0;
        while (url is not null && pages++ < 20)
        {
            var (response, page) = await client.GetPageAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            seen.AddRange(Numbers(page));
            url = page.QuerySelector("nav[aria-label=Bladeren] a.page-link:last-child")?.TextContent == "Volgende"
                ? page.QuerySelectorAll("nav[aria-label=Bladeren] a.page-link").LastOrDefault(a => a.TextContent == "Volgende")?.GetAttribute("href")
                : null;
        }

        Assert.True(own.Count >= 25, "the demo case worker has a caseload of at least 25");
        Assert.Equal(own.Count, seen.Count);
        Assert.True(own.SetEquals(seen));
        Assert.True(pages > 1, "more than one page");
    }

    [Fact]
    public async Task Caseload_NextThenPrevious_ReturnsTheFirstPageAgain()
    {
        using var client = await CaseWorkerAsync();

        var (_, first) = await client.GetPageAsync("/Caseload");
        var next = first.QuerySelectorAll("nav[aria-label=Bladeren] a.page-link").Single(a => a.TextContent == "Volgende").GetAttribute("href")!;
        var (_, second) = await client.GetPageAsync(next);
        var previous = second.QuerySelectorAll("nav[aria-label=Bladeren] a.page-link").Single(a => a.TextContent == "Vorige").GetAttribute("href")!;
        var (_, again) = await client.GetPageAsync(previous);

        Assert.Equal(Numbers(first), Numbers(again));
        Assert.Empty(Numbers(first).Intersect(Numbers(second)));
    }

    [Fact]
    public async Task Caseload_OverdueFilter_ShowsOnlyDossiersWithAnOverdueAction()
    {
        using var client = await CaseWorkerAsync();

        var (_, page) = await client.GetPageAsync("/Caseload?Filter.Overdue=true");
        var rows = page.QuerySelectorAll("main table tbody tr").ToList();

        Assert.NotEmpty(rows);
        Assert.All(rows, row => Assert.Contains("Achterstallig", row.TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Caseload_SearchByName_FindsTheDossier()
    {
        using var client = await CaseWorkerAsync();

        var (_, page) = await client.GetPageAsync("/Caseload?Filter.Search=amina+haddad");

        Assert.Single(page.QuerySelectorAll("main table tbody tr"));
        Assert.Contains("Haddad, Amina", page.QuerySelector("main table tbody tr")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Caseload_TamperedCursorOrFilter_StillAnswersWithTheList()
    {
        using var client = await CaseWorkerAsync();

        var (response, page) = await client.GetPageAsync("/Caseload?Filter.After=%3Cscript%3E&Filter.Track=Nonsense&Filter.Sort=42");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(Numbers(page));
    }
}
