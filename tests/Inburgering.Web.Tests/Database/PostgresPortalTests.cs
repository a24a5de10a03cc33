using System.Diagnostics;
using System.Net;
using Inburgering.DemoData;
using Inburgering.Tests.Shared;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Web.Tests.Database;

/// <summary>The portal on the PostgreSQL server engine: migrations, demo data, and the main pages.</summary>
public sealed class PostgresPortalFactory : PortalFactory
{
    private readonly PostgresDatabase _database = PostgresDatabase.Create();

    public PostgresPortalFactory()
        : base(useSqliteTemplate: false)
    {
    }

    public override string Provider => "Postgres";

    public override string ConnectionString => _database.ConnectionString;

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Npgsql.NpgsqlConnection.ClearAllPools();
        _database.Dispose();
    }
}

public sealed class PostgresPortalTests(PostgresPortalFactory factory) : IClassFixture<PostgresPortalFactory>
{
    [Fact]
    public async Task Reassign_OnPostgres_MovesTheDossiersAndTheirTrajectories()
    {
        using var db = factory.CreateDbContext();
        var tom = await db.Users.Where(u => u.Email == "tom.maes@inburgering.test").Select(u => u.Id).SingleAsync();
        var sarah = await db.Users.Where(u => u.Email == DemoDataSeeder.CaseWorkerEmail).Select(u => u.Id).SingleAsync();
        // Distinct: a newcomer can have more than one trajectory, and the test needs two different people.
        var moved = await db.Trajectories.Where(t => t.CaseWorkerId == tom).Select(t => t.NewcomerId).Distinct().OrderBy(id => id).Take(2).ToListAsync();
        using var client = new PortalClient(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));
        await client.LoginOrFailAsync(DemoDataSeeder.CoordinatorEmail);

        var response = await client.PostWithTokenAsync("/Team/Dossiers?handler=Reassign", new Dictionary<string, string>
        {
            ["Input.Confirmed"] = "true",
            ["Input.Selected"] = moved[0].ToString(),
            ["Input.CaseWorker"] = sarah,
            ["Input.Reason"] = "Herverdeling",
        }, tokenPage: "/Team");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        using var check = factory.CreateDbContext();
        Assert.Equal(sarah, await check.Newcomers.Where(n => n.Id == moved[0]).Select(n => n.CaseWorkerId).SingleAsync());
        Assert.All(await check.Trajectories.Where(t => t.NewcomerId == moved[0]).Select(t => t.CaseWorkerId).ToListAsync(), id => Assert.Equal(sarah, id));
        Assert.Equal(tom, await check.Newcomers.Where(n => n.Id == moved[1]).Select(n => n.CaseWorkerId).SingleAsync());
    }

    [Fact]
    public async Task Portal_OnPostgres_MigratesSeedsAndServesTheCaseload()
    {
        using var client = new PortalClient(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));
        using var db = factory.CreateDbContext();

        await client.LoginOrFailAsync(DemoDataSeeder.CaseWorkerEmail);
        var (response, page) = await client.GetPageAsync("/Caseload?Filter.Search=haddad&Filter.Sort=NextDue");

        Assert.True(db.Database.IsNpgsql());
        Assert.Equal(DemoDataSeeder.NewcomerCount, await db.Newcomers.CountAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(page.QuerySelectorAll("main table tbody tr"), row => row.TextContent.Contains("Haddad, Amina", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TeamAndDossier_OnPostgres_Render()
    {
        using var client = new PortalClient(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));
        using var db = factory.CreateDbContext();
        var amina = await db.Newcomers.Where(n => n.Person.Email == DemoDataSeeder.NewcomerEmail).Select(n => n.Id).SingleAsync();

        await client.LoginOrFailAsync(DemoDataSeeder.CoordinatorEmail);
        var (team, _) = await client.GetPageAsync("/Team");
        var (dossier, page) = await client.GetPageAsync($"/Dossiers/{amina}");

        Assert.Equal(HttpStatusCode.OK, team.StatusCode);
        Assert.Equal(HttpStatusCode.OK, dossier.StatusCode);
        Assert.Equal("Amina Haddad", page.QuerySelector("h1")?.TextContent);
    }
}

/// <summary>Start-up runs the real portal as a process, as an operator would, and reads what it prints.</summary>
public sealed class StartupTests
{
    private static async Task<(int ExitCode, string Errors, string Output)> StartPortalAsync(string provider, string connectionString)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Inburgering.Web.dll")])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        start.Environment["Database__Provider"] = provider;
        start.Environment["Database__ConnectionString"] = connectionString;
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";

        // The file sink (the second in appsettings.json) would otherwise write logs/ into the test's build output.
        var logs = Path.Combine(Path.GetTempPath(), $"inburgering-startup-logs-{Guid.NewGuid():N}");
        start.Environment["Serilog__WriteTo__1__Args__path"] = Path.Combine(logs, "inburgering-.json");
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        if (Directory.Exists(logs))
        {
            Directory.Delete(logs, recursive: true);
        }

        return (process.ExitCode, (await errors).Trim(), await output);
    }

    [Fact]
    public async Task Start_UnknownProvider_StopsWithOneLineThatSaysWhatToFix()
    {
        var (exitCode, errors, output) = await StartPortalAsync("Oracle", "");

        Assert.Equal(1, exitCode);
        Assert.Equal("Inburgering cannot start: Database:Provider 'Oracle' is unknown: use 'Sqlite' (default), 'Postgres' or 'SqlServer'.", errors);
        Assert.DoesNotContain(" at ", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Postgres", "Host=127.0.0.1;Port=1;Username=nobody;Database=none;Timeout=2", "Cannot open the Postgres database (")]
    [InlineData("SqlServer", "Server=tcp:127.0.0.1,1;Database=none;User Id=nobody;Password=x;Connect Timeout=3;Encrypt=false", "Cannot open the SqlServer database (A network-related or instance-specific error")]
    public async Task Start_UnreachableDatabase_StopsWithOneLineThatSaysWhyAndWhatToFix(string provider, string connectionString, string reason)
    {
        var (exitCode, errors, output) = await StartPortalAsync(provider, connectionString);

        Assert.Equal(1, exitCode);
        Assert.StartsWith($"Inburgering cannot start: {reason}", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("(Success)", errors, StringComparison.Ordinal);
        Assert.EndsWith("check Database:Provider and Database:ConnectionString.", errors, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', errors);
        Assert.DoesNotContain(" at ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_SqlServerWithoutConnectionString_SaysWhatToSet()
    {
        var (exitCode, errors, _) = await StartPortalAsync("SqlServer", "");

        Assert.Equal(1, exitCode);
        Assert.StartsWith("Inburgering cannot start: Database:Provider is SqlServer but Database:ConnectionString is empty", errors, StringComparison.Ordinal);
    }
}
