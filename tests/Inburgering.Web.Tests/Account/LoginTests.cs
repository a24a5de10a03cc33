using System.Net;
using Inburgering.DemoData;
using Inburgering.Tests.Shared;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Inburgering.Web.Tests.Account;

public sealed class LoginTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private PortalClient NewClient() => new(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));

    [Theory]
    [InlineData(DemoDataSeeder.CaseWorkerEmail, "/Caseload", "Mijn dossiers")]
    [InlineData(DemoDataSeeder.CoordinatorEmail, "/Team", "Teamoverzicht")]
    [InlineData(DemoDataSeeder.NewcomerEmail, "/MyTrajectory", "Hallo Amina")]
    [InlineData(DemoDataSeeder.AdminEmail, "/Admin", "Beheer")]
    public async Task Login_DemoAccount_LandsOnOwnPageWithData(string email, string landing, string heading)
    {
        using var client = NewClient();

        var login = await client.LoginAsync(email);
        var start = await client.Http.GetAsync(new Uri("/", UriKind.Relative));
        var (page, document) = await client.GetPageAsync(landing);

        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal(landing, start.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(heading, document.QuerySelector("h1")?.TextContent.Trim());
        Assert.NotEmpty(document.QuerySelectorAll("main table tbody tr, main .card"));
    }

    [Fact]
    public async Task Login_WrongPassword_ShowsDutchErrorAndStaysLoggedOut()
    {
        using var client = NewClient();

        var response = await client.LoginAsync(DemoDataSeeder.CaseWorkerEmail, "niet-het-wachtwoord");
        var document = await PortalClient.ParseAsync(response);
        var afterwards = await client.Http.GetAsync(new Uri("/Caseload", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Het e-mailadres of het wachtwoord klopt niet.", document.QuerySelector("[role=alert]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(DemoDataSeeder.CaseWorkerEmail, (document.QuerySelector("#Input_Email") as AngleSharp.Html.Dom.IHtmlInputElement)?.Value);
        Assert.Equal(HttpStatusCode.Redirect, afterwards.StatusCode);
        Assert.StartsWith("/Account/Login", afterwards.Headers.Location?.PathAndQuery ?? afterwards.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_EmptyForm_ShowsDutchMessagesNextToFields()
    {
        using var client = NewClient();

        var response = await client.SubmitFormAsync("/Account/Login", new Dictionary<string, string> { ["Input.Email"] = "", ["Input.Password"] = "" });
        var document = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Vul je gebruikersnaam of e-mailadres in.", document.QuerySelector("#Input_Email-error")?.TextContent);
        Assert.Equal("Vul je wachtwoord in.", document.QuerySelector("#Input_Password-error")?.TextContent);
        Assert.Equal("true", document.QuerySelector("#Input_Email")?.GetAttribute("aria-invalid"));
    }

    [Fact]
    public async Task Login_FiveWrongPasswords_PauseThatAddressWithTheSameMessage_ForFifteenMinutesOnly()
    {
        using var client = NewClient();
        const string email = "tom.maes@inburgering.test";

        for (var i = 0; i < 5; i++)
        {
            await client.LoginAsync(email, "fout-wachtwoord-" + i);
        }

        var withRightPassword = await client.LoginAsync(email);
        var document = await PortalClient.ParseAsync(withRightPassword);
        factory.Time.Offset += TimeSpan.FromMinutes(16);
        HttpResponseMessage later;
        try
        {
            later = await client.LoginAsync(email);
        }
        finally
        {
            factory.Time.Offset -= TimeSpan.FromMinutes(16);
        }

        using var db = factory.CreateDbContext();
        var account = db.Users.Single(u => u.Email == email);
        Assert.Equal(HttpStatusCode.OK, withRightPassword.StatusCode);
        Assert.Contains("Het e-mailadres of het wachtwoord klopt niet.", document.QuerySelector("[role=alert]")?.TextContent, StringComparison.Ordinal);
        Assert.Null(account.LockoutEnd);
        Assert.Equal(HttpStatusCode.Redirect, later.StatusCode);
    }

    [Fact]
    public async Task Login_ExternalReturnUrl_IsIgnored()
    {
        using var client = NewClient();

        var response = await client.SubmitFormAsync("/Account/Login?ReturnUrl=https%3A%2F%2Fevil.example%2F", new Dictionary<string, string>
        {
            ["Input.Email"] = DemoDataSeeder.CaseWorkerEmail,
            ["Input.Password"] = PortalClient.Password,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Post_WithoutAntiforgeryToken_IsRejected()
    {
        using var client = NewClient();
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = DemoDataSeeder.CaseWorkerEmail,
            ["Input.Password"] = PortalClient.Password,
        });

        var response = await client.Http.PostAsync(new Uri("/Account/Login", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(response.Headers, h => h.Key == "Set-Cookie" && h.Value.Any(v => v.StartsWith("Inburgering.Auth", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Logout_EndsTheSession()
    {
        using var client = NewClient();
        await client.LoginOrFailAsync(DemoDataSeeder.CaseWorkerEmail);

        var logout = await client.SubmitFormAsync("/Caseload", new Dictionary<string, string>(), "form[action='/Account/Logout']");
        var afterwards = await client.Http.GetAsync(new Uri("/Caseload", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, afterwards.StatusCode);
    }
}
