using Inburgering.DemoData;
using Inburgering.Tests.Shared;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Inburgering.Web.Tests.Privacy;

/// <summary>Mijn gegevens tells the newcomer the configured retention periods and the grounds for erasure, in their language.</summary>
public sealed class RetentionOnMyDataTests : IDisposable
{
    private readonly PortalFactory _factory = new();

    public RetentionOnMyDataTests()
    {
        _factory.Settings["Privacy:Retention:ClosedTrajectoryYears"] = "7";
        _factory.Settings["Privacy:Retention:AccessLogYears"] = "3";
    }

    public void Dispose() => _factory.Dispose();

    [Theory]
    [InlineData("nl", "tot 7 jaar nadat je traject afgesloten is", "bewaren we 3 jaar", "Een wet of een rechter")]
    [InlineData("en", "until 7 years after your trajectory", "for 3 years", "A law or a court")]
    [InlineData("ar", "حتى 7 سنوات", "لمدة 3 سنوات", "قانون أو محكمة")]
    public async Task MyData_ShowsTheConfiguredPeriodsAndTheGrounds(string culture, string trajectory, string accessLog, string ground)
    {
        using var client = new PortalClient(_factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));
        await client.LoginOrFailAsync(DemoDataSeeder.NewcomerEmail);

        var (_, page) = await client.GetPageAsync($"/MyTrajectory/Data?culture={culture}");

        Assert.Contains(trajectory, page.QuerySelector("#retention-trajectory")?.TextContent, StringComparison.Ordinal);
        Assert.Contains(accessLog, page.QuerySelector("#retention-access")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(4, page.QuerySelectorAll("#erasure-grounds li").Length);
        Assert.Contains(ground, page.QuerySelector("#erasure-grounds")?.TextContent, StringComparison.Ordinal);
    }
}
