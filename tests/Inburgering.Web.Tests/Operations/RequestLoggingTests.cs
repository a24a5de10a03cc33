using System.Net;
using Inburgering.DemoData;
using Inburgering.Tests.Shared;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Events;

namespace Inburgering.Web.Tests.Operations;

public sealed class RequestLoggingTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task CaseloadSearch_ForAName_LogsPathStatusAndUserIdButNeitherQueryNorName()
    {
        using var client = new PortalClient(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));
        await client.LoginOrFailAsync(DemoDataSeeder.CaseWorkerEmail);
        string caseWorkerId;
        using (var db = factory.CreateDbContext())
        {
            caseWorkerId = await db.Users.Where(u => u.Email == DemoDataSeeder.CaseWorkerEmail).Select(u => u.Id).SingleAsync();
        }

        var (response, _) = await client.GetPageAsync("/Caseload?Filter.Search=amina+haddad");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var request = Assert.Single(factory.LogEvents.Events, e => e.MessageTemplate.Text == Infrastructure.PortalLogging.RequestMessageTemplate
            && e.Properties["RequestPath"] is ScalarValue { Value: "/Caseload" }
            && e.Properties["UserId"] is ScalarValue { Value: string id } && id == caseWorkerId);
        var message = request.RenderMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.StartsWith("HTTP \"GET\" \"/Caseload\" responded 200 in ", message, StringComparison.Ordinal);
        Assert.EndsWith($" ms for user \"{caseWorkerId}\"", message, StringComparison.Ordinal);
        foreach (var logged in factory.LogEvents.Events.Select(Everything))
        {
            Assert.DoesNotContain("Search", logged, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("amina", logged, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("haddad", logged, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task AnonymousRequest_LogsADashForTheUser()
    {
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        await client.GetAsync(new Uri("/Account/Login?ReturnUrl=%2FCaseload", UriKind.Relative));

        Assert.Contains(factory.LogEvents.Events, e => e.Properties.TryGetValue("RequestPath", out var path) && path is ScalarValue { Value: "/Account/Login" }
            && e.Properties["UserId"] is ScalarValue { Value: Infrastructure.PortalLogging.AnonymousUser }
            && e.Properties["StatusCode"] is ScalarValue { Value: 200 });
    }

    [Fact]
    public async Task TestHost_AfterRequestsAreLogged_HasWrittenNoLogFile()
    {
        var started = DateTime.UtcNow.AddSeconds(-1);
        string contentRoot;
        using (var portal = new PortalFactory())
        {
            using var client = portal.CreateClient();
            await client.GetAsync(new Uri("/Account/Login", UriKind.Relative));
            await client.GetAsync(new Uri("/DoesNotExist", UriKind.Relative));
            contentRoot = portal.Services.GetRequiredService<IWebHostEnvironment>().ContentRootPath;
            Assert.NotEmpty(portal.LogEvents.Events);
        }

        // The configured file sink writes "logs/..." relative to the working directory; the content root is checked too.
        var written = new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory, contentRoot }
            .Select(folder => Path.Combine(folder, "logs"))
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            .Where(file => File.GetLastWriteTimeUtc(file) >= started);
        Assert.Empty(written);
    }

    private static string Everything(LogEvent logEvent) =>
        string.Join(' ', [logEvent.RenderMessage(System.Globalization.CultureInfo.InvariantCulture), .. logEvent.Properties.Select(p => $"{p.Key}={p.Value}"), logEvent.Exception?.ToString() ?? ""]);
}
