using System.Net;
using System.Text;
using Inburgering.DemoData;
using Inburgering.Tests.Shared;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Inburgering.Web.Tests.Account;

/// <summary>The portal as servers run it: MFA enforced for coordinators and administrators.</summary>
public sealed class MfaPortalFactory : PortalFactory
{
    public MfaPortalFactory() => Settings["Security:Mfa:Enforce"] = "true";
}

/// <summary>
/// Staff MFA through HTTP with codes an authenticator app would show, computed here from the key the enrolment page
/// shows (RFC 6238). Each test uses its own demo account; the shared clock moves a step forward between codes.
/// </summary>
public sealed class MfaTests(MfaPortalFactory factory) : IClassFixture<MfaPortalFactory>
{
    private PortalClient NewClient() => new(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));

    /// <summary>The next 30-second step: a code is accepted once, so the next sign-in needs the next one.</summary>
    private string NextCode(string key)
    {
        factory.Time.Offset += TimeSpan.FromSeconds(30);
        return Authenticator.CodeAt(key, factory.Time.GetUtcNow());
    }

    private static string Location(HttpResponseMessage response) => response.Headers.Location?.OriginalString ?? string.Empty;

    /// <summary>Signs in with the password, opens the enrolment page, types the key into the "app" and confirms a first code.</summary>
    private async Task<(string Key, IReadOnlyList<string> RecoveryCodes)> EnrolAsync(PortalClient client, string email)
    {
        await client.LoginOrFailAsync(email);
        var (_, page) = await client.GetPageAsync("/Profile/Mfa");
        var key = page.QuerySelector("[data-testid=shared-key]")?.TextContent ?? throw new InvalidOperationException("No key on the enrolment page");
        Assert.StartsWith("data:image/png;base64,", page.QuerySelector("main img")?.GetAttribute("src"), StringComparison.Ordinal);
        var enrol = await client.SubmitFormAsync("/Profile/Mfa", new Dictionary<string, string> { ["Input.Code"] = NextCode(key) }, "form[action*='handler=Enrol']");
        Assert.Equal(HttpStatusCode.Redirect, enrol.StatusCode);
        var (_, done) = await client.GetPageAsync("/Profile/Mfa");
        var codes = done.QuerySelectorAll("[data-testid=recovery-codes] li").Select(li => li.TextContent.Trim()).ToList();
        return (key, codes);
    }

    private static async Task<HttpResponseMessage> SecondStepAsync(PortalClient client, string code) =>
        await client.SubmitFormAsync("/Account/LoginWith2fa", new Dictionary<string, string> { ["Input.Code"] = code });

    private async Task<int> OpenSessionsAsync(string email)
    {
        using var db = factory.CreateDbContext();
        var id = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        return await db.UserSessions.CountAsync(s => s.UserId == id && s.EndedAtUtc == null);
    }

    [Fact]
    public void TestAuthenticator_MatchesTheRfc6238Vectors()
    {
        var key = Encoding.ASCII.GetBytes("12345678901234567890");

        Assert.Equal("94287082", Authenticator.CodeAt(key, 59 / 30, 8));
        Assert.Equal("07081804", Authenticator.CodeAt(key, 1111111109 / 30, 8));
        Assert.Equal("89005924", Authenticator.CodeAt(key, 1234567890 / 30, 8));
        Assert.Equal(key, Authenticator.Base32("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"));
    }

    [Fact]
    public async Task Coordinator_WithoutMfa_ReachesOnlyTheEnrolmentPage()
    {
        using var client = NewClient();
        await client.LoginOrFailAsync("hilde.vos@inburgering.test");

        var team = await client.Http.GetAsync(new Uri("/Team", UriKind.Relative));
        var reports = await client.Http.GetAsync(new Uri("/Reports", UriKind.Relative));
        var profile = await client.Http.GetAsync(new Uri("/Profile", UriKind.Relative));
        var post = await client.PostWithTokenAsync("/Team", tokenPage: "/Profile/Mfa");
        var (enrolment, page) = await client.GetPageAsync("/Profile/Mfa");

        foreach (var response in new[] { team, reports, profile, post })
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/Profile/Mfa", Location(response));
        }

        Assert.Equal(HttpStatusCode.OK, enrolment.StatusCode);
        Assert.Contains("verplicht", page.QuerySelector("main [role=status]")?.TextContent, StringComparison.Ordinal);
        Assert.Matches("^([a-z2-7]{4} )+[a-z2-7]{1,4}$", page.QuerySelector("[data-testid=shared-key]")?.TextContent);
    }

    [Fact]
    public async Task EveryRoute_ForACoordinatorWithoutMfa_OpensNothingButEnrolmentAndPublicPages()
    {
        using var client = NewClient();
        await client.LoginOrFailAsync("hilde.vos@inburgering.test");
        var open = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "Profile/Mfa", "Account/Login", "Account/Logout", "Account/Activate", "Account/LoginWith2fa", "Account/ExternalLogin", "Error", "Language", "health", "health/live", "health/ready", "Info/Privacy", "Info/Accessibility", "Info/Contact", "Info/Cookies" };
        var files = factory.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.IWebHostEnvironment>().WebRootFileProvider;
        var routes = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => System.Text.RegularExpressions.Regex.Replace((e.RoutePattern.RawText ?? string.Empty).TrimStart('/'), "/?Index$", string.Empty))
            .Select(r => System.Text.RegularExpressions.Regex.Replace(r, @"\{[^}]+\}", Guid.NewGuid().ToString()))
            .Where(r => !r.Contains('.', StringComparison.Ordinal) && !files.GetFileInfo(r).Exists)
            .Distinct()
            .ToList();

        Assert.Contains("Team", routes);
        foreach (var route in routes.Where(r => !open.Contains(r)))
        {
            var response = await client.Http.GetAsync(new Uri("/" + route, UriKind.Relative));

            Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Forbidden or HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed,
                $"/{route} answered {(int)response.StatusCode} to a coordinator without MFA");
            if (response.StatusCode == HttpStatusCode.Redirect)
            {
                Assert.True(Location(response) is "/Profile/Mfa" || Location(response).Contains("/Account/", StringComparison.Ordinal), $"/{route} sent to {Location(response)}");
            }
        }
    }

    [Fact]
    public async Task Enrol_ShowsTenRecoveryCodesOnce_ThenSignInNeedsACode_AndTheSessionStartsOnlyAfterIt()
    {
        using var client = NewClient();
        var (key, codes) = await EnrolAsync(client, DemoDataSeeder.CoordinatorEmail);
        var (_, again) = await client.GetPageAsync("/Profile/Mfa");
        var teamAfterEnrolment = await client.Http.GetAsync(new Uri("/Team", UriKind.Relative));
        await client.PostWithTokenAsync("/Account/Logout", tokenPage: "/Profile");

        using var next = NewClient();
        var password = await next.LoginAsync(DemoDataSeeder.CoordinatorEmail);
        var sessionsAfterPassword = await OpenSessionsAsync(DemoDataSeeder.CoordinatorEmail);
        var teamBetweenSteps = await next.Http.GetAsync(new Uri("/Team", UriKind.Relative));
        var (stepPage, stepDocument) = await next.GetPageAsync(Location(password));
        var signedIn = await SecondStepAsync(next, NextCode(key));
        var team = await next.Http.GetAsync(new Uri("/Team", UriKind.Relative));

        Assert.Equal(10, codes.Count);
        Assert.Equal(10, codes.Distinct().Count());
        Assert.Empty(again.QuerySelectorAll("[data-testid=recovery-codes] li"));
        Assert.Contains("nog 10 herstelcodes", again.QuerySelector("main")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, teamAfterEnrolment.StatusCode);
        Assert.StartsWith("/Account/LoginWith2fa", Location(password), StringComparison.Ordinal);
        Assert.Equal(0, sessionsAfterPassword);
        Assert.Contains("/Account/Login", Location(teamBetweenSteps), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, stepPage.StatusCode);
        Assert.Equal("Code uit uw app", stepDocument.QuerySelector("h1")?.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, team.StatusCode);
        Assert.Equal(1, await OpenSessionsAsync(DemoDataSeeder.CoordinatorEmail));
        using var db = factory.CreateDbContext();
        var koen = await db.Users.SingleAsync(u => u.Email == DemoDataSeeder.CoordinatorEmail);
        Assert.True(koen.TwoFactorEnabled);
        Assert.Contains(await db.AccountEvents.Where(e => e.UserId == koen.Id).Select(e => e.Kind).ToListAsync(), k => k == AccountEventKind.MfaEnabled);
    }

    [Fact]
    public async Task WrongCodes_AreRefusedNextToTheField_AndAfterFiveEvenTheRightCodeIsThrottled()
    {
        const string Email = "pieter.claes@inburgering.test";
        using (var enrolling = NewClient())
        {
            var (key, _) = await EnrolAsync(enrolling, Email);
            await enrolling.PostWithTokenAsync("/Account/Logout", tokenPage: "/Profile");

            using var client = NewClient();
            await client.LoginAsync(Email);
            var wrong = new List<string?>();
            for (var i = 0; i < 5; i++)
            {
                var response = await SecondStepAsync(client, "000000");
                wrong.Add((await PortalClient.ParseAsync(response)).QuerySelector("#Input_Code-error")?.TextContent);
            }

            var right = await SecondStepAsync(client, NextCode(key));
            var rightDocument = await PortalClient.ParseAsync(right);

            Assert.All(wrong, message => Assert.Contains("klopt niet", message, StringComparison.Ordinal));
            Assert.Equal(HttpStatusCode.OK, right.StatusCode);
            Assert.Contains("klopt niet", rightDocument.QuerySelector("#Input_Code-error")?.TextContent, StringComparison.Ordinal);
            Assert.Equal(0, await OpenSessionsAsync(Email));
        }
    }

    [Fact]
    public async Task RecoveryCode_SignsInOnce()
    {
        const string Email = "an.willems@inburgering.test";
        using var enrolling = NewClient();
        var (_, codes) = await EnrolAsync(enrolling, Email);
        await enrolling.PostWithTokenAsync("/Account/Logout", tokenPage: "/Profile");

        using var first = NewClient();
        await first.LoginAsync(Email);
        var used = await SecondStepAsync(first, codes[3]);
        var caseload = await first.Http.GetAsync(new Uri("/Caseload", UriKind.Relative));
        using var second = NewClient();
        await second.LoginAsync(Email);
        var again = await SecondStepAsync(second, codes[3]);

        Assert.Equal(HttpStatusCode.Redirect, used.StatusCode);
        Assert.Equal(HttpStatusCode.OK, caseload.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("klopt niet", (await PortalClient.ParseAsync(again)).QuerySelector("#Input_Code-error")?.TextContent, StringComparison.Ordinal);
        using var db = factory.CreateDbContext();
        var user = await db.Users.SingleAsync(u => u.Email == Email);
        Assert.Single(await db.AccountEvents.Where(e => e.UserId == user.Id && e.Kind == AccountEventKind.RecoveryCodeUsed).ToListAsync());
    }

    [Fact]
    public async Task SameCode_Twice_IsRefusedTheSecondTime()
    {
        const string Email = "jonas.goossens@inburgering.test";
        using var enrolling = NewClient();
        var (key, _) = await EnrolAsync(enrolling, Email);
        var code = NextCode(key);

        using var first = NewClient();
        await first.LoginAsync(Email);
        var accepted = await SecondStepAsync(first, code);
        using var second = NewClient();
        await second.LoginAsync(Email);
        var replayed = await SecondStepAsync(second, code);

        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, replayed.StatusCode);
    }

    [Fact]
    public async Task AdminReset_NeedsAReason_IsRecordedWithTheAdmin_EndsSessions_AndTheOwnerEnrolsAgain()
    {
        const string Email = "tom.maes@inburgering.test";
        using var tom = NewClient();
        await EnrolAsync(tom, Email);
        using var admin = NewClient();
        await EnrolAsync(admin, DemoDataSeeder.AdminEmail);
        string tomId;
        using (var db = factory.CreateDbContext())
        {
            tomId = await db.Users.Where(u => u.Email == Email).Select(u => u.Id).SingleAsync();
        }

        var (_, accounts) = await admin.GetPageAsync("/Admin/Accounts");
        var withoutReason = await admin.SubmitFormAsync($"/Admin/ResetMfa?id={tomId}", new Dictionary<string, string> { ["Input.Reason"] = " " });
        var withoutReasonDocument = await PortalClient.ParseAsync(withoutReason);
        var tomStillIn = await tom.Http.GetAsync(new Uri("/Caseload", UriKind.Relative));
        var reset = await admin.SubmitFormAsync($"/Admin/ResetMfa?id={tomId}", new Dictionary<string, string> { ["Input.Reason"] = "Telefoon verloren, herstelcodes thuis; gebeld en identiteit nagegaan" });
        var tomAfterReset = await tom.Http.GetAsync(new Uri("/Caseload", UriKind.Relative));
        using var tomAgain = NewClient();
        var password = await tomAgain.LoginAsync(Email);
        var (_, history) = await admin.GetPageAsync($"/Admin/ResetMfa?id={tomId}");

        Assert.NotNull(accounts.QuerySelector($"a[href='/Admin/ResetMfa?id={tomId}']"));
        Assert.Contains("reden", withoutReasonDocument.QuerySelector("#Input_Reason-error")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, tomStillIn.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.Contains("/Account/Login", Location(tomAfterReset), StringComparison.Ordinal);
        Assert.Equal("/", Location(password));
        Assert.Contains("Telefoon verloren", history.QuerySelector("main")?.TextContent, StringComparison.Ordinal);
        using var check = factory.CreateDbContext();
        var user = await check.Users.SingleAsync(u => u.Id == tomId);
        Assert.False(user.TwoFactorEnabled);
        var recorded = await check.AccountEvents.SingleAsync(e => e.UserId == tomId && e.Kind == AccountEventKind.MfaResetByAdmin);
        Assert.Equal("Beheerder Inburgering", recorded.ByName);
        Assert.Equal("Telefoon verloren, herstelcodes thuis; gebeld en identiteit nagegaan", recorded.Reason);
    }

    [Fact]
    public async Task CaseWorker_ByDefault_WorksWithoutMfa()
    {
        using var client = NewClient();
        await client.LoginOrFailAsync("fatma.yilmaz@inburgering.test");

        var caseload = await client.Http.GetAsync(new Uri("/Caseload", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, caseload.StatusCode);
    }

    [Fact]
    public async Task Newcomer_NeverGetsMfa()
    {
        using var client = NewClient();
        await client.LoginOrFailAsync(DemoDataSeeder.NewcomerEmail);

        var enrolment = await client.Http.GetAsync(new Uri("/Profile/Mfa", UriKind.Relative));
        var (mine, _) = await client.GetPageAsync("/MyTrajectory");
        var (_, profile) = await client.GetPageAsync("/Profile");

        Assert.Equal(HttpStatusCode.Forbidden, enrolment.StatusCode);
        Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
        Assert.Null(profile.QuerySelector("#mfa-heading"));
    }
}

/// <summary>An agency that wants MFA for its case workers too.</summary>
public sealed class MfaForCaseWorkersFactory : PortalFactory
{
    public MfaForCaseWorkersFactory()
    {
        Settings["Security:Mfa:Enforce"] = "true";
        Settings["Security:Mfa:RequiredForCaseWorkers"] = "true";
    }
}

public sealed class MfaForCaseWorkersTests(MfaForCaseWorkersFactory factory) : IClassFixture<MfaForCaseWorkersFactory>
{
    [Fact]
    public async Task CaseWorker_WhenTheAgencyRequiresIt_IsSentToEnrolment()
    {
        using var client = new PortalClient(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));
        await client.LoginOrFailAsync(DemoDataSeeder.CaseWorkerEmail);

        var caseload = await client.Http.GetAsync(new Uri("/Caseload", UriKind.Relative));

        Assert.Equal("/Profile/Mfa", caseload.Headers.Location?.OriginalString);
    }
}
