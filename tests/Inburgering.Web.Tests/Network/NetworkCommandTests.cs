using Inburgering.DemoData;
using Inburgering.Domain.Organisation;
using Inburgering.Domain.Partners;
using Inburgering.Domain.Trajectories;
using Inburgering.Tests.Shared;
using Inburgering.Web.Tests.Dossiers;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Web.Tests.Network;

/// <summary>
/// The referral search and the partner's list send the same number of SQL commands whatever the size of the offer and
/// of the referrals (counted with a DbCommandInterceptor): no query per row.
/// </summary>
public sealed class NetworkCommandTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private readonly DossierScenario _scenario = new(factory);

    private static DateOnly Today => DossierScenario.Today;

    /// <summary>Adds 150 offers in Antwerpen (to the partner demo account's organisation) and 300 referrals to them.</summary>
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
            Location = "Antwerpen",
            Municipality = "Antwerpen",
            ParticipationActivity = true,
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

        var searchSmall = await CommandsAsync(sarah, search);
        var listSmall = await CommandsAsync(partner, "/Partners");
        await GrowAsync(dossier);
        var searchLarge = await CommandsAsync(sarah, search);
        var listLarge = await CommandsAsync(partner, "/Partners");
        var (_, found) = await sarah.GetPageAsync(search);

        Assert.Equal(Pages.Referrals.FindModel.MaxRows, found.QuerySelectorAll("[data-offer]").Length);
        Assert.Equal(searchSmall, searchLarge);
        Assert.Equal(listSmall, listLarge);

        // The session check, the dossier through the access rules, the offers with their taken places, the access log (2).
        Assert.InRange(searchLarge, 1, 6);

        // The session check and one page of referrals.
        Assert.InRange(listLarge, 1, 3);
    }
}
