using Inburgering.Data.Audit;
using Inburgering.Data.Privacy;
using Inburgering.Domain.Newcomers;
using Inburgering.Domain.Organisation;
using Inburgering.Domain.Trajectories;
using Inburgering.Tests.Shared;
using Inburgering.Web.Infrastructure;
using Inburgering.Web.Privacy;
using Inburgering.Web.Tests.Database;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Inburgering.Web.Tests.Privacy;

/// <summary>
/// The daily retention job on the demo data with the portal's clock moved years ahead: who is anonymised and when,
/// what goes and what stays, every report and team figure equal before and after, the access log's own period,
/// and two instances running it at once.
/// </summary>
public abstract class RetentionTests(Func<PortalFactory> create)
{
    private const int Years = 5;
    private const int LogYears = 2;

    private static PortalFactory Started(PortalFactory factory)
    {
        factory.Settings["Reporting:SnapshotSeconds"] = "0";
        factory.Settings["Privacy:Retention:ClosedTrajectoryYears"] = Years.ToString(System.Globalization.CultureInfo.InvariantCulture);
        factory.Settings["Privacy:Retention:AccessLogYears"] = LogYears.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return factory;
    }

    /// <summary>The person whose trajectories closed last of all closed ones, and that day.</summary>
    private static async Task<(NewcomerId Id, DateOnly ClosedOn)> LastClosedAsync(PortalFactory factory)
    {
        using var db = factory.CreateDbContext();
        var closed = await db.Trajectories
            .GroupBy(t => t.NewcomerId)
            .Where(g => g.All(t => t.Status != TrajectoryStatus.Running && t.CompletedOn != null))
            .Select(g => new { Id = g.Key, ClosedOn = g.Max(t => t.CompletedOn)!.Value })
            .ToListAsync();
        Assert.True(closed.Count >= 5, $"the demo data has closed trajectories ({closed.Count})");
        var last = closed.OrderByDescending(c => c.ClosedOn).First();
        Assert.Single(closed, c => c.ClosedOn == last.ClosedOn);
        return (last.Id, last.ClosedOn);
    }

    private static void MoveClockTo(PortalFactory factory, DateOnly day)
    {
        var today = factory.Time.Today();
        factory.Time.Offset += TimeSpan.FromDays(day.DayNumber - today.DayNumber);
        Assert.Equal(day, factory.Time.Today());
    }

    private static async Task<RetentionRun> RunJobAsync(PortalFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RetentionJob>().RunOnceAsync(CancellationToken.None);
    }

    /// <summary>Gives the person everything anonymisation must remove: free text, an account with a session, a code, their own reads.</summary>
    private static async Task<string> GiveEverythingToRemoveAsync(PortalFactory factory, NewcomerId id)
    {
        using (var db = factory.CreateDbContext())
        {
            var trajectory = await db.Trajectories.Include(t => t.Actions).FirstAsync(t => t.NewcomerId == id);
            db.Entry(trajectory).ComplexProperty(t => t.Intake).Property(i => i.Notes).CurrentValue = "Woont bij haar zus in de Kerkstraat";
            db.Entry(trajectory).ComplexProperty(t => t.Intake).Property(i => i.WorkExperience).CurrentValue = "Kapster in Aleppo";
            foreach (var action in trajectory.Actions)
            {
                db.Entry(action).Property(a => a.Note).CurrentValue = "Belde vanop het nummer van haar buurvrouw";
            }

            await db.SaveChangesAsync();
        }

        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = $"vergeten-{Guid.NewGuid():N}"[..20], DisplayName = "Te vergeten Persoon", NewcomerId = id };
        Assert.True((await users.CreateAsync(user, "Lang-genoeg-wachtwoord-1")).Succeeded);
        var db2 = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = factory.Time.UtcNow();
        db2.UserSessions.Add(UserSession.Start(user.Id, user.SecurityStamp!, now, TimeSpan.FromDays(30)));
        var caseWorker = await db2.Newcomers.Where(n => n.Id == id).Select(n => n.CaseWorkerId).SingleAsync();
        db2.Invitations.Add(Invitation.Create(id, caseWorker, "Sarah Peeters", null, now).Invitation);
        db2.AccessLog.Add(AccessLogEntry.Record(id, AccessKind.Dossier, AccessPurpose.OwnData, user.Id, "Te vergeten Persoon", Roles.Newcomer, null, now));
        db2.AccessLog.Add(AccessLogEntry.Record(id, AccessKind.Dossier, AccessPurpose.Guidance, "staff", "Sarah Peeters", Roles.CaseWorker, Agency.Atlas, now));
        await db2.SaveChangesAsync();
        return user.Id;
    }

    [Fact]
    public async Task Job_OneDayBeforeAndOnTheLimit_AnonymisesOnlyOnTheDayAndKeepsEveryFigure()
    {
        using var factory = Started(create());
        var (target, closedOn) = await LastClosedAsync(factory);
        using var before = factory.CreateDbContext();
        var original = await before.Newcomers.AsNoTracking().SingleAsync(n => n.Id == target);
        var originalTrajectories = await before.Trajectories.AsNoTracking().Where(t => t.NewcomerId == target).OrderBy(t => t.StartedOn).ToListAsync();
        var limit = closedOn.AddYears(Years);

        // One day before the limit: the others (closed earlier) go, this person stays as they were.
        MoveClockTo(factory, limit.AddDays(-1));
        var account = await GiveEverythingToRemoveAsync(factory, target);
        var figuresBefore = await ReportFigures.ReadAsync(factory);
        var firstRun = await RunJobAsync(factory);
        var figuresAfter = await ReportFigures.ReadAsync(factory);

        Assert.True(firstRun.Ran);
        Assert.True(firstRun.Anonymised >= 4, $"earlier-closed people anonymised ({firstRun.Anonymised})");
        Assert.Equal(figuresBefore, figuresAfter);
        using (var db = factory.CreateDbContext())
        {
            var untouched = await db.Newcomers.AsNoTracking().SingleAsync(n => n.Id == target);
            Assert.Null(untouched.AnonymisedOn);
            Assert.Equal(original.Person, untouched.Person);
            Assert.True(await db.Users.AnyAsync(u => u.Id == account));
            Assert.Equal(firstRun.Anonymised, await db.Erasures.CountAsync(e => e.Ground == ErasureGround.RetentionPeriodEnded));
        }

        // The same day again: already done today, on whichever instance.
        Assert.False((await RunJobAsync(factory)).Ran);

        // On the limit: this person goes too, and the figures do not move.
        MoveClockTo(factory, limit);
        figuresBefore = await ReportFigures.ReadAsync(factory);
        var secondRun = await RunJobAsync(factory);
        figuresAfter = await ReportFigures.ReadAsync(factory);

        Assert.Equal(1, secondRun.Anonymised);
        Assert.Equal(figuresBefore, figuresAfter);
        using (var db = factory.CreateDbContext())
        {
            var gone = await db.Newcomers.AsNoTracking().SingleAsync(n => n.Id == target);
            Assert.Equal(limit, gone.AnonymisedOn);
            Assert.Equal((PersonalData.Removed, PersonalData.Removed, PersonalData.Removed), (gone.Person.FirstName, gone.Person.LastName, gone.Person.Municipality));
            Assert.Null(gone.Person.NationalRegisterNumber);
            Assert.Null(gone.Person.Phone);
            Assert.Null(gone.Person.Email);
            Assert.Null(gone.Person.Languages);
            Assert.Equal(new DateOnly(original.Person.BirthDate.Year, original.Person.BirthDate.Month, 1), gone.Person.BirthDate);

            // What the figures count stays.
            Assert.Equal(
                (original.Number, original.Person.Gender, original.Person.Nationality, original.Agency, original.OfficeId, original.CaseWorkerId, original.Obligations),
                (gone.Number, gone.Person.Gender, gone.Person.Nationality, gone.Agency, gone.OfficeId, gone.CaseWorkerId, gone.Obligations));
            var trajectories = await db.Trajectories.AsNoTracking().Include(t => t.Actions).Where(t => t.NewcomerId == target).OrderBy(t => t.StartedOn).ToListAsync();
            Assert.Equal(
                originalTrajectories.Select(t => (t.Status, t.StartedOn, t.CompletedOn, t.DaysToFirstAction, t.DaysToCertificate, t.Intake.Barriers, t.Intake.Perspective, t.DutchLanguage.Status)),
                trajectories.Select(t => (t.Status, t.StartedOn, t.CompletedOn, t.DaysToFirstAction, t.DaysToCertificate, t.Intake.Barriers, t.Intake.Perspective, t.DutchLanguage.Status)));
            Assert.All(trajectories, t => Assert.Null(t.Intake.Notes ?? t.Intake.WorkExperience ?? t.Goal ?? t.EffortMotivation));
            Assert.All(trajectories.SelectMany(t => t.Actions), a => Assert.Null(a.Note ?? a.Outcome));

            // The account (and its session), the codes, the history and the person's own reads go; staff reads keep their period.
            Assert.False(await db.Users.AnyAsync(u => u.NewcomerId == target));
            Assert.False(await db.UserSessions.AnyAsync(s => s.UserId == account));
            Assert.False(await db.Invitations.AnyAsync(i => i.NewcomerId == target));
            Assert.False(await db.DossierEvents.AnyAsync(e => e.NewcomerId == target));
            Assert.Equal([AccessPurpose.Guidance], await db.AccessLog.Where(a => a.NewcomerId == target).Select(a => a.Purpose).ToListAsync());
            var record = await db.Erasures.SingleAsync(e => e.NewcomerId == target);
            Assert.Equal((ErasureGround.RetentionPeriodEnded, original.Number), (record.Ground, record.DossierNumber));
        }
    }

    [Fact]
    public async Task Job_AccessLogRows_GoAfterTheirOwnPeriodOnly()
    {
        using var factory = Started(create());
        var now = factory.Time.UtcNow();
        var someone = new NewcomerId(Guid.NewGuid());
        using (var db = factory.CreateDbContext())
        {
            db.AccessLog.Add(AccessLogEntry.Record(someone, AccessKind.Dossier, AccessPurpose.Guidance, "a", "Oud", Roles.CaseWorker, Agency.Atlas, now.AddYears(-LogYears).AddDays(-1)));
            db.AccessLog.Add(AccessLogEntry.Record(someone, AccessKind.Dossier, AccessPurpose.Guidance, "a", "Recent", Roles.CaseWorker, Agency.Atlas, now.AddYears(-LogYears).AddDays(1)));
            await db.SaveChangesAsync();
        }

        var run = await RunJobAsync(factory);

        using var check = factory.CreateDbContext();
        Assert.Equal(1, run.AccessLogPurged);
        Assert.Equal(["Recent"], await check.AccessLog.Where(a => a.NewcomerId == someone).Select(a => a.UserName).ToListAsync());
    }

    [Fact]
    public async Task Job_TwoInstancesAtOnce_OneRunsAndEachPersonIsAnonymisedOnce()
    {
        using var factory = Started(create());
        var (_, closedOn) = await LastClosedAsync(factory);
        MoveClockTo(factory, closedOn.AddYears(Years));

        var runs = await Task.WhenAll(RunJobAsync(factory), RunJobAsync(factory));

        using var db = factory.CreateDbContext();
        var anonymised = await db.Newcomers.CountAsync(n => n.AnonymisedOn != null);
        Assert.Single(runs, r => r.Ran);
        Assert.True(anonymised >= 5);
        Assert.Equal(anonymised, runs.Sum(r => r.Anonymised));
        Assert.Equal(anonymised, await db.Erasures.CountAsync());
        Assert.Equal(anonymised, await db.Erasures.Select(e => e.NewcomerId).Distinct().CountAsync());
    }
}

public sealed class SqliteRetentionTests() : RetentionTests(() => new PortalFactory());

public sealed class PostgresRetentionTests() : RetentionTests(() => new PostgresPortalFactory());

/// <summary>The hosted service itself: started with the clock past the limit, it runs the job without being asked.</summary>
public sealed class RetentionServiceTests
{
    [Fact]
    public async Task Service_ClockPastTheLimit_AnonymisesWithinSecondsOfStart()
    {
        using var factory = new PortalFactory();
        factory.Settings["Privacy:Retention:Enabled"] = "true";
        factory.Settings["Privacy:Retention:RunAt"] = "00:00";
        factory.Settings["Privacy:Retention:CheckEvery"] = "00:00:01";
        factory.Time.Offset = TimeSpan.FromDays(365 * 10);

        using var db = factory.CreateDbContext();
        var anonymised = 0;
        for (var i = 0; i < 100 && anonymised == 0; i++)
        {
            await Task.Delay(200);
            anonymised = await db.Newcomers.CountAsync(n => n.AnonymisedOn != null);
        }

        Assert.True(anonymised > 0, "the service ran the job");

        // The job may still be on its way through the others: compare once it has finished (two reads a second apart agree).
        var erasures = -1;
        for (var i = 0; i < 60; i++)
        {
            await Task.Delay(1000);
            var now = await db.Newcomers.CountAsync(n => n.AnonymisedOn != null);
            erasures = await db.Erasures.CountAsync(e => e.Ground == ErasureGround.RetentionPeriodEnded);
            if (now == anonymised && await db.Newcomers.CountAsync(n => n.AnonymisedOn != null) == now)
            {
                break;
            }

            anonymised = now;
        }

        Assert.Equal(anonymised, erasures);
    }
}
