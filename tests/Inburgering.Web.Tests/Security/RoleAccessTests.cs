using System.Net;
using Inburgering.DemoData;
using Inburgering.Tests.Shared;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Inburgering.Web.Tests.Security;

public sealed class RoleAccessTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData(DemoDataSeeder.NewcomerEmail, "/Caseload")]
    [InlineData(DemoDataSeeder.NewcomerEmail, "/Team")]
    [InlineData(DemoDataSeeder.NewcomerEmail, "/Admin")]
    [InlineData(DemoDataSeeder.CaseWorkerEmail, "/Team")]
    [InlineData(DemoDataSeeder.CaseWorkerEmail, "/MyTrajectory")]
    [InlineData(DemoDataSeeder.CaseWorkerEmail, "/Admin")]
    [InlineData(DemoDataSeeder.CoordinatorEmail, "/Caseload")]
    [InlineData(DemoDataSeeder.CoordinatorEmail, "/MyTrajectory")]
    [InlineData(DemoDataSeeder.AdminEmail, "/Caseload")]
    [InlineData(DemoDataSeeder.AdminEmail, "/Team")]
    [InlineData(DemoDataSeeder.NewcomerEmail, "/Transfers")]
    [InlineData(DemoDataSeeder.CaseWorkerEmail, "/Transfers")]
    [InlineData(DemoDataSeeder.AdminEmail, "/Transfers")]
    public async Task OtherRolesPage_Returns403WithDutchMessageAndNoData(string email, string url)
    {
        using var client = new PortalClient(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));
        await client.LoginOrFailAsync(email);

        var (response, document) = await client.GetPageAsync(url);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("Geen toegang", document.QuerySelector("h1")?.TextContent);
        Assert.Empty(document.QuerySelectorAll("main table"));
    }
}
