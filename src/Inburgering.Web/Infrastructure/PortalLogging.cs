using System.Security.Claims;
using Serilog;

namespace Inburgering.Web.Infrastructure;

/// <summary>
/// Serilog with levels and sinks from the <c>Serilog</c> section, and one event per request that names the
/// user by id only. Never the query string or form (searches contain names), never names or national numbers.
/// </summary>
public static class PortalLogging
{
    public const string RequestMessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms for user {UserId}";

    public const string AnonymousUser = "-";

    public static IServiceCollection AddPortalLogging(this IServiceCollection services) =>
        services.AddSerilog(
            (provider, logger) => logger.ConfigurePortal(provider.GetRequiredService<IConfiguration>()),

            // The static Log.Logger is shared by every host in a process (tests run several at once).
            preserveStaticLogger: true);

    /// <summary>Everything but the sinks' choice is shared with the test host, which brings its own sinks.</summary>
    public static LoggerConfiguration ConfigurePortal(this LoggerConfiguration logger, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(logger);
        return logger
            .ReadFrom.Configuration(configuration)
            .Enrich.FromLogContext()

            // A setting the portal cannot start without is reported in one line by Program, not as a stack trace.
            .Filter.ByExcluding(e => e.Exception is StartupException);
    }

    public static IApplicationBuilder UsePortalRequestLogging(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);

        // Without its own logger the middleware falls back to the static Log.Logger, which this host leaves alone.
        var logger = app.ApplicationServices.GetRequiredService<Serilog.ILogger>();
        return app.UseSerilogRequestLogging(options =>
        {
            options.Logger = logger;
            options.MessageTemplate = RequestMessageTemplate;
            options.IncludeQueryInRequestPath = false;
            options.EnrichDiagnosticContext = (diagnostics, context) =>
            {
                diagnostics.Set("UserId", context.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? AnonymousUser);

                // After a configured proxy's X-Forwarded-For: the client, not the proxy (ProxySetup).
                diagnostics.Set("ClientAddress", context.Connection.RemoteIpAddress?.ToString() ?? AnonymousUser);
            };
        });
    }
}
