using Inburgering.Data.Provider;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Inburgering.Web.Data;

/// <summary>
/// Where reports and the team overview read: a PostgreSQL hot standby when <c>Database:ReportingConnectionString</c> is
/// set, the standby answers and it is at most <c>Database:ReportingMaxLagSeconds</c> (default 300) behind; otherwise
/// the primary. Figures from a standby that is behind carry their age (<see cref="FiguresAsOfUtc"/>), which the layout
/// shows. Every write, and every other page, uses the primary.
/// </summary>
public sealed class ReportingDatabase(AppDbContext primary, StandbyMonitor monitor, IConfiguration configuration, IActor actor, TimeProvider time) : IDisposable
{
    /// <summary>The key of the keyed <see cref="AppDbContext"/> that report pages take.</summary>
    public const string Key = "reporting";

    private AppDbContext? _context;

    /// <summary>When the figures are older than the request: the standby's last replayed transaction; null when current.</summary>
    public DateTime? FiguresAsOfUtc { get; private set; }

    public static IServiceCollection AddReportingDatabase(IServiceCollection services)
    {
        services.AddSingleton<StandbyMonitor>();
        services.AddScoped<ReportingDatabase>();
        services.AddKeyedScoped<AppDbContext>(Key, (provider, _) => provider.GetRequiredService<ReportingDatabase>().Context());
        return services;
    }

    public AppDbContext Context() => _context ??= Choose();

    private AppDbContext Choose()
    {
        var connectionString = configuration["Database:ReportingConnectionString"];
        if (string.IsNullOrWhiteSpace(connectionString) || !primary.Database.IsNpgsql())
        {
            return primary;
        }

        var state = monitor.State(primary, connectionString);
        var maxLag = TimeSpan.FromSeconds(configuration.GetValue("Database:ReportingMaxLagSeconds", 300));
        if (state is null || state.Lag > maxLag)
        {
            return primary;
        }

        FiguresAsOfUtc = state.Lag > TimeSpan.Zero ? state.ReplayedUpToUtc : null;
        var options = new DbContextOptionsBuilder<AppDbContext>().UseProvider(DatabaseProvider.Postgres, connectionString);
        var standby = new AppDbContext((DbContextOptions<AppDbContext>)options.Options, actor, time);
        standby.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        return standby;
    }

    public void Dispose()
    {
        if (_context is not null && !ReferenceEquals(_context, primary))
        {
            _context.Dispose();
        }
    }
}

/// <summary>
/// How far the standby is behind the primary; asked at most every few seconds per instance. One request asks (a
/// blocking round trip to each server, up to the 2 s connect timeout when the standby is down) while the others go on
/// with the last answer: asking under the lock made every report request of the instance wait for that round trip.
/// </summary>
public sealed class StandbyMonitor(TimeProvider time, ILogger<StandbyMonitor> logger)
{
    private static readonly TimeSpan AskEvery = TimeSpan.FromSeconds(5);
    private readonly Lock _gate = new();
    private (DateTimeOffset At, StandbyState? State)? _last;
    private bool _asking;

    public StandbyState? State(AppDbContext primary, string standbyConnectionString)
    {
        var now = time.GetUtcNow();
        lock (_gate)
        {
            var current = _last is { } last && now - last.At < AskEvery && now >= last.At;
            if (current || _asking)
            {
                return _last?.State;
            }

            _asking = true;
        }

        StandbyState? state = null;
        try
        {
            state = Ask(primary, standbyConnectionString);
            return state;
        }
        finally
        {
            lock (_gate)
            {
                _last = (now, state);
                _asking = false;
            }
        }
    }

    /// <summary>Null when the standby does not answer (or is no standby); then reports read the primary.</summary>
    private StandbyState? Ask(AppDbContext primary, string standbyConnectionString)
    {
        try
        {
            using var standby = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(standbyConnectionString) { Timeout = 2 }.ConnectionString);
            standby.Open();
            using var ask = new NpgsqlCommand("SELECT pg_is_in_recovery(), pg_last_wal_replay_lsn()::text, pg_last_xact_replay_timestamp(), now()", standby);
            using var reader = ask.ExecuteReader();
            reader.Read();
            if (!reader.GetBoolean(0) || reader.IsDBNull(1))
            {
                return null;
            }

            var replayed = Lsn(reader.GetString(1));
            DateTime? replayedAt = reader.IsDBNull(2) ? null : reader.GetFieldValue<DateTimeOffset>(2).UtcDateTime;
            var standbyNow = reader.GetFieldValue<DateTimeOffset>(3).UtcDateTime;
            var current = Lsn(primary.Database.SqlQueryRaw<string>("SELECT pg_current_wal_lsn()::text AS \"Value\"").AsEnumerable().Single());

            // Caught up: nothing left to replay, however long ago the last transaction was.
            return replayed >= current
                ? new StandbyState(TimeSpan.Zero, standbyNow)
                : new StandbyState(replayedAt is { } at ? standbyNow - at : TimeSpan.MaxValue, replayedAt ?? DateTime.MinValue);
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            logger.LogWarning("The reporting standby does not answer ({Reason}): reports read the primary", ex.Message);
            return null;
        }
    }

    private static ulong Lsn(string lsn)
    {
        var parts = lsn.Split('/');
        return (Convert.ToUInt64(parts[0], 16) << 32) | Convert.ToUInt64(parts[1], 16);
    }
}

public sealed record StandbyState(TimeSpan Lag, DateTime ReplayedUpToUtc);
