using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Inburgering.Data.Provider;

/// <summary>
/// The context as <c>dotnet ef</c> builds it: <c>-- --provider SqlServer</c> chooses the engine (default SQLite).
/// Generating migrations and scripts needs no database, so the connection strings are placeholders.
/// </summary>
public sealed class DesignTimeContextFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var index = Array.IndexOf(args, "--provider");
        var provider = DatabaseProviders.Parse(index >= 0 && index + 1 < args.Length ? args[index + 1] : null);
        var connectionString = provider switch
        {
            DatabaseProvider.Sqlite => "Data Source=design-time.db",
            DatabaseProvider.Postgres => "Host=127.0.0.1;Database=inburgering",
            _ => "Server=127.0.0.1;Database=inburgering;Integrated Security=true;TrustServerCertificate=true",
        };
        var options = new DbContextOptionsBuilder<AppDbContext>().UseProvider(provider, connectionString);
        return new AppDbContext((DbContextOptions<AppDbContext>)options.Options, SystemActor.Instance, TimeProvider.System);
    }
}
