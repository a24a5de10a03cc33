using Inburgering.DemoData;
using Inburgering.Domain.Organisation;
using Inburgering.Domain.Trajectories;
using Inburgering.Tests.Shared;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Web.Tests.Team;

public sealed class TeamTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Team_Coordinator_SeesCaseloadCountsOfOwnAgencyOnly()
    {
        using var client = new PortalClient(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));
        await client.LoginOrFailAsync(DemoDataSeeder.CoordinatorEmail);
        using var db = factory.CreateDbContext();
        var expected = await db.Newcomers.Where(n => n.Agency == Agency.Atlas)
            .Join(db.Users, n => n.CaseWorkerId, u => u.Id, (n, u) => u.DisplayName)
            .GroupBy(name => name)
            .Select(g => new { Name = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Name, x => x.Count);

        var (_, page) = await client.GetPageAsync("/Team");
        var rows = page.QuerySelectorAll("main table tbody tr")
            .ToDictionary(r => r.QuerySelector("th")!.TextContent.Trim(), r => int.Parse(r.QuerySelectorAll("td")[1].QuerySelector("a")!.ChildNodes[0].TextContent, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected.OrderBy(e => e.Key), rows.OrderBy(r => r.Key));
        Assert.Contains("Sarah Peeters", rows.Keys);
        Assert.DoesNotContain("Wim Jacobs", rows.Keys);
    }

    [Fact]
    public async Task Team_RunningTrajectoriesColumn_MatchesTheDatabase()
    {
        using var client = new PortalClient(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));
        await client.LoginOrFailAsync(DemoDataSeeder.CoordinatorEmail);
        using var db = factory.CreateDbContext();
        var sarah = await db.Users.Where(u => u.Email == DemoDataSeeder.CaseWorkerEmail).Select(u => u.Id).SingleAsync();
        var running = await db.Trajectories.CountAsync(t => t.Kind == TrajectoryKind.Integration && t.Status == TrajectoryStatus.Running
            && db.Newcomers.Any(n => n.Id == t.NewcomerId && n.CaseWorkerId == sarah));

        var (_, page) = await client.GetPageAsync("/Team");
        var row = page.QuerySelectorAll("main table tbody tr").Single(r => r.QuerySelector("th")!.TextContent == "Sarah Peeters");

        Assert.Equal(running.ToString(System.Globalization.CultureInfo.InvariantCulture), row.QuerySelectorAll("td")[2].TextContent);
    }
}
