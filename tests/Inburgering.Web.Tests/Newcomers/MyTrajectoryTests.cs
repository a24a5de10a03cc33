using System.Net;
using Inburgering.DemoData;
using Inburgering.Domain.Trajectories;
using Inburgering.Tests.Shared;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Web.Tests.Newcomers;

public sealed class MyTrajectoryTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task MyTrajectory_RunningTracks_ShowsWhatIsStillNeededInPlainDutch()
    {
        using var client = NewcomerPortal.NewClient(factory);
        await client.LoginOrFailAsync(DemoDataSeeder.NewcomerEmail);
        using var db = factory.CreateDbContext();
        var amina = await db.Newcomers.Where(n => n.Person.Email == DemoDataSeeder.NewcomerEmail).Select(n => n.Id).SingleAsync();
        var trajectory = await db.Trajectories.AsNoTracking().Include(t => t.SocialOrientationTests).Include(t => t.DutchExams).SingleAsync(t => t.NewcomerId == amina);

        var (response, page) = await client.GetPageAsync("/MyTrajectory");
        var needed = page.QuerySelectorAll("[data-testid=still-needed] li").Select(li => li.TextContent).ToList();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(trajectory.CertificateProgress(DateOnly.FromDateTime(DateTime.UtcNow)).Missing.Count, needed.Count);
        Assert.Contains(needed, text => text.Contains("examen Nederlands op niveau A2", StringComparison.Ordinal));
        Assert.Contains($"{trajectory.Participation.Hours.ToString("0.#", System.Globalization.CultureInfo.GetCultureInfo("nl"))} van 40 uur", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(4, page.QuerySelectorAll("#tracks ~ .track-grid section, .track-grid section").Length);
        Assert.Contains("Sarah Peeters", page.QuerySelector("#contact")!.ParentElement!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MyTrajectory_SqlCommands_FewRoundTrips()
    {
        using var client = NewcomerPortal.NewClient(factory);
        await client.LoginOrFailAsync(DemoDataSeeder.NewcomerEmail);
        await client.GetPageAsync("/MyTrajectory");

        factory.Commands.Reset();
        var (response, _) = await client.GetPageAsync("/MyTrajectory");
        var commands = factory.Commands.Count;

        // The dossier with the contact, the hand-over and the password notice; the trajectory with its results; the plan
        // history and the referrals (each only when the dossier's command says there are some); the open actions with the
        // hours to sign; the session check and the access log: each is a round trip on PostgreSQL (docs/performance.md).
        // 11 before the dossier's command took in the rest; 5 for this newcomer.
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.InRange(commands, 1, 7);
        Assert.Empty(factory.Commands.NumberingWholeTables());
    }

    [Fact]
    public async Task MyTrajectory_NeverShowsInternalNotes()
    {
        using var db = factory.CreateDbContext();
        var amina = await db.Newcomers.Where(n => n.Person.Email == DemoDataSeeder.NewcomerEmail).Select(n => n.Id).SingleAsync();
        var notes = await (from a in db.FollowUpActions
                           join t in db.Trajectories on EF.Property<Guid>(a, "TrajectoryId") equals t.Id
                           where t.NewcomerId == amina && a.Note != null
                           select a.Note).ToListAsync();
        using var client = NewcomerPortal.NewClient(factory);
        await client.LoginOrFailAsync(DemoDataSeeder.NewcomerEmail);

        var (_, page) = await client.GetPageAsync("/MyTrajectory");

        Assert.NotEmpty(notes);
        Assert.All(notes, note => Assert.DoesNotContain(note!, page.Body!.TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task MyTrajectory_BeforeTheIntake_SaysTheTrajectoryHasNotStarted()
    {
        using var db = factory.CreateDbContext();
        var caseWorker = await db.Users.Where(u => u.Email == DemoDataSeeder.CaseWorkerEmail).Select(u => u.Id).SingleAsync();
        var withoutIntake = await db.Newcomers.Where(n => n.CaseWorkerId == caseWorker && !db.Trajectories.Any(t => t.NewcomerId == n.Id) && !db.Users.Any(u => u.NewcomerId == n.Id))
            .Select(n => n.Id).FirstAsync();
        var code = await NewcomerPortal.InviteAsync(factory, withoutIntake);
        using var client = NewcomerPortal.NewClient(factory);
        await NewcomerPortal.ActivateAsync(client, code, "nog.geen.intake");

        var (_, page) = await client.GetPageAsync("/MyTrajectory");

        Assert.Contains("Je traject is nog niet gestart", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MyTrajectory_WithCertificate_Congratulates()
    {
        using var db = factory.CreateDbContext();
        var caseWorker = await db.Users.Where(u => u.Email == DemoDataSeeder.CaseWorkerEmail).Select(u => u.Id).SingleAsync();
        var certified = await db.Newcomers.Where(n => n.CaseWorkerId == caseWorker && !db.Users.Any(u => u.NewcomerId == n.Id)
                && db.Trajectories.Any(t => t.NewcomerId == n.Id && t.CertificateKind == CertificateKind.IntegrationCertificate))
            .Select(n => n.Id).FirstAsync();
        var code = await NewcomerPortal.InviteAsync(factory, certified);
        using var client = NewcomerPortal.NewClient(factory);
        await NewcomerPortal.ActivateAsync(client, code, "met.attest");

        var (_, page) = await client.GetPageAsync("/MyTrajectory");

        Assert.Contains("Proficiat", page.QuerySelector("#certificate")!.ParentElement!.TextContent, StringComparison.Ordinal);
    }
}
