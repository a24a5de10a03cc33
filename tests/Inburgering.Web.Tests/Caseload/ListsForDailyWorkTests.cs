using System.Globalization;
using System.Text.RegularExpressions;
using Inburgering.Domain.Trajectories;
using Inburgering.Tests.Shared;
using Inburgering.Web.Tests.Dossiers;

namespace Inburgering.Web.Tests.Caseload;

/// <summary>
/// The lists a case worker and a coordinator work from: the birth date tells two people with the same name apart,
/// the next action says what and when, the count says where in the list a page is, and the team's list has the
/// caseload's filters with a column for the case worker.
/// </summary>
public sealed partial class ListsForDailyWorkTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl");

    private readonly DossierScenario _scenario = new(factory);

    [GeneratedRegex(@"^(\d+)–(\d+) van (\d+)$")]
    private static partial Regex Range();

    [Fact]
    public async Task CaseloadRow_ShowsBirthDateAndTheNextActionWithItsDate()
    {
        var birthDate = new DateOnly(1991, 4, 17);
        var dossier = await _scenario.RegisterAsync(birthDate: birthDate);
        await _scenario.StartTrajectoryAsync(dossier);
        var due = DossierScenario.Today.AddDays(-80);
        await _scenario.LogActionAsync(dossier, TrackKind.Work, ActionType.Conversation, DossierScenario.Today.AddDays(-90), done: false, dueOn: due);
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);

        var (_, page) = await client.GetPageAsync($"/Caseload?Filter.Search={dossier.LastName}");

        var row = Assert.Single(page.QuerySelectorAll("main table tbody tr"));
        Assert.Equal(birthDate.ToString("d MMM yyyy", Dutch), row.QuerySelector("[data-testid=birth-date]")?.TextContent.Replace("geboren op", string.Empty, StringComparison.Ordinal).Trim());
        var next = row.QuerySelector("[data-testid=next]")!.TextContent;
        Assert.Contains("Gesprek (Werk)", next, StringComparison.Ordinal);
        Assert.Contains(due.ToString("d MMM yyyy", Dutch), next, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Caseload_SecondPage_SaysWhereInTheListItIs()
    {
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);

        var (_, first) = await client.GetPageAsync("/Caseload?Filter.IncludeClosed=true");
        var next = first.QuerySelectorAll("nav[aria-label=Bladeren] a.page-link").Single(a => a.TextContent == "Volgende").GetAttribute("href")!;
        var (_, second) = await client.GetPageAsync(next);

        var one = Range().Match(first.QuerySelector("[data-testid=range]")!.TextContent.Trim());
        var two = Range().Match(second.QuerySelector("[data-testid=range]")!.TextContent.Trim());
        Assert.True(one.Success && two.Success);
        var total = int.Parse(one.Groups[3].Value, Dutch);
        Assert.Equal(("1", "25"), (one.Groups[1].Value, one.Groups[2].Value));
        Assert.Equal("26", two.Groups[1].Value);
        Assert.Equal(Math.Min(50, total), int.Parse(two.Groups[2].Value, Dutch));
        Assert.Equal(int.Parse(two.Groups[2].Value, Dutch) - 25, second.QuerySelectorAll("main table tbody tr").Length);
    }

    [Fact]
    public async Task TeamList_HasTheCaseloadFiltersAndACaseWorkerColumn()
    {
        var dossier = await _scenario.RegisterAsync();
        using var client = await _scenario.LoginAsync(DossierScenario.AtlasCoordinator);

        var (_, page) = await client.GetPageAsync($"/Team/Dossiers?Filter.Search={dossier.LastName}");

        Assert.NotNull(page.QuerySelector("form[role=search] #search"));
        Assert.NotNull(page.QuerySelector("form[role=search] select#case-worker"));
        Assert.NotNull(page.QuerySelector("form[role=search] #overdue"));
        var headers = page.QuerySelectorAll("main table thead th").Select(th => th.TextContent.Trim()).ToList();
        Assert.Contains("Trajectbegeleider", headers);
        var row = Assert.Single(page.QuerySelectorAll("main table tbody tr"));
        var cells = row.QuerySelectorAll("td");
        Assert.Equal("Sarah Peeters", cells[cells.Length - 1].TextContent.Trim());
    }
}
