using System.Diagnostics;

namespace Inburgering.Web.Tests.Operations;

/// <summary>The real portal as a process, as an operator runs it: settings in environment variables, output read back.</summary>
public static class PortalProcess
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(6);

    public static async Task<(int ExitCode, string Errors, string Output)> RunAsync(IDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Inburgering.Web.dll"), .. args])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";

        // The file sink (the second in appsettings.json) would otherwise write logs/ into the test's build output.
        var logs = Path.Combine(Path.GetTempPath(), $"inburgering-process-logs-{Guid.NewGuid():N}");
        start.Environment["Serilog__WriteTo__1__Args__path"] = Path.Combine(logs, "inburgering-.json");
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        // Generous: on a loaded 2-core machine one start with the demo data seeding has taken over three minutes.
        using var timeout = new CancellationTokenSource(Limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            throw new TimeoutException($"dotnet Inburgering.Web.dll {string.Join(' ', args)} did not exit within {Limit}: {await errors} {await output}");
        }
        finally
        {
            if (Directory.Exists(logs))
            {
                Directory.Delete(logs, recursive: true);
            }
        }

        return (process.ExitCode, (await errors).Trim(), await output);
    }
}
