using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Inburgering.DemoData;
using Inburgering.Tests.Shared;
using Inburgering.Web.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Trace;

namespace Inburgering.Web.Tests.Operations;

public sealed class TelemetryTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Metrics_Anonymous_RedirectsToLogin()
    {
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync(new Uri(PortalTelemetry.MetricsPath, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/Login", response.Headers.Location?.AbsolutePath);
    }

    [Theory]
    [InlineData(DemoDataSeeder.CaseWorkerEmail)]
    [InlineData(DemoDataSeeder.CoordinatorEmail)]
    public async Task Metrics_SignedInWithoutAdminRole_IsForbidden(string email)
    {
        using var client = new PortalClient(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));
        await client.LoginOrFailAsync(email);

        var response = await client.Http.GetAsync(new Uri(PortalTelemetry.MetricsPath, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain("http_server_request_duration", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Metrics_AdminAfterSomeRequests_ShowsRequestAndDatabaseDurations()
    {
        using var client = new PortalClient(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));
        await client.LoginOrFailAsync(DemoDataSeeder.AdminEmail);
        for (var i = 0; i < 3; i++)
        {
            await client.Http.GetAsync(new Uri("/Admin", UriKind.Relative));
        }

        var response = await client.Http.GetAsync(new Uri(PortalTelemetry.MetricsPath, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var metrics = await response.Content.ReadAsStringAsync();
        Assert.Contains("http_server_request_duration_seconds_bucket{", metrics, StringComparison.Ordinal);
        var database = metrics.Split('\n').Where(line => line.StartsWith("db_client_operation_duration_seconds_bucket{", StringComparison.Ordinal)).ToList();
        Assert.Contains(database, line => line.Contains("db_system_name=\"sqlite\"", StringComparison.Ordinal) && line.Contains("le=\"0.001\"", StringComparison.Ordinal));
        Assert.Contains("dotnet_gc_collections", metrics, StringComparison.Ordinal);
    }

    [Fact]
    public void Traces_NoOtlpEndpointConfigured_HaveNoTracerProvider()
    {
        Assert.Null(factory.Services.GetService<TracerProvider>());
    }

    [Fact]
    public async Task Traces_OtlpEndpointConfigured_ReachTheCollectorWithoutQueryStringsOrNames()
    {
        await using var collector = await OtlpCollector.StartAsync();
        using (var portal = new TracingPortal(collector.Address))
        {
            Assert.NotNull(portal.Services.GetService<TracerProvider>());
            using var client = new PortalClient(portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));
            await client.LoginOrFailAsync(DemoDataSeeder.CaseWorkerEmail);

            var (response, _) = await client.GetPageAsync("/Caseload?Filter.Search=amina+haddad");

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        // Disposing the portal flushed its spans; the collector may still be reading the request.
        await collector.WaitForAsync(body => body.Contains("/Caseload", StringComparison.Ordinal), TimeSpan.FromSeconds(15));

        // A request's spans may arrive in two batches (the exporter sends on a timer): look at all that arrived.
        var traces = string.Concat(collector.Bodies);
        Assert.Contains("/v1/traces", collector.Paths);
        Assert.Contains("sqlite", traces, StringComparison.Ordinal);
        Assert.Contains("SELECT", traces, StringComparison.Ordinal);
        foreach (var body in collector.Bodies)
        {
            Assert.DoesNotContain("Filter.Search", body, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("amina", body, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("haddad", body, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(PortalClient.Password, body, StringComparison.Ordinal);
        }
    }

    private sealed class TracingPortal(string otlpEndpoint) : PortalFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting(PortalTelemetry.OtlpEndpointKey, otlpEndpoint);
        }
    }

    /// <summary>A stand-in OTLP/HTTP collector on 127.0.0.1 that keeps what it receives.</summary>
    private sealed class OtlpCollector : IAsyncDisposable
    {
        private readonly ConcurrentQueue<(string Path, string Body)> _received = new();
        private WebApplication? _app;

        public string Address { get; private set; } = "";

        public IEnumerable<string> Paths => _received.Select(r => r.Path);

        /// <summary>Protobuf keeps strings as UTF-8 bytes, so a text search finds any name that was sent.</summary>
        public IEnumerable<string> Bodies => _received.Select(r => r.Body);

        public static async Task<OtlpCollector> StartAsync()
        {
            var collector = new OtlpCollector();
            var builder = WebApplication.CreateSlimBuilder();
            builder.Logging.ClearProviders();
            builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
            collector._app = builder.Build();
            collector._app.Run(async context =>
            {
                using var body = new MemoryStream();
                await context.Request.Body.CopyToAsync(body);
                collector._received.Enqueue((context.Request.Path.Value ?? "", Encoding.UTF8.GetString(body.ToArray())));
                context.Response.ContentType = "application/x-protobuf";
            });
            await collector._app.StartAsync();
            collector.Address = collector._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return collector;
        }

        public async Task<string> WaitForAsync(Func<string, bool> match, TimeSpan timeout)
        {
            var deadline = DateTime.UtcNow + timeout;
            while (DateTime.UtcNow < deadline)
            {
                var found = Bodies.FirstOrDefault(match);
                if (found is not null)
                {
                    return found;
                }

                await Task.Delay(100);
            }

            throw new TimeoutException($"No matching export within {timeout}; received {_received.Count}.");
        }

        public async ValueTask DisposeAsync()
        {
            if (_app is not null)
            {
                await _app.DisposeAsync();
            }
        }
    }
}
