using System.Net;
using Inburgering.DemoData;
using Inburgering.Tests.Shared;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Web.Tests.Account;

/// <summary>The portal on a real socket, configured for the in-test OpenID Connect provider, with MFA enforced.</summary>
public sealed class OidcFixture : IAsyncLifetime
{
    public TestIdentityProvider Provider { get; private set; } = null!;

    public PortalFactory Portal { get; } = new();

    public Uri Address { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Provider = await TestIdentityProvider.StartAsync();
        Portal.Settings["Authentication:Oidc:Authority"] = Provider.Authority.ToString();
        Portal.Settings["Authentication:Oidc:ClientId"] = TestIdentityProvider.ClientId;
        Portal.Settings["Authentication:Oidc:ClientSecret"] = TestIdentityProvider.ClientSecret;
        Portal.Settings["Authentication:Oidc:RequireHttpsMetadata"] = "false";
        Portal.Settings["Authentication:Oidc:AgencyClaim"] = "agency";
        Portal.Settings["Authentication:Oidc:DisplayName"] = "de testprovider";
        Portal.Settings["Security:Mfa:Enforce"] = "true";
        Address = Portal.StartRealServer();
        await Provider.RegisterPortalAsync(Address);
    }

    public async Task DisposeAsync()
    {
        await Portal.DisposeAsync();
        await Provider.DisposeAsync();
    }
}

/// <summary>
/// Staff sign in through a real OpenID Connect provider (authorization code flow with PKCE), driven like a browser:
/// an HTTP client that keeps cookies and follows every redirect between the portal and the provider.
/// </summary>
public sealed class OidcSignInTests(OidcFixture fixture) : IClassFixture<OidcFixture>
{
    private sealed record Outcome(Uri Landed, string Html, PortalClient Browser);

    /// <summary>Presses "Aanmelden via …" on the login page and follows the flow to wherever it ends.</summary>
    private async Task<Outcome> SignInThroughProviderAsync(ProviderUser user)
    {
        fixture.Provider.User = user;
#pragma warning disable CA2000 // The client owns the handler and the caller disposes the client.
        var browser = new PortalClient(new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = true }) { BaseAddress = fixture.Address });
#pragma warning restore CA2000
        var response = await browser.SubmitFormAsync("/Account/Login", new Dictionary<string, string>(), "form[action^='/Account/ExternalLogin']");
        return new Outcome(response.RequestMessage!.RequestUri!, await response.Content.ReadAsStringAsync(), browser);
    }

    private async Task<int> OpenSessionsAsync(string email)
    {
        using var db = fixture.Portal.CreateDbContext();
        var id = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        return await db.UserSessions.CountAsync(s => s.UserId == id && s.EndedAtUtc == null);
    }

    [Fact]
    public async Task CaseWorker_ThroughTheProvider_LandsOnTheCaseload_WithAServerSession_ThatLogoutEnds()
    {
        var outcome = await SignInThroughProviderAsync(new ProviderUser("sub-sarah", DemoDataSeeder.CaseWorkerEmail, "CaseWorker", "Atlas"));
        using var browser = outcome.Browser;
        var sessions = await OpenSessionsAsync(DemoDataSeeder.CaseWorkerEmail);
        var (_, caseload) = await browser.GetPageAsync("/Caseload");
        var logout = await browser.PostWithTokenAsync("/Account/Logout", tokenPage: "/Caseload");

        Assert.Equal("/Caseload", outcome.Landed.AbsolutePath);
        Assert.Contains("Sarah Peeters", outcome.Html, StringComparison.Ordinal);
        Assert.Equal(1, sessions);
        Assert.NotNull(caseload.QuerySelector("main table"));
        Assert.Equal("/Account/Login", logout.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal(0, await OpenSessionsAsync(DemoDataSeeder.CaseWorkerEmail));
        using var db = fixture.Portal.CreateDbContext();
        Assert.True(await db.UserLogins.AnyAsync(l => l.LoginProvider == "oidc" && l.ProviderKey == "sub-sarah"));
    }

    [Theory]
    [InlineData(null, "gaf geen rol")]
    [InlineData("Burgemeester", "niet kent")]
    [InlineData("Newcomer", "niet kent")]
    [InlineData("Coordinator", "past niet")]
    public async Task RoleMissingUnknownOrNotTheAccounts_IsRefusedWithAMessage_AndNoSession(string? role, string message)
    {
        const string Email = "tom.maes@inburgering.test";

        var outcome = await SignInThroughProviderAsync(new ProviderUser("sub-tom", Email, role, "Atlas"));
        using var browser = outcome.Browser;
        var caseload = await browser.Http.GetAsync(new Uri("/Caseload", UriKind.Relative));

        Assert.Equal("/Account/Login", outcome.Landed.AbsolutePath);
        Assert.Contains(message, outcome.Html, StringComparison.Ordinal);
        Assert.Equal(0, await OpenSessionsAsync(Email));
        Assert.Equal("/Account/Login", caseload.RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task OtherAgencyThanTheAccounts_IsRefused()
    {
        var outcome = await SignInThroughProviderAsync(new ProviderUser("sub-nadia", "nadia.elamrani@inburgering.test", "CaseWorker", "InGent"));
        using var browser = outcome.Browser;

        Assert.Equal("/Account/Login", outcome.Landed.AbsolutePath);
        Assert.Contains("past niet", outcome.Html, StringComparison.Ordinal);
        Assert.Equal(0, await OpenSessionsAsync("nadia.elamrani@inburgering.test"));
    }

    [Fact]
    public async Task Coordinator_WhenTheProviderDidNoMfa_MustStillEnrolInThePortal()
    {
        var outcome = await SignInThroughProviderAsync(new ProviderUser("sub-koen", DemoDataSeeder.CoordinatorEmail, "Coordinator", "Atlas"));
        using var browser = outcome.Browser;
        var team = await browser.Http.GetAsync(new Uri("/Team", UriKind.Relative));

        Assert.Equal("/Profile/Mfa", outcome.Landed.AbsolutePath);
        Assert.Equal("/Profile/Mfa", team.RequestMessage!.RequestUri!.AbsolutePath);
    }
}
