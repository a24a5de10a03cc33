using System.Net;
using Inburgering.Tests.Shared;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Web.Tests.Operations;

/// <summary>A load balancer must stop sending requests to an instance whose database is behind its model.</summary>
public sealed class ReadinessTests
{
    [Fact]
    public async Task Ready_DatabaseBehindTheMigrations_Answers503WithoutDetailWhileLiveStaysUp()
    {
        using var factory = new PortalFactory();
        using var client = factory.CreateClient();
        using (var db = factory.CreateDbContext())
        {
            var latest = db.Database.GetMigrations().Last();
            await db.Database.ExecuteSqlRawAsync("DELETE FROM \"__EFMigrationsHistory\" WHERE \"MigrationId\" = {0}", latest);
        }

        var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        var live = await client.GetAsync(new Uri("/health/live", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("Unhealthy", await ready.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }
}
