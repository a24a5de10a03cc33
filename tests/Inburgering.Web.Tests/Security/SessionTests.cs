using System.Net;
using Inburgering.DemoData;
using Inburgering.Tests.Shared;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Inburgering.Web.Tests.Security;

/// <summary>Sessions end when they should, on the server: a copy of the cookie is worth nothing afterwards.</summary>
public sealed class SessionTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly Uri Portal = new("http://localhost/");

    /// <summary>A browser whose cookie jar the test can read and refill (to replay a cookie).</summary>
    internal static PortalClient Browser(WebApplicationFactory<Program> portal, CookieContainer jar) =>
        new(portal.CreateDefaultClient(Portal, new CookieContainerHandler(jar)));

    internal static CookieCollection Copy(CookieContainer jar) => jar.GetCookies(Portal);

    internal static void Replay(CookieContainer jar, CookieCollection cookies)
    {
        foreach (Cookie cookie in cookies)
        {
            jar.Add(Portal, new Cookie(cookie.Name, cookie.Value, "/"));
        }
    }

    internal static bool SentToLogin(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString.Contains("/Account/Login", StringComparison.Ordinal) == true;

    [Fact]
    public async Task Logout_ReplayingTheOldCookie_OpensNeitherCaseloadNorEditForm()
    {
        var jar = new CookieContainer();
        using var browser = Browser(factory, jar);
        await browser.LoginOrFailAsync(DemoDataSeeder.CaseWorkerEmail);
        var dossier = await SomeDossierOfAsync(DemoDataSeeder.CaseWorkerEmail);
        Assert.Equal(HttpStatusCode.OK, (await browser.Http.GetAsync(new Uri("/Caseload", UriKind.Relative))).StatusCode);
        var stolen = Copy(jar);

        var logout = await browser.PostWithTokenAsync("/Account/Logout", tokenPage: "/Caseload");
        Replay(jar, stolen);
        var caseload = await browser.Http.GetAsync(new Uri("/Caseload", UriKind.Relative));
        var edit = await browser.Http.GetAsync(new Uri($"/Dossiers/{dossier}/Edit", UriKind.Relative));

        Assert.True(SentToLogin(logout), "logout leads to the login page");
        Assert.True(SentToLogin(caseload), $"the replayed cookie opened the caseload: {(int)caseload.StatusCode}");
        Assert.True(SentToLogin(edit), $"the replayed cookie opened the edit form: {(int)edit.StatusCode}");
        using var db = factory.CreateDbContext();
        Assert.Contains(await db.UserSessions.Where(s => s.EndReason == SessionEnd.Logout).Select(s => s.UserId).ToListAsync(), id => id.Length > 0);
    }

    [Fact]
    public async Task StaffSession_ActiveAllDay_EndsAfterEightHours()
    {
        using var browser = Browser(factory, new CookieContainer());
        await browser.LoginOrFailAsync("tom.maes@inburgering.test");
        var beforeEnd = new List<HttpStatusCode>();

        try
        {
            // Active every 30 minutes: the idle timeout never applies, the absolute lifetime does.
            for (var minutes = 30; minutes < 8 * 60; minutes += 30)
            {
                factory.Time.Offset = TimeSpan.FromMinutes(minutes);
                beforeEnd.Add((await browser.Http.GetAsync(new Uri("/Caseload", UriKind.Relative))).StatusCode);
            }

            factory.Time.Offset = TimeSpan.FromHours(8).Add(TimeSpan.FromMinutes(1));
            var afterEnd = await browser.Http.GetAsync(new Uri("/Caseload", UriKind.Relative));

            Assert.All(beforeEnd, status => Assert.Equal(HttpStatusCode.OK, status));
            Assert.True(SentToLogin(afterEnd), $"after 8 hours: {(int)afterEnd.StatusCode}");
        }
        finally
        {
            factory.Time.Offset = TimeSpan.Zero;
        }
    }

    [Fact]
    public async Task StaffSession_IdleForAnHour_Ends()
    {
        using var browser = Browser(factory, new CookieContainer());
        await browser.LoginOrFailAsync("nadia.elamrani@inburgering.test");

        try
        {
            factory.Time.Offset = TimeSpan.FromMinutes(61);
            var response = await browser.Http.GetAsync(new Uri("/Caseload", UriKind.Relative));

            Assert.True(SentToLogin(response), $"after an idle hour: {(int)response.StatusCode}");
        }
        finally
        {
            factory.Time.Offset = TimeSpan.Zero;
        }
    }

    [Fact]
    public async Task PasswordChange_EndsTheOtherSessionsAndKeepsThisOne()
    {
        const string Email = "pieter.claes@inburgering.test";
        using var phone = Browser(factory, new CookieContainer());
        using var desk = Browser(factory, new CookieContainer());
        await phone.LoginOrFailAsync(Email);
        await desk.LoginOrFailAsync(Email);

        var change = await desk.SubmitFormAsync("/Profile", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = PortalClient.Password,
            ["Input.NewPassword"] = "Zomerse regenbui 71",
            ["Input.ConfirmPassword"] = "Zomerse regenbui 71",
        });
        var onPhone = await phone.Http.GetAsync(new Uri("/Caseload", UriKind.Relative));
        var onDesk = await desk.Http.GetAsync(new Uri("/Caseload", UriKind.Relative));
        using var again = Browser(factory, new CookieContainer());
        var withNew = await again.LoginAsync(Email, "Zomerse regenbui 71");

        Assert.Equal(HttpStatusCode.Redirect, change.StatusCode);
        Assert.True(SentToLogin(onPhone), $"the other session still works: {(int)onPhone.StatusCode}");
        Assert.Equal(HttpStatusCode.OK, onDesk.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, withNew.StatusCode);
    }

    [Theory]
    [InlineData("wachtwoord123", "te vaak gebruikt")]
    [InlineData("1234567890", "te vaak gebruikt")]
    [InlineData("Ikbenwillems2026", "naam")]
    public async Task PasswordChange_CommonOrOwnData_IsRefusedNextToTheField(string password, string message)
    {
        using var browser = Browser(factory, new CookieContainer());
        await browser.LoginOrFailAsync("an.willems@inburgering.test");

        var response = await browser.SubmitFormAsync("/Profile", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = PortalClient.Password,
            ["Input.NewPassword"] = password,
            ["Input.ConfirmPassword"] = password,
        });
        var document = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, document.QuerySelector("#Input_NewPassword-error")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdminSignsOutEverywhere_EveryBrowserOfThatAccountIsRefused()
    {
        const string Email = "tom.maes@inburgering.test";
        using var first = Browser(factory, new CookieContainer());
        using var second = Browser(factory, new CookieContainer());
        await first.LoginOrFailAsync(Email);
        await second.LoginOrFailAsync(Email);
        using var admin = Browser(factory, new CookieContainer());
        await admin.LoginOrFailAsync(DemoDataSeeder.AdminEmail);
        using var db = factory.CreateDbContext();
        var tom = await db.Users.Where(u => u.Email == Email).Select(u => u.Id).SingleAsync();

        var signOut = await admin.PostWithTokenAsync($"/Admin/Accounts?handler=SignOut&id={tom}", tokenPage: "/Admin/Accounts");

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.True(SentToLogin(await first.Http.GetAsync(new Uri("/Caseload", UriKind.Relative))));
        Assert.True(SentToLogin(await second.Http.GetAsync(new Uri("/Caseload", UriKind.Relative))));
        Assert.Equal(HttpStatusCode.OK, (await admin.Http.GetAsync(new Uri("/Admin/Accounts", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task RoleChange_EndsTheSessionsOfThatAccount()
    {
        const string Email = "jonas.goossens@inburgering.test";
        using var browser = Browser(factory, new CookieContainer());
        await browser.LoginOrFailAsync(Email);
        Assert.Equal(HttpStatusCode.OK, (await browser.Http.GetAsync(new Uri("/Caseload", UriKind.Relative))).StatusCode);

        using (var scope = factory.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = await users.FindByEmailAsync(Email) ?? throw new InvalidOperationException(Email);
            Assert.True((await users.AddToRoleAsync(user, Roles.Coordinator)).Succeeded);
        }

        var response = await browser.Http.GetAsync(new Uri("/Caseload", UriKind.Relative));

        Assert.True(SentToLogin(response), $"the session survived a role change: {(int)response.StatusCode}");
    }

    private async Task<Guid> SomeDossierOfAsync(string email)
    {
        using var db = factory.CreateDbContext();
        var caseWorker = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        return await db.Newcomers.Where(n => n.CaseWorkerId == caseWorker).Select(n => n.Id.Value).FirstAsync();
    }
}
