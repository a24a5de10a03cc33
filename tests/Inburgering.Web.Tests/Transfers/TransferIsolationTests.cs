using System.Net;
using Inburgering.DemoData;
using Inburgering.Domain.Newcomers;
using Inburgering.Tests.Shared;
using Inburgering.Web.Tests.Dossiers;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Web.Tests.Transfers;

/// <summary>
/// The transfer routes walked with every cookie that must not use them on this transfer (an Atlas dossier asked to
/// AgII): the sending agency's other case worker, the coordinator of an agency that is not asked, the newcomer, a
/// partner and a local government. GET and POST (each handler, confirmed): nothing of the person shown, nothing changed.
/// </summary>
public sealed class TransferIsolationTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private readonly DossierScenario _scenario = new(factory);

    [Fact]
    public async Task TransferRoutes_GetAndPostByOutsiders_ShowNothingAndChangeNothing()
    {
        var dossier = await _scenario.RegisterAsync();
        using (var sarah = await _scenario.LoginAsync(DossierScenario.Sarah))
        {
            var requested = await sarah.SubmitFormAsync($"{dossier.Url}/Transfer", new Dictionary<string, string>
            {
                ["Input.Municipality"] = "Leuven",
                ["Input.MovedOn"] = DossierScenario.Iso(DossierScenario.Today),
                ["Input.Reason"] = "Verhuisd",
            });
            DossierScenario.AssertRedirectTo(requested, dossier);
        }

        using var db = factory.CreateDbContext();
        var transfer = await db.AgencyTransfers.Where(t => t.NewcomerId == dossier.Id).Select(t => t.Id).SingleAsync();
        var leuven = await db.Offices.Where(o => o.Name == "AgII Leuven").Select(o => o.Id).SingleAsync();
        var fatma = await _scenario.UserIdAsync("fatma.yilmaz@inburgering.test");
        var events = await db.DossierEvents.CountAsync(e => e.NewcomerId == dossier.Id);
        var fields = new Dictionary<string, string>
        {
            ["Input.Municipality"] = "Gent",
            ["Input.MovedOn"] = DossierScenario.Iso(DossierScenario.Today.AddDays(-3)),
            ["Input.Reason"] = "walk",
            ["Input.Office"] = leuven.ToString(),
            ["Input.CaseWorker"] = fatma,
            ["Input.RefusalReason"] = "walk",
            ["Input.Confirmed"] = "true",
        };
        var request = $"{dossier.Url}/Transfer";
        string[] decide = ["/Transfers", $"/Transfers/{transfer}", $"/Transfers/{transfer}?handler=Accept", $"/Transfers/{transfer}?handler=Refuse"];
        string[] every = [request, .. decide];
        (string Email, string[] Routes)[] outsiders =
        [
            (DossierScenario.Tom, every),
            (DossierScenario.AgIICoordinator, [request]),
            (DossierScenario.AtlasCoordinator, decide),
            (DemoDataSeeder.NewcomerEmail, every),
            (DemoDataSeeder.PartnerEmail, every),
            (DemoDataSeeder.LocalGovernmentEmail, every),
        ];

        foreach (var (email, routes) in outsiders)
        {
            using var client = await _scenario.LoginAsync(email);
            foreach (var route in routes)
            {
                // A coordinator's own list is theirs to open (and to post to, which shows it again): it must not hold this request.
                var ownList = route == "/Transfers" && email == DossierScenario.AtlasCoordinator;
                var get = await client.Http.GetAsync(new Uri(route, UriKind.Relative));
                var post = await client.PostWithTokenAsync(route, fields, tokenPage: "/Profile");

                Assert.DoesNotContain(dossier.LastName, await get.Content.ReadAsStringAsync(), StringComparison.Ordinal);
                Assert.DoesNotContain(dossier.LastName, await post.Content.ReadAsStringAsync(), StringComparison.Ordinal);
                if (!ownList)
                {
                    Assert.True(get.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound, $"GET {route} answered {(int)get.StatusCode} to {email}");
                    Assert.True(post.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed or HttpStatusCode.BadRequest, $"POST {route} answered {(int)post.StatusCode} to {email}");
                }
            }
        }

        using var check = factory.CreateDbContext();
        var stored = await check.AgencyTransfers.AsNoTracking().Where(t => t.NewcomerId == dossier.Id).ToListAsync();
        var after = await check.Newcomers.AsNoTracking().SingleAsync(n => n.Id == dossier.Id);
        Assert.Equal(TransferState.Requested, Assert.Single(stored).State);
        Assert.Equal((Domain.Organisation.Agency.Atlas, "Antwerpen"), (after.Agency, after.Person.Municipality));
        Assert.Equal(events, await check.DossierEvents.CountAsync(e => e.NewcomerId == dossier.Id));
    }
}
