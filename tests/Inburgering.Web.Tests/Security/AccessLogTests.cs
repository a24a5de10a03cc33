using System.Net;
using Inburgering.Data.Audit;
using Inburgering.DemoData;
using Inburgering.Domain.Organisation;
using Inburgering.Tests.Shared;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Web.Tests.Security;

/// <summary>Every read of a person's data leaves a row; coordinators and the newcomer see them.</summary>
public sealed class AccessLogTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private PortalClient NewClient() => new(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));

    private async Task<Domain.Newcomers.NewcomerId> DossierAsync(string lastName, string firstName)
    {
        using var db = factory.CreateDbContext();
        var caseWorker = await db.Users.Where(u => u.Email == DemoDataSeeder.CaseWorkerEmail).Select(u => u.Id).SingleAsync();
        return await db.Newcomers.Where(n => n.CaseWorkerId == caseWorker && n.Person.LastName == lastName && n.Person.FirstName == firstName)
            .OrderBy(n => n.Person.Email == DemoDataSeeder.NewcomerEmail ? 0 : 1).Select(n => n.Id).FirstAsync();
    }

    [Fact]
    public async Task OpeningADossier25Times_Leaves25RowsWithWhoRoleOrganisationAndPurpose()
    {
        using var caseWorker = NewClient();
        await caseWorker.LoginOrFailAsync(DemoDataSeeder.CaseWorkerEmail);
        using var db = factory.CreateDbContext();
        var dossier = await db.Newcomers.Where(n => n.Person.LastName != "Haddad").Join(db.Users.Where(u => u.Email == DemoDataSeeder.CaseWorkerEmail), n => n.CaseWorkerId, u => u.Id, (n, _) => n.Id).FirstAsync();

        for (var i = 0; i < 25; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await caseWorker.Http.GetAsync(new Uri($"/Dossiers/{dossier}", UriKind.Relative))).StatusCode);
        }

        var rows = await db.AccessLog.Where(e => e.NewcomerId == dossier).ToListAsync();
        Assert.Equal(25, rows.Count(e => e.Kind == AccessKind.Dossier));
        Assert.All(rows, e =>
        {
            Assert.Equal("Sarah Peeters", e.UserName);
            Assert.Equal(Roles.CaseWorker, e.Role);
            Assert.Equal(Agency.Atlas, e.Agency);
            Assert.Equal(AccessPurpose.Guidance, e.Purpose);
            Assert.False(e.Unusual);
        });
    }

    [Fact]
    public async Task EditFormAndSearch_AreRecordedAsPersonalDataAndSearch()
    {
        var dossier = await DossierAsync("Haddad", "Amina");
        using var caseWorker = NewClient();
        await caseWorker.LoginOrFailAsync(DemoDataSeeder.CaseWorkerEmail);

        var edit = await caseWorker.Http.GetAsync(new Uri($"/Dossiers/{dossier}/Edit", UriKind.Relative));
        var search = await caseWorker.Http.GetAsync(new Uri("/Caseload?Filter.Search=Haddad", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, edit.StatusCode);
        Assert.Equal(HttpStatusCode.OK, search.StatusCode);
        using var db = factory.CreateDbContext();
        var kinds = await db.AccessLog.Where(e => e.NewcomerId == dossier).Select(e => e.Kind).ToListAsync();
        Assert.Contains(AccessKind.PersonalData, kinds);
        Assert.Contains(AccessKind.Search, kinds);
    }

    [Fact]
    public async Task CoordinatorSeesWhoReadTheDossier_AndTheNewcomerSeesWhichOrganisation()
    {
        var dossier = await DossierAsync("Haddad", "Amina");
        using (var caseWorker = NewClient())
        {
            await caseWorker.LoginOrFailAsync(DemoDataSeeder.CaseWorkerEmail);
            await caseWorker.Http.GetAsync(new Uri($"/Dossiers/{dossier}", UriKind.Relative));
        }

        using var coordinator = NewClient();
        await coordinator.LoginOrFailAsync(DemoDataSeeder.CoordinatorEmail);
        var (_, dossierPage) = await coordinator.GetPageAsync($"/Dossiers/{dossier}");
        using var newcomer = NewClient();
        await newcomer.LoginOrFailAsync(DemoDataSeeder.NewcomerEmail);
        var (_, myData) = await newcomer.GetPageAsync("/MyTrajectory/Data");

        var log = dossierPage.QuerySelector("section[aria-labelledby=access-log]")?.TextContent;
        Assert.Contains("Sarah Peeters (Trajectbegeleider)", log, StringComparison.Ordinal);
        Assert.Contains("Begeleiding van het traject", log, StringComparison.Ordinal);
        Assert.Contains("Atlas Antwerpen", myData.QuerySelector("#access-list")?.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Sarah", myData.QuerySelector("#access-list")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TryingDossiersOutsideTheCaseload_IsFlaggedForTheCoordinator()
    {
        using var db = factory.CreateDbContext();
        var tom = await db.Users.Where(u => u.Email == "tom.maes@inburgering.test").Select(u => u.Id).SingleAsync();
        var others = await db.Newcomers.Where(n => n.CaseWorkerId != tom).Select(n => n.Id).Take(UnusualReadingLimit + 1).ToListAsync();
        using var caseWorker = NewClient();
        await caseWorker.LoginOrFailAsync("tom.maes@inburgering.test");
        // The coordinator has the overview open already: its list is a snapshot (ADR 0010) that the flagged read must renew.
        using var coordinator = NewClient();
        await coordinator.LoginOrFailAsync(DemoDataSeeder.CoordinatorEmail);
        var (_, before) = await coordinator.GetPageAsync("/Team");

        foreach (var other in others)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await caseWorker.Http.GetAsync(new Uri($"/Dossiers/{other}", UriKind.Relative))).StatusCode);
        }

        var (_, team) = await coordinator.GetPageAsync("/Team");

        Assert.Equal(others.Count, await db.AccessLog.CountAsync(e => e.UserId == tom && e.Kind == AccessKind.Refused));
        Assert.Equal(1, await db.AccessLog.CountAsync(e => e.UserId == tom && e.Kind == AccessKind.Refused && e.Unusual));
        Assert.DoesNotContain("Tom Maes", before.QuerySelector("#unusual-list")?.TextContent ?? string.Empty, StringComparison.Ordinal);
        Assert.Contains("Tom Maes", team.QuerySelector("#unusual-list")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadingMoreThan40DossiersInAnHour_FlagsTheReadsBeyondTheLimit()
    {
        using var db = factory.CreateDbContext();
        var koen = await db.Users.Where(u => u.Email == DemoDataSeeder.CoordinatorEmail).Select(u => u.Id).SingleAsync();
        var read = await db.AccessLog.Where(e => e.UserId == koen && e.Kind == AccessKind.Dossier).Select(e => e.NewcomerId).Distinct().ToListAsync();
        var unread = await db.Newcomers.Where(n => n.Agency == Agency.Atlas && !read.Contains(n.Id)).OrderBy(n => n.Number)
            .Select(n => n.Id).Take(Web.Security.UnusualReading.DossiersPerHour - read.Count + 1).ToListAsync();
        using var coordinator = NewClient();
        await coordinator.LoginOrFailAsync(DemoDataSeeder.CoordinatorEmail);

        foreach (var dossier in unread)
        {
            Assert.Equal(HttpStatusCode.OK, (await coordinator.Http.GetAsync(new Uri($"/Dossiers/{dossier}", UriKind.Relative))).StatusCode);
        }

        var flagged = await db.AccessLog.Where(e => e.UserId == koen && e.Unusual).Select(e => e.NewcomerId).ToListAsync();
        Assert.Equal([unread[^1]], flagged);
    }

    [Fact]
    public async Task OpeningThePersonalDataFormMoreThan10TimesIn10Minutes_FlagsTheViewsBeyondTheLimit()
    {
        var dossier = await DossierAsync("Haddad", "Amina");
        using var db = factory.CreateDbContext();
        var sarah = await db.Users.Where(u => u.Email == DemoDataSeeder.CaseWorkerEmail).Select(u => u.Id).SingleAsync();
        var earlier = await db.AccessLog.CountAsync(e => e.UserId == sarah && e.Kind == AccessKind.PersonalData);
        using var caseWorker = NewClient();
        await caseWorker.LoginOrFailAsync(DemoDataSeeder.CaseWorkerEmail);

        for (var i = earlier; i <= Web.Security.UnusualReading.PersonalDataPerTenMinutes; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await caseWorker.Http.GetAsync(new Uri($"/Dossiers/{dossier}/Edit", UriKind.Relative))).StatusCode);
        }

        var views = await db.AccessLog.Where(e => e.UserId == sarah && e.Kind == AccessKind.PersonalData).OrderBy(e => e.AtUtc).Select(e => e.Unusual).ToListAsync();
        Assert.Equal(Web.Security.UnusualReading.PersonalDataPerTenMinutes + 1, views.Count);
        Assert.Equal([.. Enumerable.Repeat(false, Web.Security.UnusualReading.PersonalDataPerTenMinutes), true], views);
    }

    [Fact]
    public async Task AccessLog_IsAppendOnly()
    {
        using (var caseWorker = NewClient())
        {
            await caseWorker.LoginOrFailAsync(DemoDataSeeder.CaseWorkerEmail);
            await caseWorker.Http.GetAsync(new Uri($"/Dossiers/{await DossierAsync("Haddad", "Amina")}", UriKind.Relative));
        }

        using var db = factory.CreateDbContext();
        var entry = await db.AccessLog.FirstAsync();
        db.AccessLog.Remove(entry);

        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
    }

    private const int UnusualReadingLimit = Web.Security.UnusualReading.RefusedPerHour;
}
