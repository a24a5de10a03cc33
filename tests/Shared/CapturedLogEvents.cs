using System.Collections.Concurrent;
using Inburgering.Web.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Serilog;
using Serilog.Core;
using Serilog.Events;

namespace Inburgering.Tests.Shared;

/// <summary>A Serilog sink that keeps a test host's log events in memory, for tests to read.</summary>
public sealed class CapturedLogEvents : ILogEventSink
{
    private readonly ConcurrentQueue<LogEvent> _events = new();

    public IReadOnlyCollection<LogEvent> Events => [.. _events];

    public void Emit(LogEvent logEvent) => _events.Enqueue(logEvent);
}

public static class TestLogging
{
    /// <summary>
    /// The portal's levels, enrichment and filters, but this sink instead of the configured console and file:
    /// tests stay quiet and write no log files into the build output.
    /// </summary>
    public static IServiceCollection UseCapturedLogEvents(this IServiceCollection services, CapturedLogEvents sink) =>
        services.AddSerilog(
            (provider, logger) => logger
                .ConfigurePortal(WithoutSinks(provider.GetRequiredService<IConfiguration>()))
                .WriteTo.Sink(sink),
            preserveStaticLogger: true);

    private static IConfiguration WithoutSinks(IConfiguration configuration)
    {
        // Configuration sources cannot remove a key, so the section is copied without its sinks.
        var settings = configuration.GetSection("Serilog").AsEnumerable()
            .Where(setting => !setting.Key.StartsWith("Serilog:WriteTo", StringComparison.Ordinal) && !setting.Key.StartsWith("Serilog:Using", StringComparison.Ordinal));
        return new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
    }
}
