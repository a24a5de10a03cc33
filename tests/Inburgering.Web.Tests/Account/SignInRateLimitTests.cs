using System.Net;
using Inburgering.DemoData;
using Inburgering.Tests.Shared;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Inburgering.Web.Tests.Account;

public sealed class StrictSignInPortal : PortalFactory
{
    protected override int SignInAttemptsPerMinute => 3;
}

public sealed class SignInRateLimitTests(StrictSignInPortal factory) : IClassFixture<StrictSignInPortal>
{
    [Fact]
    public async Task ManyAttemptsFromOneAddress_AreSlowedDownWithADutchMessage()
    {
        using var client = new PortalClient(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.LoginAsync(DemoDataSeeder.CaseWorkerEmail, "fout-" + i)).StatusCode);
        }

        var blocked = await client.LoginAsync(DemoDataSeeder.CaseWorkerEmail);
        var page = await PortalClient.ParseAsync(blocked);

        Assert.Equal(HttpStatusCode.TooManyRequests, blocked.StatusCode);
        Assert.Equal("60", blocked.Headers.RetryAfter?.ToString());
        Assert.Equal("Even geduld", page.QuerySelector("h1")?.TextContent);
    }
}
