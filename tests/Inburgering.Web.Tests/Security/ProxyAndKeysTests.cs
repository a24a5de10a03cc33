using System.Net;
using System.Security.Cryptography;
using Inburgering.DemoData;
using Inburgering.Tests.Shared;
using Inburgering.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Serilog.Events;

namespace Inburgering.Web.Tests.Security;

/// <summary>The portal in Production behind a proxy: whose forwarded headers count, HSTS, no Server header, keys encrypted.</summary>
public sealed class ProxyAndKeysTests
{
    private static PortalFactory Production(string knownProxy) => new()
    {
        EnvironmentName = "Production",
        Settings = { ["Proxy:KnownProxies"] = knownProxy },
    };

    private static async Task<HttpResponseMessage> GetThroughProxyAsync(Uri address, string path)
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = address };
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        // As nginx passes it (HSTS is never sent for localhost or 127.0.0.1).
        request.Headers.Host = "inburgering.example.be";
        request.Headers.Add("X-Forwarded-For", "203.0.113.9");
        request.Headers.Add("X-Forwarded-Proto", "https");
        return await http.SendAsync(request);
    }

    private static string AntiforgeryCookie(HttpResponseMessage response) =>
        response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("Inburgering.Antiforgery=", StringComparison.Ordinal));

    private static string? LoggedClientAddress(PortalFactory portal, string path) =>
        portal.LogEvents.Events
            .Where(e => e.MessageTemplate.Text == PortalLogging.RequestMessageTemplate && e.Properties["RequestPath"] is ScalarValue { Value: string p } && p == path)
            .Select(e => (e.Properties["ClientAddress"] as ScalarValue)?.Value as string)
            .LastOrDefault();

    [Fact]
    public async Task FromTheConfiguredProxy_ClientAddressAndHttpsAreTaken_WithHstsForAYear_AndNoServerHeader()
    {
        using var portal = Production(knownProxy: "127.0.0.1");
        var address = portal.StartRealServer();

        var response = await GetThroughProxyAsync(address, "/Account/Login");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("max-age=31536000; includeSubDomains", string.Join(",", response.Headers.GetValues("Strict-Transport-Security")));
        Assert.False(response.Headers.Contains("Server"));
        Assert.Contains("secure", AntiforgeryCookie(response), StringComparison.OrdinalIgnoreCase);
        Assert.Equal("203.0.113.9", LoggedClientAddress(portal, "/Account/Login"));
    }

    [Fact]
    public async Task FromAnyoneElse_ForwardedHeadersAreIgnored()
    {
        using var portal = Production(knownProxy: "192.0.2.1");
        var address = portal.StartRealServer();

        var response = await GetThroughProxyAsync(address, "/Account/Login");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
        Assert.False(response.Headers.Contains("Server"));
        Assert.DoesNotContain("secure", AntiforgeryCookie(response), StringComparison.OrdinalIgnoreCase);
        Assert.Equal("127.0.0.1", LoggedClientAddress(portal, "/Account/Login"));
    }

    [Fact]
    public async Task KeyRing_WithAConfiguredKey_IsEncryptedInTheDatabase_AndUnreadableWithoutIt()
    {
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        using var first = new KeylessPortal { Settings = { ["DataProtection:KeyRingKey"] = key } };
        using var client = new PortalClient(first.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));
        var login = await client.LoginAsync(DemoDataSeeder.CaseWorkerEmail);
        var cookie = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("Inburgering.Auth=", StringComparison.Ordinal)).Split(';')[0];

        using var db = first.CreateDbContext();
        var stored = await db.Set<DataProtectionKey>().Select(k => k.Xml).ToListAsync();
        var sameKey = await CaseloadWithCookieAsync(first.DatabasePath, cookie, key);
        var otherKey = await CaseloadWithCookieAsync(first.DatabasePath, cookie, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));

        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.NotEmpty(stored);
        Assert.All(stored, xml =>
        {
            Assert.Contains("<encryptedSecret", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
        });
        Assert.Equal(HttpStatusCode.OK, sameKey);
        Assert.Equal(HttpStatusCode.Redirect, otherKey);
    }

    /// <summary>A second instance on the first one's database file, with the given key ring key, opens the caseload with the cookie.</summary>
    private static async Task<HttpStatusCode> CaseloadWithCookieAsync(string databasePath, string cookie, string key)
    {
        using var second = new SharedFilePortal(databasePath) { Settings = { ["DataProtection:KeyRingKey"] = key } };
        using var http = second.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/Caseload", UriKind.Relative));
        request.Headers.Add("Cookie", cookie);
        return (await http.SendAsync(request)).StatusCode;
    }

    /// <summary>The demo database without the template's key ring, so that the first key is made under the configured key.</summary>
    private sealed class KeylessPortal : PortalFactory
    {
        public KeylessPortal()
        {
            DatabasePath = new SqliteConnectionStringBuilder(ConnectionString).DataSource;
            using var connection = new SqliteConnection(ConnectionString + ";Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "DELETE FROM \"DataProtectionKeys\"";
            command.ExecuteNonQuery();
        }

        public string DatabasePath { get; }
    }

    private sealed class SharedFilePortal(string databasePath) : PortalFactory(useSqliteTemplate: false)
    {
        public override string ConnectionString => $"Data Source={databasePath}";
    }
}
