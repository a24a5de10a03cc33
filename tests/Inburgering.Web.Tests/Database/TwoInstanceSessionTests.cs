using System.Net;
using Inburgering.DemoData;
using Inburgering.Tests.Shared;
using Inburgering.Web.Tests.Security;

namespace Inburgering.Web.Tests.Database;

/// <summary>A second portal instance on the same PostgreSQL database, as behind a load balancer.</summary>
public sealed class SecondInstanceFactory(string connectionString) : PortalFactory(useSqliteTemplate: false)
{
    public override string Provider => "Postgres";

    public override string ConnectionString => connectionString;
}

/// <summary>Two in-process portals on one PostgreSQL database: a session is one thing for both.</summary>
public sealed class TwoInstanceSessionTests(PostgresPortalFactory first) : IClassFixture<PostgresPortalFactory>
{
    [Fact]
    public async Task SignInOnA_PageOnB_ThenLogoutOnA_BRefusesTheCookie()
    {
        using var second = new SecondInstanceFactory(first.ConnectionString);
        var jar = new CookieContainer();
        using var onA = SessionTests.Browser(first, jar);
        using var onB = SessionTests.Browser(second, jar);
        await onA.LoginOrFailAsync(DemoDataSeeder.CaseWorkerEmail);

        var beforeLogout = await onB.Http.GetAsync(new Uri("/Caseload", UriKind.Relative));
        var cookie = SessionTests.Copy(jar);
        var logout = await onA.PostWithTokenAsync("/Account/Logout", tokenPage: "/Caseload");
        SessionTests.Replay(jar, cookie);
        var afterLogout = await onB.Http.GetAsync(new Uri("/Caseload", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, beforeLogout.StatusCode);
        Assert.True(SessionTests.SentToLogin(logout));
        Assert.True(SessionTests.SentToLogin(afterLogout), $"instance B still accepted the cookie: {(int)afterLogout.StatusCode}");
    }

    /// <summary>ADR 0009: another instance shows only figures, and for at most a second, on a session ended here.</summary>
    [Fact]
    public async Task LogoutOnA_BShowsFiguresAtMostTheWindowLonger_ThenRefusesThem()
    {
        using var second = new SecondInstanceFactory(first.ConnectionString);
        using var stillOnA = first.Time.Freeze();
        using var stillOnB = second.Time.Freeze();
        var jar = new CookieContainer();
        using var onA = SessionTests.Browser(first, jar);
        using var onB = SessionTests.Browser(second, jar);
        await onA.LoginOrFailAsync(DemoDataSeeder.CoordinatorEmail);

        var beforeLogout = await onB.Http.GetAsync(new Uri("/Reports/Profile", UriKind.Relative));
        var cookie = SessionTests.Copy(jar);
        await onA.PostWithTokenAsync("/Account/Logout", tokenPage: "/Team");
        SessionTests.Replay(jar, cookie);
        var withinTheWindow = await onB.Http.GetAsync(new Uri("/Reports/Profile", UriKind.Relative));
        second.Time.Offset = new Web.Security.SessionLifetimes().FiguresRecheck;
        var afterTheWindow = await onB.Http.GetAsync(new Uri("/Reports/Profile", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, beforeLogout.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withinTheWindow.StatusCode);
        Assert.True(SessionTests.SentToLogin(afterTheWindow), $"instance B still showed the report: {(int)afterTheWindow.StatusCode}");
    }
}
