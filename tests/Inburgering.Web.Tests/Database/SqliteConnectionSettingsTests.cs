using Inburgering.Tests.Shared;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Web.Tests.Database;

/// <summary>
/// The settings every pooled SQLite connection of the portal gets (SqliteTuning), read back from SQLite itself on a
/// connection the portal opened. The benchmark figures in docs/performance.md rest on them.
/// </summary>
public sealed class SqliteConnectionSettingsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task PortalConnection_WaitsInSqliteForAnotherWriter_WithSmallCacheAndNoMap()
    {
        using var db = factory.CreateDbContext();
        await db.Database.OpenConnectionAsync();
        try
        {
            // Without a busy timeout a second writer gets SQLITE_BUSY at once and Microsoft.Data.Sqlite sleeps 150 ms
            // before it tries again: the dossier's p90 at 8 concurrent readers was 223 ms instead of 84 ms.
            Assert.Equal(10_000L, await PragmaAsync(db, "busy_timeout"));
            Assert.Equal(0L, await PragmaAsync(db, "mmap_size"));
            Assert.Equal(-2048L, await PragmaAsync(db, "cache_size"));
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<long> PragmaAsync(DbContext db, string name)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = $"PRAGMA {name};";
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
