using System.Diagnostics;
using System.Globalization;
using Inburgering.DemoData;

namespace Inburgering.Web.Data;

/// <summary>
/// <c>--generate N</c>: fills the configured database with the demo data plus N simulated newcomers, then exits.
/// For measuring (see docs/performance.md), not for production.
/// </summary>
public static class VolumeCommand
{
    public static bool TryParse(string[] args, out int count)
    {
        ArgumentNullException.ThrowIfNull(args);
        var at = Array.IndexOf(args, "--generate");
        count = 0;
        return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], NumberStyles.None, CultureInfo.InvariantCulture, out count) && count > 0;
    }

    public static async Task<int> RunAsync(IServiceProvider services, int count)
    {
        ArgumentNullException.ThrowIfNull(services);
        var started = Stopwatch.GetTimestamp();
        await using var scope = services.CreateAsyncScope();
        await DatabaseInitializer.MigrateAsync(scope.ServiceProvider, CancellationToken.None);
        await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().GenerateAsync(count, line => Console.WriteLine($"[{Stopwatch.GetElapsedTime(started):mm\\:ss}] {line}"));
        Console.WriteLine($"Generated {count} newcomers in {Stopwatch.GetElapsedTime(started).TotalSeconds:0} s.");
        return 0;
    }
}
