using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

// Measures the coordinator's pages over HTTP on a real SQLite file: first on the demo dataset (the baseline,
// 320 newcomers), then on a generated one (default 100,000 newcomers), in the same run on the same machine.
// Usage: bench/run.sh [--newcomers 100000] [--requests 40] [--fresh]
var options = Options.Parse(args);
var root = FindRoot();
var folder = Path.Combine(root, "artifacts", "bench");
Directory.CreateDirectory(folder);
var portal = Path.Combine(AppContext.BaseDirectory, "Inburgering.Web.dll");

var baseline = Path.Combine(folder, "baseline.db");
var large = Path.Combine(folder, $"inburgering-{options.Newcomers}.db");
DeleteDatabase(baseline);
if (options.Fresh)
{
    DeleteDatabase(large);
}

if (!File.Exists(large))
{
    Console.WriteLine($"Generating {options.Newcomers:N0} newcomers into {Path.GetRelativePath(root, large)} (a few minutes) ...");
    var generate = Stopwatch.StartNew();
    await RunToEndAsync(portal, ["--generate", options.Newcomers.ToString(CultureInfo.InvariantCulture), $"--Database:ConnectionString=Data Source={large}"]);
    Console.WriteLine($"Generated in {generate.Elapsed.TotalSeconds:0} s.");
}

// The click-through from the overview: the stalled dossiers of the AgII case worker with the largest caseload.
var busiest = Busiest(large);
Page[] pages =
[
    new("Team overview (AgII coordinator)", "/Team", "hilde.vos@inburgering.test", 200),
    new("Stalled dossiers of one case worker (click-through)", $"/Team/Dossiers?Filter.Stalled=true&Filter.CaseWorker={busiest}", "hilde.vos@inburgering.test", 200),
    new("Stalled dossiers of the whole agency", "/Team/Dossiers?Filter.Stalled=true", "hilde.vos@inburgering.test", null),
    new("Report: trajectories per region (all agencies)", "/Reports/Trajectories", "admin@inburgering.test", 500),
    new("Report: first actions (all agencies)", "/Reports/FirstActions", "admin@inburgering.test", 500),
    new("Report: profile (all agencies)", "/Reports/Profile", "admin@inburgering.test", 500),
    new("Report: durations (all agencies)", "/Reports/Durations", "admin@inburgering.test", 500),
    new("Report: profile as CSV (all agencies)", "/Reports/Profile?handler=Csv", "admin@inburgering.test", 500),
];

var before = await MeasureAsync(portal, baseline, demoData: true, pages, options.Requests);
var after = await MeasureAsync(portal, large, demoData: false, pages, options.Requests);

Console.WriteLine();
Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}; {options.Requests} sequential requests per page after 3 warm-up requests.");
Console.WriteLine($"Datasets: baseline = demo data ({before.Newcomers:N0} newcomers, {before.Actions:N0} actions); large = {after.Newcomers:N0} newcomers, {after.Actions:N0} actions.");
Console.WriteLine();
Console.WriteLine("| page | baseline median | baseline p95 | large median | large p95 | budget p95 | within budget |");
Console.WriteLine("|---|---:|---:|---:|---:|---:|---|");
foreach (var page in pages)
{
    var b = before.Timings[page];
    var a = after.Timings[page];
    var budget = page.BudgetMs is { } ms ? $"{ms} ms" : "–";
    var within = page.BudgetMs is { } limit ? (a.P95 <= limit ? "yes" : "NO") : "–";
    Console.WriteLine($"| {page.Name} | {b.Median:0} ms | {b.P95:0} ms | {a.Median:0} ms | {a.P95:0} ms | {budget} | {within} |");
}

Console.WriteLine();
Console.WriteLine($"Peak memory of the portal process (VmHWM): baseline {before.PeakMemoryMb:0} MB, large {after.PeakMemoryMb:0} MB.");
return pages.All(p => p.BudgetMs is not { } limit || after.Timings[p].P95 <= limit) ? 0 : 2;

static async Task<Run> MeasureAsync(string portal, string database, bool demoData, Page[] pages, int requests)
{
    var port = FreePort();
    var start = new ProcessStartInfo("dotnet", [portal, $"--urls=http://127.0.0.1:{port}", $"--Database:ConnectionString=Data Source={database}", $"--DemoData:Enabled={demoData}", "--Serilog:MinimumLevel:Default=Warning"])
    {
        WorkingDirectory = Path.GetDirectoryName(portal)!,
        RedirectStandardOutput = true,
        RedirectStandardError = true,
    };
    start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
    using var process = Process.Start(start)!;
    _ = process.StandardOutput.ReadToEndAsync();
    _ = process.StandardError.ReadToEndAsync();
    try
    {
        var baseUri = new Uri($"http://127.0.0.1:{port}");
        await WaitUntilHealthyAsync(baseUri);
        var timings = new Dictionary<Page, Timing>();
        foreach (var group in pages.GroupBy(p => p.Account))
        {
            using var client = await LoginAsync(baseUri, group.Key);
            foreach (var page in group)
            {
                timings[page] = await TimeAsync(client, page.Path, requests);
            }
        }

        var (newcomers, actions) = Count(database);
        return new Run(timings, PeakMemoryMb(process.Id), newcomers, actions);
    }
    finally
    {
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
    }
}

static async Task<Timing> TimeAsync(HttpClient client, string path, int requests)
{
    for (var i = 0; i < 3; i++)
    {
        await GetOkAsync(client, path);
    }

    var samples = new List<double>();
    for (var i = 0; i < requests; i++)
    {
        var watch = Stopwatch.StartNew();
        await GetOkAsync(client, path);
        samples.Add(watch.Elapsed.TotalMilliseconds);
    }

    samples.Sort();
    return new Timing(samples[samples.Count / 2], samples[(int)Math.Ceiling(samples.Count * 0.95) - 1]);
}

static async Task GetOkAsync(HttpClient client, string path)
{
    using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
    await response.Content.ReadAsByteArrayAsync();
    if (response.StatusCode != HttpStatusCode.OK)
    {
        throw new InvalidOperationException($"{path} answered {(int)response.StatusCode}");
    }
}

static async Task<HttpClient> LoginAsync(Uri baseUri, string email)
{
    var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = baseUri };
    var page = await client.GetStringAsync(new Uri("/Account/Login", UriKind.Relative));
    var token = Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
    using var form = new FormUrlEncodedContent(new Dictionary<string, string>
    {
        ["Input.Email"] = email,
        ["Input.Password"] = "Demo-2026!",
        ["__RequestVerificationToken"] = token,
    });
    using var response = await client.PostAsync(new Uri("/Account/Login", UriKind.Relative), form);
    if (response.StatusCode != HttpStatusCode.Redirect)
    {
        throw new InvalidOperationException($"Login as {email} failed: {(int)response.StatusCode}");
    }

    return client;
}

static async Task WaitUntilHealthyAsync(Uri baseUri)
{
    using var client = new HttpClient { BaseAddress = baseUri, Timeout = TimeSpan.FromSeconds(5) };
    for (var attempt = 0; attempt < 600; attempt++)
    {
        try
        {
            using var response = await client.GetAsync(new Uri("/health", UriKind.Relative));
            if (response.IsSuccessStatusCode)
            {
                return;
            }
        }
        catch (HttpRequestException)
        {
        }

        await Task.Delay(500);
    }

    throw new TimeoutException("The portal did not become healthy.");
}

static async Task RunToEndAsync(string portal, string[] arguments)
{
    var start = new ProcessStartInfo("dotnet", [portal, .. arguments, "--Serilog:MinimumLevel:Default=Warning"]) { WorkingDirectory = Path.GetDirectoryName(portal)! };
    start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
    using var process = Process.Start(start)!;
    await process.WaitForExitAsync();
    if (process.ExitCode != 0)
    {
        throw new InvalidOperationException($"The generator stopped with exit code {process.ExitCode}.");
    }
}

static (int Newcomers, int Actions) Count(string database) =>
    (Convert.ToInt32(Scalar(database, "SELECT COUNT(*) FROM Newcomers"), CultureInfo.InvariantCulture),
     Convert.ToInt32(Scalar(database, "SELECT COUNT(*) FROM FollowUpActions"), CultureInfo.InvariantCulture));

static string Busiest(string database) => (string)Scalar(database, "SELECT CaseWorkerId FROM Newcomers WHERE Agency = 'AgII' GROUP BY CaseWorkerId ORDER BY COUNT(*) DESC LIMIT 1")!;

static object? Scalar(string database, string sql)
{
    using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={database};Mode=ReadOnly");
    connection.Open();
    using var command = connection.CreateCommand();
    command.CommandText = sql;
    return command.ExecuteScalar();
}

static double PeakMemoryMb(int pid)
{
    var status = $"/proc/{pid}/status";
    var line = File.Exists(status) ? File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal)) : null;
    return line is null ? double.NaN : double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
}

static int FreePort()
{
    using var listener = new TcpListener(IPAddress.Loopback, 0);
    listener.Start();
    return ((IPEndPoint)listener.LocalEndpoint).Port;
}

static void DeleteDatabase(string file)
{
    foreach (var path in new[] { file, file + "-wal", file + "-shm" })
    {
        File.Delete(path);
    }
}

static string FindRoot()
{
    var folder = new DirectoryInfo(AppContext.BaseDirectory);
    while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Inburgering.sln")))
    {
        folder = folder.Parent;
    }

    return folder?.FullName ?? throw new InvalidOperationException("Run from within the repository.");
}

internal sealed record Page(string Name, string Path, string Account, int? BudgetMs);

internal sealed record Timing(double Median, double P95);

internal sealed record Run(IReadOnlyDictionary<Page, Timing> Timings, double PeakMemoryMb, int Newcomers, int Actions);

internal sealed record Options(int Newcomers, int Requests, bool Fresh)
{
    public static Options Parse(string[] args)
    {
        int Value(string name, int fallback)
        {
            var at = Array.IndexOf(args, name);
            return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
        }

        return new Options(Value("--newcomers", 100_000), Value("--requests", 40), args.Contains("--fresh"));
    }
}
