using Npgsql;

namespace Inburgering.Data.Provider;

/// <summary>
/// Npgsql settings for a web app that runs the same few queries all day (docs/performance.md): statements used twice
/// are prepared on the server once per pooled connection, and a connection returned to the pool is not reset (the
/// reset costs a command on the next use; EF Core leaves no session state behind). Values set in the configured
/// connection string win.
/// </summary>
public static class PostgresTuning
{
    public const int MaxAutoPrepare = 64;

    public static string Apply(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var configured = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        if (builder.MaxAutoPrepare == 0 && !configured.ContainsKey("Max Auto Prepare"))
        {
            builder.MaxAutoPrepare = MaxAutoPrepare;
            builder.AutoPrepareMinUsages = 2;
        }

        if (!configured.ContainsKey("No Reset On Close"))
        {
            builder.NoResetOnClose = true;
        }

        return builder.ConnectionString;
    }
}
