using System.Net;
using System.Text.RegularExpressions;
using Inburgering.DemoData;
using Inburgering.Tests.Shared;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Inburgering.Web.Tests.Security;

/// <summary>
/// Walks every route the portal has with a newcomer's cookie, filling route values with another newcomer's
/// dossier and actions: nothing of that dossier may come back, and nothing may change.
/// </summary>
public sealed partial class NewcomerIsolationTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    /// <summary>
    /// The pages a newcomer may open; each shows only their own data (the health probes show a status word; Profile
    /// is every user's own account).
    /// </summary>
    private static readonly HashSet<string> NewcomerPages = new(StringComparer.OrdinalIgnoreCase)
    {
        "", "Account/Login", "Account/LoginWith2fa", "Account/ExternalLogin", "Account/Logout", "Account/Activate", "Error", "Language", "MyTrajectory", "MyTrajectory/Data", "Profile", "health", "health/live", "health/ready",
        "Info/Privacy", "Info/Accessibility", "Info/Contact", "Info/Cookies",
    };

    private static readonly string[] Handlers = ["", "StartTrack", "CompleteTrack", "Complete", "Cancel", "Revoke", "Certificate", "Effort", "Json", "SignOut", "Letter", "Reported", "Enrol", "RecoveryCodes", "Remove", "Accept", "Refuse"];

    [GeneratedRegex(@"\{(?<name>[^}:?]+)[^}]*\}")]
    private static partial Regex RouteParameter();

    /// <summary>A fingerprint (<c>site.abc123defg.css</c>, <c>LICENSE.abc123defg</c>) or precompressed copy (<c>.gz</c>, <c>.br</c>) of a static file.</summary>
    [GeneratedRegex(@"(\.[0-9a-z]{6,}(?=(\.[^./]+)?$))|(\.(gz|br)$)")]
    private static partial Regex StaticAssetVariant();

    /// <summary>
    /// A file from wwwroot (MapStaticAssets makes each one a route, also fingerprinted and compressed): public to
    /// everyone and the same for everyone, like the login page's stylesheet has always been.
    /// </summary>
    private bool IsStaticAsset(string route)
    {
        var files = factory.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.IWebHostEnvironment>().WebRootFileProvider;

        // Twice: the compressed copy of a fingerprinted file (site.abc123defg.css.gz) carries both.
        var original = StaticAssetVariant().Replace(StaticAssetVariant().Replace(route, string.Empty), string.Empty);
        return files.GetFileInfo(route).Exists || files.GetFileInfo(original).Exists;
    }

    private async Task<(string Name, string Number, Dictionary<string, string> Values)> OtherDossierAsync()
    {
        using var db = factory.CreateDbContext();
        var caseWorker = await db.Users.Where(u => u.Email == DemoDataSeeder.CaseWorkerEmail).Select(u => u.Id).SingleAsync();
        var other = await db.Newcomers
            .Where(n => n.CaseWorkerId == caseWorker && n.Person.Email != DemoDataSeeder.NewcomerEmail && n.Person.LastName != "Haddad"
                && db.Trajectories.Any(t => t.NewcomerId == n.Id && t.Actions.Any()))
            .Select(n => new { n.Id, n.Number, n.Person.FirstName, n.Person.LastName })
            .FirstAsync();
        var action = await (from a in db.FollowUpActions
                            join t in db.Trajectories on EF.Property<Guid>(a, "TrajectoryId") equals t.Id
                            where t.NewcomerId == other.Id
                            select a.Id).FirstAsync();
        // An open transfer of that dossier to another agency, so the walk reaches the decision page with a real id.
        var transfer = await db.AgencyTransfers.Where(t => t.NewcomerId == other.Id && t.State == Domain.Newcomers.TransferState.Requested).Select(t => (Guid?)t.Id).FirstOrDefaultAsync();
        if (transfer is null)
        {
            var newcomer = await db.Newcomers.SingleAsync(n => n.Id == other.Id);
            var request = Domain.Newcomers.AgencyTransfer.Request(newcomer, "Leuven", newcomer.RegisteredOn > Dossiers.DossierScenario.Today.AddDays(-1) ? newcomer.RegisteredOn : Dossiers.DossierScenario.Today.AddDays(-1), "walk", caseWorker, [], Dossiers.DossierScenario.Today);
            db.AgencyTransfers.Add(request);
            await db.SaveChangesAsync();
            transfer = request.Id;
        }

        return ($"{other.FirstName} {other.LastName}", other.Number, new Dictionary<string, string>
        {
            ["id"] = other.Id.ToString(),
            ["actionId"] = action.ToString(),
            ["transferId"] = transfer.Value.ToString(),
        });
    }

    private List<string> Routes(Dictionary<string, string> values) =>
        [.. factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Select(e => Regex.Replace((e.RoutePattern.RawText ?? string.Empty).TrimStart('/'), "/?Index$", string.Empty))
            .Distinct()
            .Select(pattern => RouteParameter().Replace(pattern, m => values.TryGetValue(m.Groups["name"].Value, out var value) ? value : "x"))];

    [Fact]
    public async Task EveryRoute_GetWithANewcomersCookie_LeaksNothingOfAnotherDossier()
    {
        var (name, number, values) = await OtherDossierAsync();
        using var client = new PortalClient(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));
        await client.LoginOrFailAsync(DemoDataSeeder.NewcomerEmail);
        var routes = Routes(values);

        Assert.True(routes.Count > 20, "the route table was read");
        foreach (var route in routes)
        {
            foreach (var handler in Handlers)
            {
                var url = "/" + route + (handler.Length > 0 ? "?handler=" + handler : string.Empty);
                var response = await client.Http.GetAsync(new Uri(url, UriKind.Relative));
                var body = await response.Content.ReadAsStringAsync();

                Assert.True((int)response.StatusCode < 500, $"{url} answered {(int)response.StatusCode}");
                Assert.DoesNotContain(name, body, StringComparison.Ordinal);
                Assert.DoesNotContain(number, body, StringComparison.Ordinal);
                if (!NewcomerPages.Contains(route.Split('?')[0]) && !IsStaticAsset(route))
                {
                    Assert.True(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed,
                        $"{url} answered {(int)response.StatusCode} to a newcomer");
                }
            }
        }
    }

    [Fact]
    public async Task EveryRoute_PostWithANewcomersCookie_ChangesNothingOfAnotherDossier()
    {
        var (_, _, values) = await OtherDossierAsync();
        using var client = new PortalClient(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));
        await client.LoginOrFailAsync(DemoDataSeeder.NewcomerEmail);
        using var db = factory.CreateDbContext();
        var other = new Domain.Newcomers.NewcomerId(Guid.Parse(values["id"]));
        var eventsBefore = await db.DossierEvents.CountAsync(e => e.NewcomerId == other);

        foreach (var route in Routes(values).Where(r => !NewcomerPages.Contains(r)))
        {
            foreach (var handler in Handlers)
            {
                var url = "/" + route + (handler.Length > 0 ? "?handler=" + handler : string.Empty);
                var response = await client.PostWithTokenAsync(url, new Dictionary<string, string>
                {
                    ["trajectory"] = Guid.NewGuid().ToString(),
                    ["track"] = "Work",
                    ["Confirmed"] = "true",
                    ["Input.Type"] = "Conversation",
                    ["Input.Track"] = "Work",
                    ["Input.Date"] = "2026-01-01",
                    ["Input.Change"] = "Stop",
                    ["Input.Reason"] = "walk",
                    ["Input.RefusalReason"] = "walk",
                }, tokenPage: "/MyTrajectory");

                Assert.True(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed or HttpStatusCode.BadRequest,
                    $"POST {url} answered {(int)response.StatusCode} to a newcomer");
            }
        }

        Assert.Equal(eventsBefore, await db.DossierEvents.CountAsync(e => e.NewcomerId == other));
    }
}
