using Inburgering.DemoData;
using Inburgering.Tests.Shared;
using Inburgering.Web.Tests.Database;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Inburgering.Web.Tests.Operations;

/// <summary>
/// The team overview reads a real hot standby (streaming replication, started by ./test.sh), shows the figures' age
/// when the standby lags, and reads the primary when the standby is down or too far behind.
/// </summary>
public sealed class ReportingReplicaTests
{
    private const string StandbyVariable = "INBURGERING_TEST_POSTGRES_STANDBY";

    [Fact]
    public async Task TeamOverview_ReadsTheStandby_ShowsTheFiguresAgeWhenItLags_AndThePrimaryWhenItIsDownOrTooFarBehind()
    {
        using var database = PostgresDatabase.Create();
        var standbyServer = Environment.GetEnvironmentVariable(StandbyVariable)
            ?? throw new InvalidOperationException($"{StandbyVariable} is not set: run the tests with ./test.sh, which starts a hot standby.");
        var standby = new NpgsqlConnectionStringBuilder(standbyServer) { Database = database.Name }.ConnectionString;
        using var portal = Instance(database, standby, maxLagSeconds: 3600);
        using var coordinator = await CoordinatorAsync(portal);
        await WaitUntilReplicatedAsync(standby);
        var before = await TomsRowAsync(coordinator);

        await using var control = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(standbyServer) { Database = "postgres" }.ConnectionString);
        await control.OpenAsync();
        await ExecuteAsync(control, "SELECT pg_wal_replay_pause()");
        try
        {
            await ReassignOneOfTomsDossiersAsync(portal, coordinator);
            portal.Time.Offset += TimeSpan.FromSeconds(10);
            var (lagging, laggingPage) = await RowAndNoteAsync(coordinator);

            using var standbyDown = Instance(database, "Host=127.0.0.1;Port=1;Username=postgres;Database=none;Timeout=2", maxLagSeconds: 3600);
            var (down, downPage) = await RowAndNoteAsync(await CoordinatorAsync(standbyDown));
            using var strict = Instance(database, standby, maxLagSeconds: 0);
            var (tooFarBehind, strictPage) = await RowAndNoteAsync(await CoordinatorAsync(strict));

            Assert.Equal(before, lagging);
            Assert.Contains("loopt achter", laggingPage, StringComparison.Ordinal);
            Assert.NotEqual(before, down);
            Assert.Null(downPage);
            Assert.Equal(down, tooFarBehind);
            Assert.Null(strictPage);
        }
        finally
        {
            await ExecuteAsync(control, "SELECT pg_wal_replay_resume()");
        }
    }

    private static SharedDatabaseInstance Instance(PostgresDatabase database, string reporting, int maxLagSeconds)
    {
        var instance = new SharedDatabaseInstance(database, signInAttemptsPerMinute: 1000);
        instance.Settings["Database:ReportingConnectionString"] = reporting;
        instance.Settings["Database:ReportingMaxLagSeconds"] = maxLagSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return instance;
    }

    private static async Task<PortalClient> CoordinatorAsync(PortalFactory portal)
    {
        var client = new PortalClient(portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));
        await client.LoginOrFailAsync(DemoDataSeeder.CoordinatorEmail);
        return client;
    }

    private static async Task<string> TomsRowAsync(PortalClient client) => (await RowAndNoteAsync(client)).Row;

    /// <summary>Tom's row of the team overview, and the figures-age note if the page shows one.</summary>
    private static async Task<(string Row, string? Note)> RowAndNoteAsync(PortalClient client)
    {
        var (_, page) = await client.GetPageAsync("/Team");
        var row = page.QuerySelectorAll("main table tbody tr").Single(r => r.TextContent.Contains("Tom Maes", StringComparison.Ordinal));
        return (string.Join('|', row.Children.Select(c => c.TextContent.Trim())), page.QuerySelector("[data-figures-age]")?.TextContent);
    }

    private static async Task ReassignOneOfTomsDossiersAsync(PortalFactory portal, PortalClient coordinator)
    {
        using var db = portal.CreateDbContext();
        var tom = await db.Users.Where(u => u.Email == "tom.maes@inburgering.test").Select(u => u.Id).SingleAsync();
        var sarah = await db.Users.Where(u => u.Email == DemoDataSeeder.CaseWorkerEmail).Select(u => u.Id).SingleAsync();
        var dossier = await db.Newcomers.Where(n => n.CaseWorkerId == tom).Select(n => n.Id).FirstAsync();
        var response = await coordinator.PostWithTokenAsync("/Team/Dossiers?handler=Reassign", new Dictionary<string, string>
        {
            ["Input.Confirmed"] = "true",
            ["Input.Selected"] = dossier.ToString(),
            ["Input.CaseWorker"] = sarah,
            ["Input.Reason"] = "Herverdeling",
        }, tokenPage: "/Team");
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
    }

    private static async Task WaitUntilReplicatedAsync(string standby)
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            try
            {
                await using var connection = new NpgsqlConnection(standby);
                await connection.OpenAsync();
                await using var count = new NpgsqlCommand("SELECT COUNT(*) FROM \"Newcomers\"", connection);
                if (Convert.ToInt64(await count.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture) == DemoDataSeeder.NewcomerCount)
                {
                    return;
                }
            }
            catch (PostgresException)
            {
                // The database or its tables have not arrived yet.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("The standby did not replay the demo data within a minute.");
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
