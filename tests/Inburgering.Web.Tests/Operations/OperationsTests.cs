using System.Net;
using Inburgering.Tests.Shared;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Inburgering.Web.Tests.Operations;

public sealed class OperationsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Health_Anonymous_ReportsHealthyDatabase()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task HealthProbes_Anonymous_SayHealthyAndNothingElse(string probe)
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync(new Uri(probe, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/Caseload")]
    [InlineData("/Team")]
    [InlineData("/MyTrajectory")]
    [InlineData("/Admin")]
    public async Task ProtectedPage_Anonymous_RedirectsToLogin(string url)
    {
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/Login", response.Headers.Location?.AbsolutePath);
    }

    [Fact]
    public async Task AnyPage_SendsSecurityHeaders()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync(new Uri("/Account/Login", UriKind.Relative));

        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.True(response.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task UnknownPage_ShowsDutchNotFoundPage()
    {
        using var client = new PortalClient(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));
        await client.LoginOrFailAsync(DemoData.DemoDataSeeder.CaseWorkerEmail);

        var (response, document) = await client.GetPageAsync("/DoesNotExist");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Niet gevonden", document.QuerySelector("h1")?.TextContent);
    }
}
