using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Inburgering.Data.Provider;

/// <summary>
/// SQLite-only settings for every connection (the one isolated spot with SQLite pragmas besides WAL), chosen for a
/// pool of many connections: each pooled connection has its own page cache and its own memory map, so both are
/// small (2 MB cache, no map). Under load a pool held 23 connections; with a 1 GB map and a 64 MB cache each the
/// portal's resident memory reached 1.4–3.5 GB at 100,000 newcomers, with 8 MB each still 627 MB. The operating system's file cache, shared by
/// all connections, keeps the hot pages in memory (see docs/performance.md). The settings are applied once per
/// pooled database handle, not on every open (EF Core opens the connection for each query).
/// A writer that finds another writer waits inside SQLite (busy_timeout: sleeps of 1, 2, 5, 10… ms) instead of
/// getting SQLITE_BUSY at once, on which Microsoft.Data.Sqlite sleeps 150 ms before it tries again. Every read writes
/// the access log, so under load that sleep made one request in ten wait 200–500 ms (docs/performance.md).
/// </summary>
public sealed class SqliteTuning : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA mmap_size=0; PRAGMA cache_size=-2048; PRAGMA temp_store=MEMORY; PRAGMA busy_timeout=10000;";

    private static readonly ConditionalWeakTable<object, object> Tuned = [];

    private static readonly object Seen = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (IsNew(connection))
        {
            using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            command.ExecuteNonQuery();
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (IsNew(connection))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>True the first time this database handle (which the pool keeps across opens) is seen.</summary>
    private static bool IsNew(DbConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return connection is not SqliteConnection { Handle: { } handle } || Tuned.TryAdd(handle, Seen);
    }
}
