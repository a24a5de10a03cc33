using Inburgering.Web.Identity;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Inburgering.Web.Infrastructure;

/// <summary>
/// Metrics for a Prometheus scrape at <c>/metrics</c> (administrators only); traces of requests and database
/// commands to an OTLP collector, only when an endpoint is configured. Spans carry no query strings and no
/// SQL parameter values: searches and forms contain names and national register numbers.
/// </summary>
public static class PortalTelemetry
{
    public const string OtlpEndpointKey = "OpenTelemetry:OtlpEndpoint";

    /// <summary>The standard variable; the OTLP exporter reads it (and its siblings) itself.</summary>
    public const string StandardOtlpEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";

    public const string MetricsPath = "/metrics";

    public const string ServiceName = "Inburgering.Web";

    public static void AddPortalTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<DatabaseCommandMetrics>();
        services.ConfigureDbContext<AppDbContext>((provider, options) => options.AddInterceptors(provider.GetRequiredService<DatabaseCommandMetrics>()));

        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter(DatabaseCommandMetrics.MeterName)
                .AddPrometheusExporter());

        var endpoint = configuration[OtlpEndpointKey];
        if (string.IsNullOrWhiteSpace(endpoint) && string.IsNullOrWhiteSpace(configuration[StandardOtlpEndpointKey]))
        {
            return;
        }

        telemetry.WithTracing(tracing => tracing
            .AddAspNetCoreInstrumentation(options => options.Filter = context => !IsOperational(context.Request.Path))
            .AddEntityFrameworkCoreInstrumentation()

            // Before the exporter: processors see a span in the order they were added.
            .AddProcessor(new PersonalDataScrubber())
            .AddOtlpExporter(options =>
            {
                if (!string.IsNullOrWhiteSpace(endpoint))
                {
                    // An endpoint set in code is used as is: the signal's path is added here, as the standard variable would.
                    options.Endpoint = new Uri(new Uri(endpoint.TrimEnd('/') + "/"), "v1/traces");
                    options.Protocol = OtlpExportProtocol.HttpProtobuf;
                }
            }));
    }

    public static void MapPortalMetrics(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPrometheusScrapingEndpoint(MetricsPath).RequireAuthorization(Policies.Admin);

    private static bool IsOperational(PathString path) =>
        path.StartsWithSegments(MetricsPath, StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase);
}
