using System.Net;
using Inburgering.DemoData;
using Inburgering.Tests.Shared;
using Inburgering.Web.Security;
using Inburgering.Web.Tests.Database;

namespace Inburgering.Web.Tests.Operations;

/// <summary>One instance of the portal behind the proxy, on a PostgreSQL database that others share.</summary>
public sealed class SharedDatabaseInstance : PortalFactory
{
    public SharedDatabaseInstance(PostgresDatabase database, int signInAttemptsPerMinute)
        : base(useSqliteTemplate: false)
    {
        ConnectionString = database.ConnectionString;
        SignInAttemptsPerMinute = signInAttemptsPerMinute;

        // The test client stands in for the proxy on 127.0.0.1 and says which client it forwards.
        Settings["Proxy:KnownProxies"] = "127.0.0.1";
    }

    public override string Provider => "Postgres";

    public override string ConnectionString { get; }

    protected override int SignInAttemptsPerMinute { get; }
}

/// <summary>Two instances on one PostgreSQL database, each on its own port, as behind nginx.</summary>
public sealed class TwoInstances : IDisposable
{
    public const int SignInAttemptsPerMinute = 8;

    private readonly PostgresDatabase _database = PostgresDatabase.Create();

    public TwoInstances()
    {
        A = new SharedDatabaseInstance(_database, SignInAttemptsPerMinute);
        AddressA = A.StartRealServer();
        B = new SharedDatabaseInstance(_database, SignInAttemptsPerMinute);
        AddressB = B.StartRealServer();
    }

    public SharedDatabaseInstance A { get; }

    public Uri AddressA { get; }

    public SharedDatabaseInstance B { get; }

    public Uri AddressB { get; }

    public void Dispose()
    {
        A.Dispose();
        B.Dispose();
        Npgsql.NpgsqlConnection.ClearAllPools();
        _database.Dispose();
    }
}

public sealed class TwoInstancesTests(TwoInstances instances) : IClassFixture<TwoInstances>
{
    /// <summary>One browser (one cookie jar) that the proxy sends to A or B; it comes from <paramref name="clientAddress"/>.</summary>
    private (PortalClient OnA, PortalClient OnB) Browser(string clientAddress)
    {
        var cookies = new CookieContainer();
        PortalClient Client(Uri address)
        {
            var http = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = address };
            http.DefaultRequestHeaders.Add("X-Forwarded-For", clientAddress);
            return new PortalClient(http);
        }

        return (Client(instances.AddressA), Client(instances.AddressB));
    }

    [Fact]
    public async Task SignInOnA_ContinuesOnB()
    {
        var (onA, onB) = Browser("198.51.100.10");
        using var a = onA;
        using var b = onB;

        await a.LoginOrFailAsync(DemoDataSeeder.CaseWorkerEmail);
        var (response, page) = await b.GetPageAsync("/Caseload");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Mijn dossiers", page.QuerySelector("h1")?.TextContent.Trim());
    }

    [Fact]
    public async Task SignInAttempts_AreCountedAcrossBothInstances()
    {
        var (onA, onB) = Browser("198.51.100.20");
        using var a = onA;
        using var b = onB;
        var (_, otherOnB) = Browser("198.51.100.21");
        using var other = otherOnB;

        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < TwoInstances.SignInAttemptsPerMinute; i++)
        {
            answers.Add((await (i % 2 == 0 ? a : b).LoginAsync("onbekend@inburgering.test", "fout-" + i)).StatusCode);
        }

        var nextOnA = await a.LoginAsync(DemoDataSeeder.CaseWorkerEmail);
        var nextOnB = await b.LoginAsync(DemoDataSeeder.CaseWorkerEmail);
        var anotherClient = await other.LoginAsync(DemoDataSeeder.CaseWorkerEmail);

        Assert.All(answers, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Equal(HttpStatusCode.TooManyRequests, nextOnA.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, nextOnB.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, anotherClient.StatusCode);
    }

    [Fact]
    public async Task FailedPasswords_ForOneAccount_CountOnBothInstances_WithoutLockingOutOtherAddresses()
    {
        var (onA, onB) = Browser("198.51.100.30");
        using var a = onA;
        using var b = onB;
        var (_, ownerOnB) = Browser("198.51.100.31");
        using var owner = ownerOnB;
        const string account = "nadia.elamrani@inburgering.test";

        for (var i = 0; i < SignInThrottle.FailuresPerAccountAndAddress; i++)
        {
            await (i < 3 ? a : b).LoginAsync(account, "fout-" + i);
        }

        var rightPasswordOnA = await a.LoginAsync(account);
        var ownerElsewhere = await owner.LoginAsync(account);

        Assert.Equal(HttpStatusCode.OK, rightPasswordOnA.StatusCode);
        Assert.Contains("klopt niet", (await PortalClient.ParseAsync(rightPasswordOnA)).QuerySelector("[role=alert]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, ownerElsewhere.StatusCode);
    }
}
