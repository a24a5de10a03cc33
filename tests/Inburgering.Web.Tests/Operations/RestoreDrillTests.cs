using System.Data.Common;
using System.Diagnostics;
using System.Net;
using Inburgering.DemoData;
using Inburgering.Domain.Newcomers;
using Inburgering.Tests.Shared;
using Inburgering.Web.Tests.Database;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Inburgering.Web.Tests.Operations;

/// <summary>
/// The backup is tried: taken while the portal writes, restored into a fresh database, and a portal started on it
/// serves the same data. A consistent copy holds exactly the writes acknowledged up to some moment during the backup.
/// </summary>
public sealed class RestoreDrillTests
{
    private const int SampleDossiers = 8;

    [Fact]
    public async Task Sqlite_OnlineBackupDuringWrites_RestoresIntoAWorkingPortal()
    {
        using var source = new PortalFactory();
        var backup = Path.Combine(Path.GetTempPath(), $"inburgering-backup-{Guid.NewGuid():N}.db");
        var restored = Path.Combine(Path.GetTempPath(), $"inburgering-restored-{Guid.NewGuid():N}.db");
        try
        {
            await DrillAsync(
                source,
                async () =>
                {
                    var run = await PortalProcess.RunAsync(
                        new Dictionary<string, string> { ["Database__Provider"] = "Sqlite", ["Database__ConnectionString"] = source.ConnectionString },
                        "--backup",
                        backup);
                    Assert.True(run.ExitCode == 0, run.Errors);
                    Assert.Contains("integrity ok", run.Output, StringComparison.Ordinal);
                },
                () =>
                {
                    // Restoring the embedded database is copying the file while the portal is stopped.
                    File.Copy(backup, restored);
                    return Task.FromResult<PortalFactory>(new RestoredPortal("Sqlite", $"Data Source={restored}"));
                });
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { backup, restored, restored + "-wal", restored + "-shm" })
            {
                File.Delete(file);
            }
        }
    }

    [Fact]
    public async Task Postgres_PgDumpDuringWrites_RestoresIntoAWorkingPortal()
    {
        using var source = new PostgresPortalFactory();
        var backup = Path.Combine(Path.GetTempPath(), $"inburgering-backup-{Guid.NewGuid():N}.dump");
        var restoredName = $"inb_restored_{Guid.NewGuid():N}";
        var server = new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable(PostgresDatabase.ServerVariable));
        var libpq = new Dictionary<string, string>
        {
            ["PGHOST"] = server.Host!,
            ["PGPORT"] = server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["PGUSER"] = server.Username!,
            ["PG_BIN"] = Environment.GetEnvironmentVariable("INBURGERING_TEST_PG_BIN") ?? string.Empty,
        };
        try
        {
            await DrillAsync(
                source,
                async () => await ScriptAsync("backup-postgres.sh", new(libpq) { ["PGDATABASE"] = new NpgsqlConnectionStringBuilder(source.ConnectionString).Database! }, backup),
                async () =>
                {
                    await ScriptAsync("restore-postgres.sh", libpq, backup, restoredName);
                    return new RestoredPortal("Postgres", new NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = restoredName }.ConnectionString);
                });
        }
        finally
        {
            File.Delete(backup);
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(server.ConnectionString);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{restoredName}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }

    /// <summary>
    /// Writes history lines one after another (each acknowledged by its commit), backs up after some of them, keeps
    /// writing during and after the backup, restores, starts a portal on the copy and compares.
    /// </summary>
    private static async Task DrillAsync(PortalFactory source, Func<Task> backUp, Func<Task<PortalFactory>> restore)
    {
        using var setup = source.CreateDbContext();
        var caseWorker = await setup.Users.Where(u => u.Email == DemoDataSeeder.CaseWorkerEmail).Select(u => u.Id).SingleAsync();
        var samples = await setup.Newcomers.Where(n => n.CaseWorkerId == caseWorker).OrderBy(n => n.Id).Select(n => n.Id).Take(SampleDossiers).ToListAsync();
        var eventsBefore = await setup.DossierEvents.CountAsync();
        var acknowledged = 0;
        var backupStarted = -1;
        var backupDone = -1;
        // Bounded, but never ending the writes before the backup has: a slow machine can take minutes to start the
        // backup process, and a copy taken after the last write proves nothing about writes during it.
        using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(10));
        var writer = Task.Run(async () =>
        {
            for (var i = 0; !stop.IsCancellationRequested && (backupDone < 0 || acknowledged < backupDone + 20); i++)
            {
                using var db = source.CreateDbContext();
                var id = samples[i % samples.Count];
                var newcomer = await db.Newcomers.SingleAsync(n => n.Id == id);
                newcomer.RecordDataExported("json");
                await db.SaveChangesAsync();
                Interlocked.Increment(ref acknowledged);
            }
        });
        while (Volatile.Read(ref acknowledged) < 20)
        {
            await Task.Delay(20);
        }

        backupStarted = Volatile.Read(ref acknowledged);
        await backUp();
        backupDone = Volatile.Read(ref acknowledged);
        stop.CancelAfter(TimeSpan.FromSeconds(90));
        await writer;

        using var portal = await restore();
        using var original = source.CreateDbContext();
        using var copy = portal.CreateDbContext();
        var originalCounts = await TableCountsAsync(original);
        var copyCounts = await TableCountsAsync(copy);
        var inCopy = await copy.DossierEvents.CountAsync() - eventsBefore;
        using var client = new PortalClient(portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));
        await client.LoginOrFailAsync(DemoDataSeeder.CaseWorkerEmail);
        var (dossier, page) = await client.GetPageAsync($"/Dossiers/{samples[0]}");

        Assert.Equal(HttpStatusCode.OK, dossier.StatusCode);
        Assert.NotNull(page.QuerySelector("h1"));
        Assert.InRange(inCopy, backupStarted, backupDone);
        Assert.True(inCopy < acknowledged, $"The backup should have been taken during the writes ({inCopy} of {acknowledged}).");
        Assert.Equal(originalCounts.Keys.Order(), copyCounts.Keys.Order());
        foreach (var (table, count) in originalCounts.Where(t => t.Key != "DossierEvents"))
        {
            Assert.True(count == copyCounts[table], $"{table}: {count} rows, {copyCounts[table]} in the restored copy");
        }

        // Per dossier the copy holds the history from before the drill unchanged, and of the drill's lines (written one
        // after another) exactly the first ones: nothing torn, nothing skipped.
        foreach (var id in samples)
        {
            var expected = await HistoryAsync(original, id);
            var actual = await HistoryAsync(copy, id);
            Assert.Equal(expected.Where(line => !line.Contains(DrillLine, StringComparison.Ordinal)), actual.Where(line => !line.Contains(DrillLine, StringComparison.Ordinal)));
            var drillLines = actual.Where(line => line.Contains(DrillLine, StringComparison.Ordinal)).ToList();
            Assert.Equal(expected.Where(line => line.Contains(DrillLine, StringComparison.Ordinal)).Take(drillLines.Count), drillLines);
        }
    }

    private const string DrillLine = " DataExported ";

    /// <summary>The dossier's history lines in the order they were written.</summary>
    private static async Task<List<string>> HistoryAsync(AppDbContext db, NewcomerId id) =>
        (await db.DossierEvents.Where(e => e.NewcomerId == id).OrderBy(e => e.OccurredAtUtc).ThenBy(e => e.Id)
            .Select(e => new { e.Id, e.Type, e.OccurredAtUtc, e.ActorName }).ToListAsync())
        .Select(e => $"{e.Id} {e.Type} {e.OccurredAtUtc:O} {e.ActorName}").ToList();

    private static async Task<Dictionary<string, long>> TableCountsAsync(AppDbContext db)
    {
        var tables = db.Model.GetEntityTypes().Select(t => t.GetTableName()).OfType<string>().Append("__EFMigrationsHistory").Distinct().ToList();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        var counts = new Dictionary<string, long>();
        foreach (var table in tables)
        {
            await using DbCommand command = connection.CreateCommand();
            command.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
            counts[table] = Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
        }

        return counts;
    }

    private static async Task ScriptAsync(string script, Dictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo(Path.Combine(RepositoryRoot(), "deploy", script), args) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"{script}: {await errors} {await output}");
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Inburgering.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("Run the tests from the repository.");
    }

    /// <summary>A portal started on a restored database, as an operator would after a restore.</summary>
    private sealed class RestoredPortal(string provider, string connectionString) : PortalFactory(useSqliteTemplate: false)
    {
        public override string Provider => provider;

        public override string ConnectionString => connectionString;

        protected override bool DemoData => false;
    }
}
