using Inburgering.DemoData;
using Inburgering.Web.Tests.Database;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Inburgering.Web.Tests.Operations;

/// <summary>The release step (<c>--migrate</c>) and instances that leave migrating to it.</summary>
public sealed class MigrateCommandTests
{
    private static Dictionary<string, string> Settings(string provider, string connectionString, bool demoData = false, bool migrateOnStart = true) => new()
    {
        ["Database__Provider"] = provider,
        ["Database__ConnectionString"] = connectionString,
        ["DemoData__Enabled"] = demoData ? "true" : "false",
        ["Database__MigrateOnStart"] = migrateOnStart ? "true" : "false",
    };

    [Fact]
    public async Task Migrate_TwoInstancesAtOnceOnPostgres_LeaveOneHistoryAndOneDemoDataset()
    {
        using var database = PostgresDatabase.Create();
        var settings = Settings("Postgres", database.ConnectionString, demoData: true);

        var runs = await Task.WhenAll(PortalProcess.RunAsync(settings, "--migrate"), PortalProcess.RunAsync(settings, "--migrate"));

        Assert.All(runs, run => Assert.True(run.ExitCode == 0, run.Errors));
        Assert.Single(runs, run => run.Output.Contains("Applied ", StringComparison.Ordinal));
        Assert.Single(runs, run => run.Output.Contains("The database is up to date.", StringComparison.Ordinal) && !run.Output.Contains("Applied ", StringComparison.Ordinal));
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        Assert.Equal(await CountAsync(connection, "SELECT COUNT(DISTINCT \"MigrationId\") FROM \"__EFMigrationsHistory\""), await CountAsync(connection, "SELECT COUNT(*) FROM \"__EFMigrationsHistory\""));
        Assert.Equal(DemoDataSeeder.NewcomerCount, await CountAsync(connection, "SELECT COUNT(*) FROM \"Newcomers\""));
        Assert.Equal(1, await CountAsync(connection, $"SELECT COUNT(*) FROM \"AspNetUsers\" WHERE \"Email\" = '{DemoDataSeeder.CaseWorkerEmail}'"));
        await using var db = new AppDbContext(
            new DbContextOptionsBuilder<AppDbContext>().UseNpgsql(database.ConnectionString, o => o.MigrationsAssembly("Inburgering.Data.Postgres")).Options,
            SystemActor.Instance,
            TimeProvider.System);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        NpgsqlConnection.ClearAllPools();
    }

    [Fact]
    public async Task Start_MigrationsDisabledOnADatabaseBehind_RefusesWithOneLine_UntilTheReleaseStepRan()
    {
        using var database = SqliteDatabase.Create();

        var refused = await PortalProcess.RunAsync(Settings("Sqlite", database.ConnectionString, migrateOnStart: false));
        var migrated = await PortalProcess.RunAsync(Settings("Sqlite", database.ConnectionString), "--migrate");
        var again = await PortalProcess.RunAsync(Settings("Sqlite", database.ConnectionString), "--migrate");

        Assert.Equal(1, refused.ExitCode);
        Assert.Matches(@"^Inburgering cannot start: The database is behind this version \(\d+ migration\(s\) not applied, the first \d{14}_\w+\): run the release step `Inburgering.Web --migrate` first\.$", refused.Errors);
        Assert.DoesNotContain(" at ", refused.Output, StringComparison.Ordinal);
        Assert.Equal(0, migrated.ExitCode);
        Assert.Matches(@"Applied \d+ migration\(s\); the database is up to date\.", migrated.Output);
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("The database is up to date.", again.Output, StringComparison.Ordinal);
    }

    private static async Task<long> CountAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
