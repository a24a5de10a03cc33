using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Inburgering.Data.Provider;

/// <summary>
/// SQLite-only settings for every connection (the one isolated spot with SQLite pragmas besides WAL): reads go
/// through a memory map and a larger page cache, which makes the grouped team and report queries read
/// memory instead of issuing a system call per page (see docs/performance.md).
/// </summary>
public sealed class SqliteTuning : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA mmap_size=1073741824; PRAGMA cache_size=-65536; PRAGMA temp_store=MEMORY;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
