using Npgsql;

namespace Inburgering.Data.Provider;

/// <summary>
/// Npgsql settings for a web app that runs the same few queries all day (docs/performance.md): statements used twice
/// are prepared on the server once per pooled connection, and a connection returned to the pool is not reset (the
/// reset costs a command on the next use; EF Core leaves no session state behind). A prepared statement runs on one
/// generic plan, made once: with the default (<c>plan_cache_mode=auto</c>) PostgreSQL planned most page queries again
/// for every execution (0.5–2 ms each), because a generic plan with a parameter as LIMIT looks costlier than it is.
/// No parallel workers: starting them took ~10 ms for a page query that runs in 1 ms, and with many requests at once
/// the cores are busy anyway. Values set in the configured connection string win (<c>Options</c> replaces both).
/// </summary>
public static class PostgresTuning
{
    public const int MaxAutoPrepare = 64;

    public const string SessionOptions = "-c plan_cache_mode=force_generic_plan -c max_parallel_workers_per_gather=0";

    public static string Apply(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var configured = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        if (builder.MaxAutoPrepare == 0 && !configured.ContainsKey("Max Auto Prepare"))
        {
            builder.MaxAutoPrepare = MaxAutoPrepare;
            builder.AutoPrepareMinUsages = 2;
        }

        if (!configured.ContainsKey("Options"))
        {
            builder.Options = SessionOptions;
        }

        if (!configured.ContainsKey("No Reset On Close"))
        {
            builder.NoResetOnClose = true;
        }

        return builder.ConnectionString;
    }
}
