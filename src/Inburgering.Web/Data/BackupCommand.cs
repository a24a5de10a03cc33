using Inburgering.Data.Provider;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Web.Data;

/// <summary>
/// <c>--backup FILE</c>: copies the embedded SQLite database into a new file with SQLite's online backup API, while
/// the portal keeps running (its writers wait at most for the copy's read of each page, not for the whole copy),
/// checks the copy's integrity and exits. PostgreSQL is backed up with pg_dump: <c>deploy/backup-postgres.sh</c>.
/// </summary>
public static class BackupCommand
{
    public static bool TryParse(string[] args, out string file)
    {
        ArgumentNullException.ThrowIfNull(args);
        var at = Array.IndexOf(args, "--backup");
        file = at >= 0 && at + 1 < args.Length ? args[at + 1] : string.Empty;
        return at >= 0;
    }

    public static async Task<int> RunAsync(IServiceProvider services, string file)
    {
        ArgumentNullException.ThrowIfNull(services);
        await using var scope = services.CreateAsyncScope();
        var configuration = scope.ServiceProvider.GetRequiredService<IConfiguration>();
        if (DatabaseSetup.Provider(configuration) != DatabaseProvider.Sqlite)
        {
            throw new StartupException("--backup copies the embedded SQLite database; back up PostgreSQL with deploy/backup-postgres.sh (pg_dump).");
        }

        if (string.IsNullOrWhiteSpace(file) || file.StartsWith("--", StringComparison.Ordinal))
        {
            throw new StartupException("--backup needs the file to write, e.g. --backup /var/backups/inburgering-2026-11-30.db.");
        }

        var target = Path.GetFullPath(file);
        if (File.Exists(target))
        {
            throw new StartupException($"{target} exists already: back up into a new file.");
        }

        // A partly written file must never look like a backup: copy to a temporary name and rename at the end.
        var partial = target + ".partial";
        var source = new SqliteConnectionStringBuilder(scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.GetConnectionString()) { Pooling = false };
        if (!File.Exists(source.DataSource))
        {
            throw new StartupException($"There is no database at {source.DataSource}: check Database:ConnectionString.");
        }

        await using (var from = new SqliteConnection(source.ConnectionString))
        await using (var to = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = partial, Pooling = false }.ConnectionString))
        {
            await from.OpenAsync();
            await to.OpenAsync();
            from.BackupDatabase(to);
            await using var check = to.CreateCommand();

            // The copy stands alone: no write-ahead log next to it.
            check.CommandText = "PRAGMA journal_mode=DELETE;";
            await check.ExecuteNonQueryAsync();
            check.CommandText = "PRAGMA integrity_check;";
            var integrity = (string?)await check.ExecuteScalarAsync();
            if (integrity != "ok")
            {
                throw new StartupException($"The copy failed SQLite's integrity check ({integrity}); the database itself may be damaged.");
            }
        }

        File.Move(partial, target);
        Console.WriteLine($"Backed up {source.DataSource} to {target} ({new FileInfo(target).Length} bytes, integrity ok).");
        return 0;
    }
}
