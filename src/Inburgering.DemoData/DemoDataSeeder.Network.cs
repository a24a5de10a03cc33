using Inburgering.Data;
using Inburgering.Data.Identity;
using Inburgering.Domain.Newcomers;
using Inburgering.Domain.Partners;
using Inburgering.Domain.Trajectories;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.DemoData;

/// <summary>The network around the newcomer: partner organisations, their offer, and referrals in every state.</summary>
public sealed partial class DemoDataSeeder
{
    public const string PartnerEmail = "partner@inburgering.test";
    public const string LocalGovernmentEmail = "gemeente@inburgering.test";

    /// <summary>The municipality of the local-government demo account (Sarah's caseload lives there).</summary>
    public const string DemoMunicipality = "Antwerpen";

    private sealed record DemoOffer(string Title, TrackKind Track, CefrLevel? Level, OfferSchedule Schedule, bool Childcare, string Language, int Places, bool Practice, bool Participation, bool Alfa = false);

    private sealed record DemoOrganisation(Guid Id, string Name, OrganisationKind Kind, string Municipality, string[] Serves, string Contact, DemoOffer[] Offers);

    private static readonly DemoOrganisation[] Organisations =
    [
        new(new Guid("0a7c1e5e-0000-4000-8000-0000000000a1"), "Buurthuis De Schakel", OrganisationKind.ParticipationOrganisation, "Antwerpen", ["Berchem", "Borgerhout"], "Lotte Verbruggen",
        [
            new("Taalcafé De Schakel", TrackKind.Participation, null, OfferSchedule.Evening | OfferSchedule.Weekend, false, "Nederlands", 15, true, true),
            new("Vrijwilligerswerk in de buurtwinkel", TrackKind.Participation, null, OfferSchedule.Daytime, true, "Nederlands, Engels", 8, false, true),
        ]),
        new(new Guid("0a7c1e5e-0000-4000-8000-0000000000a2"), "CVO Antwerpen", OrganisationKind.Nt2School, "Antwerpen", ["Merksem", "Deurne"], "Secretariaat NT2",
        [
            new("NT2 A1 dagles", TrackKind.DutchLanguage, CefrLevel.A1, OfferSchedule.Daytime, true, "Nederlands", 20, false, false),
            new("NT2 A2 avondles", TrackKind.DutchLanguage, CefrLevel.A2, OfferSchedule.Evening, false, "Nederlands", 20, false, false),
            new("NT2 alfa A1 dagles (leren lezen en schrijven)", TrackKind.DutchLanguage, CefrLevel.A1, OfferSchedule.Daytime, true, "Nederlands", 12, false, false, Alfa: true),
        ]),
        new(new Guid("0a7c1e5e-0000-4000-8000-0000000000a3"), "VDAB Antwerpen", OrganisationKind.EmploymentService, "Antwerpen", [], "Werkwinkel Antwerpen",
        [
            new("Begeleiding naar werk", TrackKind.Work, null, OfferSchedule.Daytime, false, "Nederlands, Engels, Frans", 60, false, false),
        ]),
        new(new Guid("0a7c1e5e-0000-4000-8000-0000000000a4"), "OCMW Antwerpen", OrganisationKind.Welfare, "Antwerpen", [], "Sociale dienst",
        [
            new("Budgetbegeleiding in groep", TrackKind.Participation, null, OfferSchedule.Daytime, true, "Nederlands, Arabisch", 12, false, false),
        ]),
        new(new Guid("0a7c1e5e-0000-4000-8000-0000000000a5"), "Wandelclub Gent Buiten", OrganisationKind.VolunteerOrganisation, "Gent", [], "Griet De Vos",
        [
            new("Zondagswandeling met taalbuddy", TrackKind.Participation, null, OfferSchedule.Weekend, false, "Nederlands", 25, true, true),
        ]),

        // Next to Antwerp (same arrondissement): found when the case worker widens the search beyond the municipality.
        new(new Guid("0a7c1e5e-0000-4000-8000-0000000000a6"), "Samen Koken Mortsel", OrganisationKind.VolunteerOrganisation, "Mortsel", [], "Hilde Peeters",
        [
            new("Samen koken met beeldrecepten", TrackKind.Participation, null, OfferSchedule.Daytime | OfferSchedule.Evening, true, "Nederlands, Arabisch", 10, true, true, Alfa: true),
        ]),
    ];

    /// <summary>The referrals of Sarah's caseload, one per state (two sent: one fresh, one past its answer days).</summary>
    private static readonly (ReferralStatus Status, int DaysAgo, decimal Hours, string? Note)[] ReferralStates =
    [
        (ReferralStatus.Sent, 2, 0, null),
        (ReferralStatus.Sent, 20, 0, null),
        (ReferralStatus.Accepted, 12, 0, null),
        (ReferralStatus.Refused, 15, 0, "Groep volzet tot september."),
        (ReferralStatus.Started, 40, 6, null),
        (ReferralStatus.Attended, 60, 4, null),
        (ReferralStatus.Completed, 90, 12, "Afgerond, neemt deel aan de volgende reeks."),
        (ReferralStatus.DroppedOut, 70, 2, "Gestopt wegens werk."),
        (ReferralStatus.NoShow, 30, 0, null),
    ];

    private async Task SeedNetworkAsync(CancellationToken cancellationToken)
    {
        var offers = new List<Offer>();
        foreach (var o in Organisations)
        {
            var organisation = new PartnerOrganisation(o.Id, new OrganisationDetails
            {
                Name = o.Name,
                Kind = o.Kind,
                Municipality = o.Municipality,
                MunicipalitiesServed = o.Serves,
                ContactName = o.Contact,
                Phone = "03 338 20 " + (10 + offers.Count),
                Email = $"{Ascii(o.Name)}@partner.test",
            });
            db.Organisations.Add(organisation);
            foreach (var (offer, i) in o.Offers.Select((offer, i) => (offer, i)))
            {
                offers.Add(new Offer(Guid.NewGuid(), o.Id, new OfferDetails
                {
                    Title = offer.Title,
                    Track = offer.Track,
                    DutchLevel = offer.Level,
                    Schedule = offer.Schedule,
                    ChildcareOnSite = offer.Childcare,
                    ContactLanguage = offer.Language,
                    Places = offer.Places,
                    StartsOn = _today.AddDays(-120 + (30 * i)),
                    Location = $"{o.Name}, {o.Municipality}",
                    Municipality = o.Municipality,
                    LanguagePractice = offer.Practice,
                    ParticipationActivity = offer.Participation,
                    ForLiteracyLearners = offer.Alfa,
                }));
            }
        }

        db.Offers.AddRange(offers);
        await db.SaveChangesAsync(cancellationToken);

        var partner = await CreateUserAsync(PartnerEmail, "Lotte Verbruggen", Roles.Partner, null, null);
        partner.OrganisationId = Organisations[0].Id;
        var government = await CreateUserAsync(LocalGovernmentEmail, "Els Wouters", Roles.LocalGovernment, null, null);
        government.Municipality = DemoMunicipality;
        await userManager.UpdateAsync(partner);
        await userManager.UpdateAsync(government);

        var caseWorker = await db.Users.SingleAsync(u => u.Email == CaseWorkerEmail, cancellationToken);
        var people = await db.Newcomers
            .Where(n => n.CaseWorkerId == caseWorker.Id && n.Person.Municipality == DemoMunicipality && n.Person.Email != NewcomerEmail)
            .Where(n => db.Trajectories.Any(t => t.NewcomerId == n.Id && t.Kind == TrajectoryKind.Integration && t.Status == TrajectoryStatus.Running
                && t.StartedOn <= _today.AddDays(-95)))
            .OrderBy(n => n.Number)
            .Take(ReferralStates.Length)
            .ToListAsync(cancellationToken);
        var taalcafe = offers[0];
        var others = offers.Where(o => o.OrganisationId != Organisations[0].Id && o.Municipality == DemoMunicipality && !o.ForLiteracyLearners).ToList();
        foreach (var (person, i) in people.Select((p, i) => (p, i)))
        {
            var (status, daysAgo, hours, note) = ReferralStates[i];

            // Most go to the partner demo account's organisation; a few to others, so the partner sees only its own.
            var offer = status is ReferralStatus.Refused or ReferralStatus.NoShow ? others[i % others.Count] : hours > 0 || i % 2 == 0 ? taalcafe : offers[1];
            await ReferAsync(person, offer, caseWorker, status, _today.AddDays(-daysAgo), hours, note, cancellationToken);
        }

        // Amina, the newcomer demo account: a running taalcafé with hours confirmed, and a course offer awaiting an answer.
        var amina = await db.Newcomers.SingleAsync(n => n.Person.Email == NewcomerEmail, cancellationToken);
        await ReferAsync(amina, taalcafe, caseWorker, ReferralStatus.Started, _today.AddDays(-35), 6, null, cancellationToken);
        await ReferAsync(amina, offers[3], caseWorker, ReferralStatus.Sent, _today.AddDays(-3), 0, null, cancellationToken);
    }

    /// <summary>Sends a referral on <paramref name="sentOn"/> and lets the organisation take it to <paramref name="status"/>, a few days per step.</summary>
    private async Task ReferAsync(Newcomer person, Offer offer, AppUser caseWorker, ReferralStatus status, DateOnly sentOn, decimal hours, string? note, CancellationToken cancellationToken)
    {
        var organisation = Organisations.Single(o => o.Id == offer.OrganisationId);
        var shared = new SharedData { FullName = person.Person.FullName, Phone = person.Person.Phone, Languages = person.Person.Languages };
        var referral = Referral.Send(person.Id, offer, caseWorker.Id, caseWorker.DisplayName, person.Agency, person.Person.Municipality, shared, consent: true,
            "Graag een kennismakingsgesprek.", sentOn);
        Flush(referral, sentOn, caseWorker);
        var by = $"{organisation.Contact} ({organisation.Name})";
        ReferralStatus[] path = status switch
        {
            ReferralStatus.Sent => [],
            ReferralStatus.Refused or ReferralStatus.Accepted => [status],
            ReferralStatus.NoShow => [ReferralStatus.Accepted, status],
            ReferralStatus.Started => [ReferralStatus.Accepted, ReferralStatus.Started],
            _ => [ReferralStatus.Accepted, ReferralStatus.Started, status],
        };
        var on = sentOn;
        foreach (var step in path)
        {
            on = on.AddDays(3);
            if (step == path[^1] && Referral.IsClosedStatus(step) && step != ReferralStatus.Refused && hours > 0)
            {
                await ConfirmAsync(referral, offer, person, organisation.Name, hours, on, cancellationToken);
                on = on.AddDays(1);
            }

            referral.MoveTo(step, ReferralActor.Partner, by, step == path[^1] ? note : null, on);
        }

        if (status == ReferralStatus.Started && hours > 0)
        {
            await ConfirmAsync(referral, offer, person, organisation.Name, hours, on, cancellationToken);
        }

        // The partner's steps stay out of the demo history (it has no user for every organisation); the referral keeps them.
        referral.ClearChanges();
        db.Referrals.Add(referral);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task ConfirmAsync(Referral referral, Offer offer, Newcomer person, string organisation, decimal hours, DateOnly on, CancellationToken cancellationToken)
    {
        // Hours count on a running participation track only; elsewhere the demo referral simply has none.
        if (await db.LoadTrajectoryAsync(person.Id, null, cancellationToken) is { Status: TrajectoryStatus.Running } trajectory
            && trajectory.Participation.Status is TrackStatus.Running or TrackStatus.Completed && on >= trajectory.StartedOn)
        {
            referral.ConfirmHours(offer, hours, on, _today);
            trajectory.RecordConfirmedParticipation(referral.Id, organisation, hours, on, _today);
            trajectory.ClearChanges();
        }
    }

    /// <summary>
    /// For the volume generator: one organisation per 500 newcomers (three offers each) spread over the municipalities,
    /// and a referral for about a third of the generated newcomers, in every state, to an offer in their municipality.
    /// </summary>
    private void GenerateOffers(int count)
    {
        var municipalities = Municipalities.Values.SelectMany(m => m).Distinct().Order(StringComparer.Ordinal).ToList();
        var kinds = Enum.GetValues<OrganisationKind>();
        var tracks = Enum.GetValues<TrackKind>();
        var offers = new List<Offer>();
        for (var i = 0; i < Math.Max(10, count / 500); i++)
        {
            var municipality = municipalities[i % municipalities.Count];
            var organisation = new PartnerOrganisation(Guid.NewGuid(), new OrganisationDetails
            {
                Name = $"Partner {i:00000} {municipality}",
                Kind = kinds[i % kinds.Length],
                Municipality = municipality,
                MunicipalitiesServed = [municipalities[(i + 1) % municipalities.Count]],
            });
            db.Organisations.Add(organisation);
            for (var j = 0; j < 3; j++)
            {
                var track = tracks[(i + j) % tracks.Length];
                offers.Add(new Offer(Guid.NewGuid(), organisation.Id, new OfferDetails
                {
                    Title = $"Aanbod {i}-{j}",
                    Track = track,
                    DutchLevel = track == TrackKind.DutchLanguage ? (CefrLevel)(1 + (j % 3)) : null,
                    Schedule = (OfferSchedule)(1 << _random.Next(0, 4)),
                    ChildcareOnSite = _random.Chance(0.3),
                    ContactLanguage = "Nederlands",
                    Places = _random.Next(5, 40),
                    StartsOn = _today.AddDays(_random.Next(-200, 60)),
                    Location = municipality,
                    Municipality = municipality,
                    LanguagePractice = track == TrackKind.Participation && _random.Chance(0.5),
                    ParticipationActivity = track == TrackKind.Participation,
                    ForLiteracyLearners = (i + j) % 5 == 0,
                }));
            }
        }

        db.Offers.AddRange(offers);
    }

    /// <summary>Referrals for about a third of the newcomers just added (not yet saved), in states spread like a real year.</summary>
    private void GenerateReferrals(IReadOnlyList<Newcomer> newcomers, ILookup<string, Offer> offersByMunicipality, IReadOnlyList<Offer> allOffers)
    {
        foreach (var person in newcomers.Where(_ => _random.Chance(0.33)))
        {
            var local = offersByMunicipality[person.Person.Municipality].ToList();
            var offer = local.Count > 0 ? _random.Pick(local) : _random.Pick(allOffers);
            var sentOn = _today.AddDays(-_random.Next(10, 300));
            var referral = Referral.Send(person.Id, offer, person.CaseWorkerId, "Trajectbegeleider", person.Agency, person.Person.Municipality,
                new SharedData { FullName = person.Person.FullName }, consent: true, null, sentOn);
            var (status, _, _, note) = ReferralStates[_random.Next(ReferralStates.Length)];
            ReferralStatus[] path = status switch
            {
                ReferralStatus.Sent => [],
                ReferralStatus.Refused or ReferralStatus.Accepted => [status],
                ReferralStatus.NoShow => [ReferralStatus.Accepted, status],
                ReferralStatus.Started => [ReferralStatus.Accepted, ReferralStatus.Started],
                _ => [ReferralStatus.Accepted, ReferralStatus.Started, status],
            };
            var on = sentOn;
            foreach (var step in path)
            {
                on = on.AddDays(2);
                referral.MoveTo(step, ReferralActor.Partner, "Partner", step == path[^1] ? note : null, on);
            }

            referral.ClearChanges();
            db.Referrals.Add(referral);
        }
    }
}
