using System.Net;
using Inburgering.DemoData;
using Inburgering.Tests.Shared;
using Inburgering.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Inburgering.Web.Tests.Security;

/// <summary>
/// ADR 0009: a GET of a figures-only page (reports, dashboards) relies on this instance's session check of the last
/// second; a page with a person's data always asks the database; what ends a session in this instance ends it there
/// at once. The clock stands still in these tests, so "less than a second ago" does not depend on the machine's speed.
/// </summary>
public sealed class FiguresSessionTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Report = "/Reports/Profile";
    private const string StalledDossiers = "/Team/Dossiers?Filter.Stalled=true";

    [Fact]
    public async Task FiguresPage_CheckedLessThanASecondAgo_SendsNoCommand_APersonalPageAlwaysAsks()
    {
        using var still = factory.Time.Freeze();
        using var browser = SessionTests.Browser(factory, new CookieContainer());
        await browser.LoginOrFailAsync(DemoDataSeeder.CoordinatorEmail);

        await CommandsAsync(browser, Report);
        var report = await CommandsAsync(browser, Report);
        await CommandsAsync(browser, StalledDossiers);
        var personal = await CommandsAsync(browser, StalledDossiers);
        factory.Time.Offset = new SessionLifetimes().FiguresRecheck;
        var afterTheWindow = await CommandsAsync(browser, Report);

        Assert.Empty(report);
        Assert.Contains(personal, SessionCheck);
        Assert.True(SessionCheck(Assert.Single(afterTheWindow)), "a second later the figures page checks the session again");
    }

    [Fact]
    public async Task Logout_CookieReplayedOnAFiguresPage_IsRefusedAtOnce()
    {
        using var still = factory.Time.Freeze();
        var jar = new CookieContainer();
        using var browser = SessionTests.Browser(factory, jar);
        await browser.LoginOrFailAsync(DemoDataSeeder.CoordinatorEmail);
        Assert.Equal(HttpStatusCode.OK, (await browser.Http.GetAsync(new Uri(Report, UriKind.Relative))).StatusCode);
        var stolen = SessionTests.Copy(jar);

        await browser.PostWithTokenAsync("/Account/Logout", tokenPage: Report);
        SessionTests.Replay(jar, stolen);
        var replayed = await browser.Http.GetAsync(new Uri(Report, UriKind.Relative));

        Assert.True(SessionTests.SentToLogin(replayed), $"the replayed cookie opened the report: {(int)replayed.StatusCode}");
    }

    [Fact]
    public async Task RoleChange_OnAFiguresPage_EndsTheSessionAtOnce()
    {
        const string Email = "hilde.vos@inburgering.test";
        using var still = factory.Time.Freeze();
        using var browser = SessionTests.Browser(factory, new CookieContainer());
        await browser.LoginOrFailAsync(Email);
        Assert.Equal(HttpStatusCode.OK, (await browser.Http.GetAsync(new Uri(Report, UriKind.Relative))).StatusCode);

        using (var scope = factory.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = await users.FindByEmailAsync(Email) ?? throw new InvalidOperationException(Email);
            Assert.True((await users.AddToRoleAsync(user, Roles.CaseWorker)).Succeeded);
        }

        var response = await browser.Http.GetAsync(new Uri(Report, UriKind.Relative));

        Assert.True(SessionTests.SentToLogin(response), $"the report survived a role change: {(int)response.StatusCode}");
    }

    /// <summary>As when another instance ends it: the row is ended in the database, this instance is not told.</summary>
    [Fact]
    public async Task SessionEndedElsewhere_FiguresForAtMostTheWindow_APersonalPageRefusesAtOnce_AndThenTheFiguresToo()
    {
        using var still = factory.Time.Freeze();
        var jar = new CookieContainer();
        using var browser = SessionTests.Browser(factory, jar);
        await browser.LoginOrFailAsync(DemoDataSeeder.CoordinatorEmail);
        var before = await browser.Http.GetAsync(new Uri(Report, UriKind.Relative));
        var copied = SessionTests.Copy(jar);

        await EndSessionsInTheDatabaseAsync(DemoDataSeeder.CoordinatorEmail);
        var figuresWithinTheWindow = await browser.Http.GetAsync(new Uri(Report, UriKind.Relative));
        var personal = await browser.Http.GetAsync(new Uri(StalledDossiers, UriKind.Relative));
        SessionTests.Replay(jar, copied);
        var figuresAfterTheRefusal = await browser.Http.GetAsync(new Uri(Report, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.OK, figuresWithinTheWindow.StatusCode);
        Assert.True(SessionTests.SentToLogin(personal), $"the stalled list opened on an ended session: {(int)personal.StatusCode}");
        Assert.True(SessionTests.SentToLogin(figuresAfterTheRefusal), $"the report opened after the refusal: {(int)figuresAfterTheRefusal.StatusCode}");
    }

    [Fact]
    public async Task SessionEndedElsewhere_FiguresPageRefusesOnceTheWindowPassed()
    {
        using var still = factory.Time.Freeze();
        using var browser = SessionTests.Browser(factory, new CookieContainer());
        await browser.LoginOrFailAsync(DemoDataSeeder.AdminEmail);
        Assert.Equal(HttpStatusCode.OK, (await browser.Http.GetAsync(new Uri("/Reports/Municipalities", UriKind.Relative))).StatusCode);

        await EndSessionsInTheDatabaseAsync(DemoDataSeeder.AdminEmail);
        factory.Time.Offset = new SessionLifetimes().FiguresRecheck;
        var response = await browser.Http.GetAsync(new Uri("/Reports/Municipalities", UriKind.Relative));

        Assert.True(SessionTests.SentToLogin(response), $"the report opened a second after the session ended: {(int)response.StatusCode}");
    }

    [Theory]
    [InlineData(0, 0, false)]
    [InlineData(1000, 999, true)]
    [InlineData(1000, 1000, false)]
    [InlineData(60_000, 30_000, false)]
    public void RecentCheck_HoldsWithinTheWindow_NeverPastTheSessionsEnd(int windowMs, int laterMs, bool holds)
    {
        var time = new ShiftableTime();
        using var still = time.Freeze();
        var checks = new RecentSessionChecks(time, Options.Create(new SessionLifetimes { FiguresRecheck = TimeSpan.FromMilliseconds(windowMs) }));
        var session = Guid.NewGuid();
        var sessionEnds = time.GetUtcNow().UtcDateTime.AddSeconds(20);

        checks.Valid(session, "user-1", sessionEnds);
        time.Offset = TimeSpan.FromMilliseconds(laterMs);

        Assert.Equal(holds, checks.Holds(session, "user-1"));
        Assert.False(checks.Holds(session, "user-2"));
    }

    private static bool SessionCheck(string command) => command.Contains("UserSessions", StringComparison.Ordinal);

    /// <summary>The SQL commands one GET of the page sends.</summary>
    private async Task<IReadOnlyCollection<string>> CommandsAsync(PortalClient browser, string url)
    {
        factory.Commands.Reset();
        Assert.Equal(HttpStatusCode.OK, (await browser.Http.GetAsync(new Uri(url, UriKind.Relative))).StatusCode);
        return factory.Commands.Texts;
    }

    private async Task EndSessionsInTheDatabaseAsync(string email)
    {
        using var db = factory.CreateDbContext();
        var user = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        var now = factory.Time.GetUtcNow().UtcDateTime;
        await db.UserSessions.Where(s => s.UserId == user && s.EndedAtUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAtUtc, now).SetProperty(x => x.EndReason, SessionEnd.Logout));
    }
}
