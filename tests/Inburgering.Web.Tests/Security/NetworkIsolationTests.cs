using System.Net;
using Inburgering.DemoData;
using Inburgering.Domain.Partners;
using Inburgering.Tests.Shared;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Web.Tests.Security;

/// <summary>
/// The route walk for the network roles: every route, GET and POST, with a partner's cookie and route values of
/// another organisation's referral, with a local government's cookie and another municipality's organisation, and with
/// a coordinator's cookie and an organisation of another agency. Nothing of theirs may come back and nothing may change.
/// </summary>
public sealed partial class NewcomerIsolationTests
{
    private static readonly HashSet<string> StaffCommonPages = new(StringComparer.OrdinalIgnoreCase)
    {
        "", "Account/Login", "Account/LoginWith2fa", "Account/ExternalLogin", "Account/Logout", "Account/Activate", "Error", "Language", "Profile", "Profile/Mfa", "health", "health/live", "health/ready",
        "Info/Privacy", "Info/Accessibility", "Info/Contact", "Info/Cookies",
    };

    private static readonly string[] NetworkHandlers = ["", "Csv", "SignHours", "Complete", "Cancel", "Json", "SignOut", "Accept", "Refuse"];

    private static Dictionary<string, string> NetworkPost => new()
    {
        ["Input.Status"] = "Accepted",
        ["Input.Note"] = "walk",
        ["Input.Hours"] = "5",
        ["Input.Date"] = "2026-01-01",
        ["Input.Name"] = "Overgenomen",
        ["Input.Kind"] = "Other",
        ["Input.Municipality"] = "Gent",
        ["Input.Title"] = "Overgenomen",
        ["Input.Track"] = "Participation",
        ["Input.Schedule"] = "Daytime",
        ["Input.Places"] = "1",
        ["Input.StartsOn"] = "2026-01-01",
        ["Input.Location"] = "x",
        ["Input.Consent"] = "true",
        ["Input.Level"] = "A2",
        ["Input.Mode"] = "Oral",
        ["Input.Passed"] = "true",
        ["actionId"] = Guid.NewGuid().ToString(),
        ["Input.RefusalReason"] = "walk",
    };

    /// <summary>A referral to another organisation than the partner demo account's, of a person never referred to it.</summary>
    private async Task<(Referral Other, string OtherOrganisation, Dictionary<string, string> Values)> OtherReferralAsync()
    {
        using var db = factory.CreateDbContext();
        var own = await db.Users.Where(u => u.Email == DemoDataSeeder.PartnerEmail).Select(u => u.OrganisationId).SingleAsync();
        var other = await db.Referrals.AsNoTracking().Include(r => r.Steps)
            .Where(r => r.OrganisationId != own && !db.Referrals.Any(x => x.NewcomerId == r.NewcomerId && x.OrganisationId == own))
            .OrderBy(r => r.SentOn).FirstAsync();
        var offer = await db.Offers.Where(o => o.OrganisationId == other.OrganisationId).Select(o => o.Id).FirstAsync();
        var name = await db.Organisations.Where(o => o.Id == other.OrganisationId).Select(o => o.Name).SingleAsync();
        var (_, _, values) = await OtherDossierAsync();
        values["id"] = other.NewcomerId.Value.ToString();
        values["referralId"] = other.Id.ToString();
        values["organisationId"] = other.OrganisationId.ToString();
        values["offerId"] = offer.ToString();
        return (other, name, values);
    }

    [Fact]
    public async Task EveryRoute_GetAndPostWithAPartnersCookie_NothingOfAnotherOrganisationsReferral()
    {
        var (other, _, values) = await OtherReferralAsync();
        using var client = new PortalClient(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));
        await client.LoginOrFailAsync(DemoDataSeeder.PartnerEmail);
        var routes = Routes(values);
        using var db = factory.CreateDbContext();
        var eventsBefore = await db.DossierEvents.CountAsync(e => e.NewcomerId == other.NewcomerId);
        var actionsBefore = await db.FollowUpActions.CountAsync();
        var examsBefore = await db.Trajectories.SelectMany(t => t.DutchExams).CountAsync();

        Assert.Contains($"Partners/Referrals/{other.Id}", routes);
        Assert.Contains($"Partners/Referrals/{other.Id}/Exam", routes);
        foreach (var route in routes)
        {
            foreach (var handler in NetworkHandlers)
            {
                var url = "/" + route + (handler.Length > 0 ? "?handler=" + handler : string.Empty);
                var get = await client.Http.GetAsync(new Uri(url, UriKind.Relative));
                var body = await get.Content.ReadAsStringAsync();
                // Never posted: the sign-out forms of the pages everyone has would end the walk's own session.
                var post = StaffCommonPages.Contains(route) ? null : await client.PostWithTokenAsync(url, NetworkPost, tokenPage: "/Partners");

                Assert.True((int)get.StatusCode < 500, $"{url} answered {(int)get.StatusCode}");
                Assert.DoesNotContain(other.Shared.FullName, body, StringComparison.Ordinal);
                if (!StaffCommonPages.Contains(route) && route != "Partners" && !IsStaticAsset(route))
                {
                    Assert.True(get.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed,
                        $"{url} answered {(int)get.StatusCode} to a partner");
                }

                if (post is not null && route != "Partners")
                {
                    Assert.True(post.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed or HttpStatusCode.BadRequest,
                        $"POST {url} answered {(int)post.StatusCode} to a partner");
                }
            }
        }

        using var after = factory.CreateDbContext();
        var now = await after.Referrals.AsNoTracking().Include(r => r.Steps).SingleAsync(r => r.Id == other.Id);
        Assert.Equal((other.Status, other.Steps.Count, other.ConfirmedHours), (now.Status, now.Steps.Count, now.ConfirmedHours));
        Assert.Equal(eventsBefore, await after.DossierEvents.CountAsync(e => e.NewcomerId == other.NewcomerId));
        Assert.Equal(actionsBefore, await after.FollowUpActions.CountAsync());
        Assert.Equal(examsBefore, await after.Trajectories.SelectMany(t => t.DutchExams).CountAsync());
    }

    [Fact]
    public async Task EveryRoute_GetAndPostWithALocalGovernmentsCookie_NothingOfAnotherMunicipality()
    {
        using var db = factory.CreateDbContext();
        var gent = await db.Organisations.AsNoTracking().SingleAsync(o => o.Municipality == "Gent");
        var gentOffer = await db.Offers.AsNoTracking().FirstAsync(o => o.OrganisationId == gent.Id);
        var (name, number, values) = await OtherDossierAsync();
        values["organisationId"] = gent.Id.ToString();
        values["offerId"] = gentOffer.Id.ToString();
        values["referralId"] = (await db.Referrals.Select(r => r.Id).FirstAsync()).ToString();
        var organisationsBefore = await db.Organisations.CountAsync();
        using var client = new PortalClient(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));
        await client.LoginOrFailAsync(DemoDataSeeder.LocalGovernmentEmail);
        var routes = Routes(values);

        Assert.Contains($"Network/Organisations/{gent.Id}", routes);
        foreach (var route in routes)
        {
            foreach (var handler in NetworkHandlers)
            {
                var url = "/" + route + (handler.Length > 0 ? "?handler=" + handler : string.Empty);
                var get = await client.Http.GetAsync(new Uri(url, UriKind.Relative));
                var body = await get.Content.ReadAsStringAsync();
                var post = StaffCommonPages.Contains(route) ? null : await client.PostWithTokenAsync(url, NetworkPost, tokenPage: "/Municipality");

                Assert.True((int)get.StatusCode < 500, $"{url} answered {(int)get.StatusCode}");
                Assert.DoesNotContain(gent.Name, body, StringComparison.Ordinal);
                Assert.DoesNotContain(name, body, StringComparison.Ordinal);
                Assert.DoesNotContain(number, body, StringComparison.Ordinal);
                if (!StaffCommonPages.Contains(route) && route is not ("Municipality" or "Network") && !IsStaticAsset(route))
                {
                    Assert.True(get.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed,
                        $"{url} answered {(int)get.StatusCode} to a local government");
                }

                if (post is not null && route is not ("Municipality" or "Network"))
                {
                    Assert.True(post.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed or HttpStatusCode.BadRequest,
                        $"POST {url} answered {(int)post.StatusCode} to a local government");
                }
            }
        }

        using var after = factory.CreateDbContext();
        var gentNow = await after.Organisations.AsNoTracking().SingleAsync(o => o.Id == gent.Id);
        var offerNow = await after.Offers.AsNoTracking().SingleAsync(o => o.Id == gentOffer.Id);
        Assert.Equal((gent.Name, gent.Municipality), (gentNow.Name, gentNow.Municipality));
        Assert.Equal((gentOffer.Title, gentOffer.Places), (offerNow.Title, offerNow.Places));
        Assert.Equal(organisationsBefore, await after.Organisations.CountAsync());
    }

    [Fact]
    public async Task NetworkRoutes_GetAndPostWithACoordinatorsCookie_OwnAgencysOrganisationOpensAnotherAgencysNever()
    {
        using var db = factory.CreateDbContext();
        var gent = await db.Organisations.AsNoTracking().SingleAsync(o => o.Municipality == "Gent");
        var gentOffer = await db.Offers.AsNoTracking().FirstAsync(o => o.OrganisationId == gent.Id);
        var own = await db.Organisations.AsNoTracking().FirstAsync(o => o.Municipality == "Antwerpen");
        var ownOffer = await db.Offers.AsNoTracking().FirstAsync(o => o.OrganisationId == own.Id);
        var organisationsBefore = await db.Organisations.CountAsync();
        using var client = new PortalClient(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));
        await client.LoginOrFailAsync(DemoDataSeeder.CoordinatorEmail);
        var routes = Routes(new() { ["organisationId"] = gent.Id.ToString(), ["offerId"] = gentOffer.Id.ToString() })
            .Where(r => r.StartsWith("Network/", StringComparison.Ordinal)).ToList();
        var ownRoutes = Routes(new() { ["organisationId"] = own.Id.ToString(), ["offerId"] = ownOffer.Id.ToString() })
            .Where(r => r.StartsWith("Network/", StringComparison.Ordinal)).ToList();

        Assert.Contains($"Network/Organisations/{gent.Id}/Offers/{gentOffer.Id}", routes);
        foreach (var route in routes)
        {
            var url = "/" + route;
            var get = await client.Http.GetAsync(new Uri(url, UriKind.Relative));
            var body = await get.Content.ReadAsStringAsync();
            var post = await client.PostWithTokenAsync(url, NetworkPost, tokenPage: "/Network");

            Assert.DoesNotContain(gent.Name, body, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        }

        // A new organisation posted in Gent: refused next to the field, nothing added.
        var added = await client.PostWithTokenAsync("/Network/Organisations", NetworkPost, tokenPage: "/Network");
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);

        foreach (var route in ownRoutes.Where(r => r.Contains(own.Id.ToString(), StringComparison.Ordinal)))
        {
            var get = await client.Http.GetAsync(new Uri("/" + route, UriKind.Relative));

            Assert.Equal(HttpStatusCode.OK, get.StatusCode);
            Assert.Contains(own.Name, await get.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using var after = factory.CreateDbContext();
        var gentNow = await after.Organisations.AsNoTracking().SingleAsync(o => o.Id == gent.Id);
        var offerNow = await after.Offers.AsNoTracking().SingleAsync(o => o.Id == gentOffer.Id);
        Assert.Equal((gent.Name, gent.Municipality), (gentNow.Name, gentNow.Municipality));
        Assert.Equal((gentOffer.Title, gentOffer.Places), (offerNow.Title, offerNow.Places));
        Assert.Equal(organisationsBefore, await after.Organisations.CountAsync());
    }
}
