using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Inburgering.Data.Provider;

/// <summary>
/// One migrator at a time per database: instances that start together (or a release step next to a starting
/// instance) wait for each other instead of racing on the schema and the demo data. EF Core's own migration lock
/// covers the migrations only; this one also covers adopting a legacy history and seeding.
/// PostgreSQL: a session advisory lock (released when the session ends, also when the process dies).
/// SQLite: an exclusive lock on a file next to the database. SQL Server: EF Core's own <c>sp_getapplock</c> only.
/// </summary>
public static class MigrationLock
{
    /// <summary>An arbitrary constant that names the portal's migration lock among other advisory locks.</summary>
    private const long AdvisoryLockKey = 0x496E627572676572; // "Inburger"

    public static async Task<IAsyncDisposable> AcquireAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var connectionString = db.Database.GetConnectionString() ?? string.Empty;
        if (db.Database.IsNpgsql())
        {
            return await AdvisoryLock.AcquireAsync(connectionString, cancellationToken);
        }

        if (db.Database.IsSqlite() && new SqliteConnectionStringBuilder(connectionString) is { Mode: not SqliteOpenMode.Memory, DataSource: { Length: > 0 } file } && file != ":memory:")
        {
            return await FileLock.AcquireAsync(Path.GetFullPath(file) + ".migrate-lock", cancellationToken);
        }

        return NoLock.Instance;
    }

    private sealed class AdvisoryLock(NpgsqlConnection connection) : IAsyncDisposable
    {
        public static async Task<AdvisoryLock> AcquireAsync(string connectionString, CancellationToken cancellationToken)
        {
            // Its own unpooled session: a pooled one would keep the lock after Close.
            var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("SELECT pg_advisory_lock(@key)", connection);
            command.Parameters.AddWithValue("key", AdvisoryLockKey);
            command.CommandTimeout = 0;
            await command.ExecuteNonQueryAsync(cancellationToken);
            return new AdvisoryLock(connection);
        }

        public async ValueTask DisposeAsync()
        {
            await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock(@key)", connection);
            command.Parameters.AddWithValue("key", AdvisoryLockKey);
            await command.ExecuteNonQueryAsync();
            await connection.DisposeAsync();
        }
    }

    private sealed class FileLock(FileStream stream) : IAsyncDisposable
    {
        public static async Task<FileLock> AcquireAsync(string path, CancellationToken cancellationToken)
        {
            while (true)
            {
                try
                {
                    // FileShare.None takes an exclusive advisory lock (flock) that the OS drops when the process ends.
                    return new FileLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
                }
                catch (IOException ex) when (ex is not DirectoryNotFoundException)
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
                }
            }
        }

        public ValueTask DisposeAsync() => stream.DisposeAsync();
    }

    private sealed class NoLock : IAsyncDisposable
    {
        public static readonly NoLock Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
