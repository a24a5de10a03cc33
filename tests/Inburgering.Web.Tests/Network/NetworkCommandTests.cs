using Inburgering.DemoData;
using Inburgering.Domain.Newcomers;
using Inburgering.Domain.Organisation;
using Inburgering.Domain.Partners;
using Inburgering.Domain.Trajectories;
using Inburgering.Tests.Shared;
using Inburgering.Web.Tests.Dossiers;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Inburgering.Web.Tests.Network;

/// <summary>
/// The referral search and the partner's list send the same number of SQL commands whatever the size of the offer and
/// of the referrals (counted with a DbCommandInterceptor): no query per row.
/// </summary>
public sealed class NetworkCommandTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private readonly DossierScenario _scenario = new(factory);

    private static DateOnly Today => DossierScenario.Today;

    /// <summary>
    /// Adds 150 offers (to the partner demo account's organisation) in Antwerpen and, every third, in Mortsel (same
    /// arrondissement, some for people learning to read and write), and 300 referrals to them.
    /// </summary>
    private async Task GrowAsync(ArrangedDossier someone)
    {
        using var db = factory.CreateDbContext();
        var partner = await db.Users.Where(u => u.Email == DemoDataSeeder.PartnerEmail).Select(u => u.OrganisationId!.Value).SingleAsync();
        var offers = Enumerable.Range(0, 150).Select(i => new Offer(Guid.NewGuid(), partner, new OfferDetails
        {
            Title = $"Extra aanbod {i}",
            Track = TrackKind.Participation,
            Schedule = OfferSchedule.Daytime,
            Places = 10,
            StartsOn = Today,
            Location = i % 3 == 0 ? "Mortsel" : "Antwerpen",
            Municipality = i % 3 == 0 ? "Mortsel" : "Antwerpen",
            ContactLanguage = i % 4 == 0 ? "Nederlands, Arabisch" : "Nederlands",
            ParticipationActivity = true,
            ForLiteracyLearners = i % 2 == 0,
        })).ToList();
        db.Offers.AddRange(offers);
        for (var i = 0; i < 300; i++)
        {
            var referral = Referral.Send(someone.Id, offers[i % offers.Count], "cw", "Sarah Peeters", Agency.Atlas, "Antwerpen", new SharedData { FullName = $"Volume {i}" }, true, null, Today.AddDays(-(i % 30)));
            if (i % 3 == 0)
            {
                referral.MoveTo(ReferralStatus.Accepted, ReferralActor.Partner, "Partner", null, Today);
            }

            referral.ClearChanges();
            db.Referrals.Add(referral);
        }

        await db.SaveChangesAsync();
    }

    private async Task<int> CommandsAsync(PortalClient client, string url)
    {
        await client.GetPageAsync(url);
        factory.Commands.Reset();
        var (response, _) = await client.GetPageAsync(url);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return factory.Commands.Count;
    }

    [Fact]
    public async Task SearchAndPartnerList_SqlCommands_SameForTheDemoAndForHundredsMore()
    {
        var dossier = await _scenario.RegisterAsync();
        await _scenario.StartTrajectoryAsync(dossier);
        using var sarah = await _scenario.LoginAsync(DossierScenario.Sarah);
        using var partner = await _scenario.LoginAsync(DemoDataSeeder.PartnerEmail);
        var search = $"{dossier.Url}/Referrals?Search=true&Track=Participation&Municipality=Antwerpen";
        var wide = $"{dossier.Url}/Referrals?Search=true&Track=Participation&Municipality=Antwerpen&Radius=Province&LiteracyLearner=true&Language=Arabisch,%20Frans";
        var prefilled = $"{dossier.Url}/Referrals";

        var searchSmall = await CommandsAsync(sarah, search);
        var wideSmall = await CommandsAsync(sarah, wide);
        var prefilledSmall = await CommandsAsync(sarah, prefilled);
        var listSmall = await CommandsAsync(partner, "/Partners");
        await GrowAsync(dossier);
        var searchLarge = await CommandsAsync(sarah, search);
        var wideLarge = await CommandsAsync(sarah, wide);
        var prefilledLarge = await CommandsAsync(sarah, prefilled);
        var listLarge = await CommandsAsync(partner, "/Partners");
        var (_, found) = await sarah.GetPageAsync(search);
        var (_, foundWide) = await sarah.GetPageAsync(wide);

        Assert.Equal(Pages.Referrals.FindModel.MaxRows, found.QuerySelectorAll("[data-offer]").Length);
        Assert.Equal(39, foundWide.QuerySelectorAll("[data-offer]").Length);
        Assert.Equal(searchSmall, searchLarge);
        Assert.Equal(wideSmall, wideLarge);
        Assert.Equal(prefilledSmall, prefilledLarge);
        Assert.Equal(listSmall, listLarge);

        // The session check, the dossier through the access rules, the offers with their taken places, the access log (2);
        // pre-filled, also the person's facts.
        Assert.InRange(searchLarge, 1, 6);
        Assert.Equal(searchLarge, wideLarge);
        Assert.Equal(searchLarge + 1, prefilledLarge);

        // The session check and one page of referrals.
        Assert.InRange(listLarge, 1, 3);
    }

    /// <summary>The pages measured in docs/performance.md, with the account that asks them.</summary>
    private static string[] MeasuredPages(NewcomerId amina) =>
    [
        $"/Dossiers/{amina}/Referrals",
        $"/Dossiers/{amina}/Referrals?Search=true&Track=Participation&Municipality=Antwerpen",
        $"/Dossiers/{amina}/Referrals?Search=true&Track=Participation&Municipality=Antwerpen&Radius=Province&LiteracyLearner=true&Language=Nederlands,%20Arabisch",
        "/Partners",
        "/Partners?Closed=true",
        "/Municipality",
        "/Municipality?handler=Csv",
    ];

    private static async Task<Dictionary<string, int>> CountPagesAsync(PortalFactory portal, NewcomerId amina)
    {
        // The clock stands still: the dashboard (figures only) relies on the session check of the request before it.
        using var still = portal.Time.Freeze();
        var counts = new Dictionary<string, int>();
        foreach (var (email, pages) in new[]
        {
            (DossierScenario.Sarah, MeasuredPages(amina)[..3]),
            (DemoDataSeeder.PartnerEmail, MeasuredPages(amina)[3..5]),
            (DemoDataSeeder.LocalGovernmentEmail, MeasuredPages(amina)[5..]),
        })
        {
            using var client = new PortalClient(portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));
            await client.LoginOrFailAsync(email);
            foreach (var url in pages)
            {
                (await client.Http.GetAsync(new Uri(url, UriKind.Relative))).Dispose();
                portal.Commands.Reset();
                using var response = await client.Http.GetAsync(new Uri(url, UriKind.Relative));
                Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
                counts[url] = portal.Commands.Count;
            }
        }

        return counts;
    }

    private static async Task<(int Offers, int PartnerReferrals, int MunicipalityNewcomers)> SizeAsync(PortalFactory portal)
    {
        using var db = portal.CreateDbContext();
        var organisation = await db.Users.Where(u => u.Email == DemoDataSeeder.PartnerEmail).Select(u => u.OrganisationId).SingleAsync();
        return (await db.Offers.CountAsync(o => o.Municipality == DemoDataSeeder.DemoMunicipality),
            await db.Referrals.CountAsync(r => r.OrganisationId == organisation),
            await db.Newcomers.CountAsync(n => n.Person.Municipality == DemoDataSeeder.DemoMunicipality));
    }

    [Fact]
    public async Task SearchPartnerListAndDashboard_SqlCommands_SameOnTheDemoAndWithTwoThousandGeneratedNewcomers()
    {
        using var demo = new PortalFactory();
        using var generated = new PortalFactory();
        using (var scope = generated.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().GenerateAsync(2000, _ => { });
        }

        NewcomerId amina;
        using (var db = demo.CreateDbContext())
        {
            amina = await db.Newcomers.Where(n => n.Person.Email == DemoDataSeeder.NewcomerEmail).Select(n => n.Id).SingleAsync();
        }

        var small = await CountPagesAsync(demo, amina);
        var large = await CountPagesAsync(generated, amina);
        var (demoOffers, demoReferrals, demoNewcomers) = await SizeAsync(demo);
        var (offers, referrals, newcomers) = await SizeAsync(generated);

        // The generator grew what these pages read: the partner's referrals, the municipality's newcomers and offers.
        Assert.True(referrals >= 5 * demoReferrals, $"partner referrals {demoReferrals} -> {referrals}");
        Assert.True(newcomers > 4 * demoNewcomers, $"newcomers in Antwerpen {demoNewcomers} -> {newcomers}");
        Assert.True(offers > demoOffers, $"offers in Antwerpen {demoOffers} -> {offers}");
        Assert.All(MeasuredPages(amina), url => Assert.True(small[url] == large[url], $"{url}: {small[url]} commands on the demo data, {large[url]} with 2,000 more"));
    }
}
