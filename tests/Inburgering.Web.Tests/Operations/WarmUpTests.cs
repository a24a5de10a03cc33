using Inburgering.Tests.Shared;
using Microsoft.Data.Sqlite;

namespace Inburgering.Web.Tests.Operations;

/// <summary>
/// A restarted instance behind the proxy gets traffic as soon as its port answers: the busiest pages' queries must
/// have run before that, and running them must change nothing in the database.
/// </summary>
public sealed class WarmUpTests
{
    [Fact]
    public async Task Startup_RunsThePageQueriesBeforeTheFirstRequest_AndWritesNothing()
    {
        using var factory = new PortalFactory { Settings = { ["WarmUp:Enabled"] = "true" } };
        var rowsBefore = await RowCountsAsync(factory.ConnectionString);

        _ = factory.Server;

        var warm = Assert.Single(factory.LogEvents.Events, e => e.MessageTemplate.Text.StartsWith("Warm-up:", StringComparison.Ordinal));
        Assert.Equal("3", warm.Properties["Queries"].ToString());
        Assert.True(factory.Commands.Count >= 3, $"{factory.Commands.Count} commands before the first request");
        Assert.Equal(rowsBefore, await RowCountsAsync(factory.ConnectionString));
    }

    [Fact]
    public void Startup_Disabled_RunsNoWarmUp()
    {
        using var factory = new PortalFactory();

        _ = factory.Server;

        Assert.DoesNotContain(factory.LogEvents.Events, e => e.MessageTemplate.Text.StartsWith("Warm-up:", StringComparison.Ordinal));
    }

    /// <summary>Every table's row count, so that any write shows (not SQLite's statistics that PRAGMA optimize keeps).</summary>
    private static async Task<string> RowCountsAsync(string connectionString)
    {
        await using var connection = new SqliteConnection(connectionString + ";Pooling=False");
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var counts = new List<string>();
        foreach (var table in tables)
        {
            await using var count = connection.CreateCommand();
            count.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
            counts.Add($"{table}={await count.ExecuteScalarAsync()}");
        }

        return string.Join(' ', counts);
    }
}
