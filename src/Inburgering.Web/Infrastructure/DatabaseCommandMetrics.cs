using System.Data.Common;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Inburgering.Web.Infrastructure;

/// <summary>
/// Time spent in database commands as a histogram. The EF Core instrumentation only makes spans, and spans are
/// exported only when an OTLP endpoint is set; this gives the scrape endpoint database time on both providers.
/// </summary>
public sealed class DatabaseCommandMetrics : DbCommandInterceptor
{
    public const string MeterName = "Inburgering.Database";

    private static readonly Meter Meter = new(MeterName);

    // Named after the OpenTelemetry database convention, so dashboards built for it work unchanged.
    private static readonly Histogram<double> Duration = Meter.CreateHistogram<double>(
        "db.client.operation.duration",
        unit: "s",
        description: "Duration of database commands sent by the portal.",
        tags: null,

        // The SDK's default buckets are meant for milliseconds; most commands here take one or two.
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] });

    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
    {
        Record(eventData, errorType: null);
        return base.ReaderExecuted(command, eventData, result);
    }

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        Record(eventData, errorType: null);
        return base.ReaderExecutedAsync(command, eventData, result, cancellationToken);
    }

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        Record(eventData, errorType: null);
        return base.NonQueryExecuted(command, eventData, result);
    }

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Record(eventData, errorType: null);
        return base.NonQueryExecutedAsync(command, eventData, result, cancellationToken);
    }

    public override object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result)
    {
        Record(eventData, errorType: null);
        return base.ScalarExecuted(command, eventData, result);
    }

    public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
    {
        Record(eventData, errorType: null);
        return base.ScalarExecutedAsync(command, eventData, result, cancellationToken);
    }

    public override void CommandFailed(DbCommand command, CommandErrorEventData eventData)
    {
        Record(eventData, eventData.Exception.GetType().FullName);
        base.CommandFailed(command, eventData);
    }

    public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Record(eventData, eventData.Exception.GetType().FullName);
        return base.CommandFailedAsync(command, eventData, cancellationToken);
    }

    private static void Record(CommandEndEventData eventData, string? errorType)
    {
        if (!Duration.Enabled)
        {
            return;
        }

        // Only the provider and the error type: command text may carry literals, and tags must stay few.
        var tags = new TagList { { "db.system.name", SystemName(eventData.Context) } };
        if (errorType is not null)
        {
            tags.Add("error.type", errorType);
        }

        Duration.Record(eventData.Duration.TotalSeconds, tags);
    }

    private static string SystemName(Microsoft.EntityFrameworkCore.DbContext? context) =>
        context?.Database.ProviderName switch
        {
            "Microsoft.EntityFrameworkCore.Sqlite" => "sqlite",
            "Npgsql.EntityFrameworkCore.PostgreSQL" => "postgresql",
            var other => other ?? "unknown",
        };
}
