namespace Inburgering.Web.Data;

/// <summary>
/// <c>--migrate</c>: the release step. Applies the migrations (and the demo data when enabled) under the database's
/// migration lock, prints one line and exits, so instances can run with <c>Database:MigrateOnStart=false</c>.
/// </summary>
public static class MigrateCommand
{
    public static bool IsRequested(string[] args) => args.Contains("--migrate", StringComparer.Ordinal);

    public static async Task<int> RunAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var applied = await DatabaseInitializer.MigrateAsync(scope.ServiceProvider, CancellationToken.None);
        Console.WriteLine(applied == 0 ? "The database is up to date." : $"Applied {applied} migration(s); the database is up to date.");
        return 0;
    }
}
