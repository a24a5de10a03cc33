using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Inburgering.Tests.Shared;

/// <summary>
/// The portal as the README starts it (Development settings, demo data), on its own SQLite file copied
/// from a template that the real migrations and the demo seeder built once per test run.
/// </summary>
public class PortalFactory : WebApplicationFactory<Program>
{
    private readonly string _databaseFile = Path.Combine(Path.GetTempPath(), $"inburgering-test-{Guid.NewGuid():N}.db");

    public PortalFactory()
    {
        File.Copy(DemoTemplate.Path.Value, _databaseFile);
    }

    /// <summary>For a portal on another engine: the subclass provides the settings.</summary>
    protected PortalFactory(bool useSqliteTemplate)
    {
        if (useSqliteTemplate)
        {
            File.Copy(DemoTemplate.Path.Value, _databaseFile);
        }
    }

    public virtual string Provider => "Sqlite";

    /// <summary>Tests sign in far more often than a person; the rate limit has a test of its own.</summary>
    protected virtual int SignInAttemptsPerMinute => 100_000;

    /// <summary>Whether the portal seeds the demo dataset into an empty database.</summary>
    protected virtual bool DemoData => true;

    public virtual string ConnectionString => $"Data Source={_databaseFile}";

    /// <summary>Further settings (e.g. <c>Proxy:KnownProxies</c>), applied when the host starts.</summary>
    public Dictionary<string, string> Settings { get; } = [];

    /// <summary>The README's <c>dotnet run</c> runs in Development; agencies run Production.</summary>
    public string EnvironmentName { get; init; } = "Development";

    /// <summary>A context on this portal's database, for arranging data and checking what was stored.</summary>
    public AppDbContext CreateDbContext()
    {
        var scope = Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<AppDbContext>();
    }

    /// <summary>Serves on a real socket on 127.0.0.1 (for the browser) and returns the base address.</summary>
    public Uri StartRealServer()
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new Uri(address);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        builder.UseSetting("Database:Provider", Provider);
        builder.UseSetting("Database:ConnectionString", ConnectionString);
        builder.UseSetting("DemoData:Enabled", DemoData ? "true" : "false");
        builder.UseSetting("Security:SignInAttemptsPerMinute", SignInAttemptsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));

        // Start-up speed matters behind a proxy, not in the hundreds of test hosts; its own test turns it on.
        builder.UseSetting("WarmUp:Enabled", "false");

        // The daily job would write to the database while a test counts commands; its own tests switch it on.
        builder.UseSetting("Privacy:Retention:Enabled", "false");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.ClearProviders());
        builder.ConfigureTestServices(services =>
        {
            services.ConfigureDbContext<AppDbContext>(options => options.AddInterceptors(Commands));
            services.AddSingleton<TimeProvider>(Time);
            services.UseCapturedLogEvents(LogEvents);
        });
    }

    /// <summary>The portal's clock; tests move it forward where a rule depends on time passing.</summary>
    public ShiftableTime Time { get; } = new();

    /// <summary>What the portal logged; the test host writes to no console and no file.</summary>
    public CapturedLogEvents LogEvents { get; } = new();

    /// <summary>Counts the SQL commands the portal sends, to prove pages do not query per row.</summary>
    public CommandCounter Commands { get; } = new();

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _databaseFile, $"{_databaseFile}-wal", $"{_databaseFile}-shm" })
        {
            if (File.Exists(file))
            {
                File.Delete(file);
            }
        }
    }
}

/// <summary>Builds the seeded demo database once per test run; each factory copies it.</summary>
internal static class DemoTemplate
{
    public static readonly Lazy<string> Path = new(Build, LazyThreadSafetyMode.ExecutionAndPublication);

    private static string Build()
    {
        var file = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"inburgering-template-{Guid.NewGuid():N}.db");
        using (var factory = new TemplateFactory(file))
        {
            // Starting the host runs the migrations and the demo seeder.
            using var client = factory.CreateClient();
        }

        SqliteConnection.ClearAllPools();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => File.Delete(file);
        return file;
    }

    private sealed class TemplateFactory(string file) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("Database:Provider", "Sqlite");
            builder.UseSetting("Database:ConnectionString", $"Data Source={file}");
            builder.UseSetting("Privacy:Retention:Enabled", "false");
            builder.ConfigureLogging(logging => logging.ClearProviders());
            builder.ConfigureTestServices(services => services.UseCapturedLogEvents(new CapturedLogEvents()));
        }
    }
}
