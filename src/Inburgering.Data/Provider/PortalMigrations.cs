using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Inburgering.Data.Provider;

/// <summary>Brings a database to the model: the generated migrations of its provider, after adopting a legacy history.</summary>
public static class PortalMigrations
{
    /// <summary>The last hand-written migration (ADR 0001): a database that has it holds exactly the baseline's schema.</summary>
    public const string LastHandWritten = "20261123140000_NewcomerAccessAndKeys";

    /// <summary>The first generated migration of every provider (ADR 0005).</summary>
    public const string Baseline = "20261130000000_Baseline";

    public static async Task MigrateAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        await AdoptLegacyHistoryAsync(db.Database, cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
        await ObligationBackfill.RunAsync(db, cancellationToken);
        if (db.Database.IsSqlite())
        {
            // Write-ahead logging lets pages read while another request writes; "optimize" refreshes the
            // statistics the query planner uses to pick the reporting indexes.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            await db.Database.ExecuteSqlRawAsync("PRAGMA optimize=0x10002;", cancellationToken);
        }
    }

    /// <summary>
    /// A database built by the hand-written migrations already has the baseline's tables: record the baseline as
    /// applied instead of creating them again (the legacy schema tests prove the two schemas equal).
    /// </summary>
    private static async Task AdoptLegacyHistoryAsync(DatabaseFacade database, CancellationToken cancellationToken)
    {
        var applied = (await database.GetAppliedMigrationsAsync(cancellationToken)).ToList();
        if (applied.Contains(LastHandWritten) && !applied.Contains(Baseline))
        {
            var insert = database.GetService<IHistoryRepository>().GetInsertScript(new HistoryRow(Baseline, ProductInfo.GetVersion()));
            await database.ExecuteSqlRawAsync(insert, cancellationToken);
        }
    }
}
