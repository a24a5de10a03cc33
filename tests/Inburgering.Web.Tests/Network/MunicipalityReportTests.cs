using System.Net;
using System.Text;
using AngleSharp.Dom;
using Inburgering.Domain.Newcomers;
using Inburgering.Domain.Organisation;
using Inburgering.Domain.Partners;
using Inburgering.Domain.Trajectories;
using Inburgering.Tests.Shared;
using Inburgering.Web.Tests.Dossiers;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Inburgering.Web.Tests.Network;

/// <summary>
/// The local government's dashboard on a hand-built municipality whose figures are known: 8 newcomers (6 women, 2 men),
/// all obligated with the four tracks; one taaloefenkans with 10 places; referrals: 5 started with 10 confirmed hours each,
/// 1 refused, 2 sent. Counts of 1 to 4 show as "&lt;5"; no name appears.
/// </summary>
public sealed class MunicipalityReportTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Town = "Testdorp";
    private const string Email = "gemeente@testdorp.test";

    private static DateOnly Today => DossierScenario.Today;

    private async Task<List<string>> ArrangeAsync()
    {
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        if (await users.FindByEmailAsync(Email) is null)
        {
            var user = new AppUser { UserName = Email, Email = Email, DisplayName = "Gemeente Testdorp", Municipality = Town };
            Assert.True((await users.CreateAsync(user, PortalClient.Password)).Succeeded);
            await users.AddToRoleAsync(user, Roles.LocalGovernment);
        }

        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var caseWorker = await db.Users.SingleAsync(u => u.Email == DossierScenario.Sarah);
        var office = await db.Offices.SingleAsync(o => o.Id == caseWorker.OfficeId);
        var organisation = new PartnerOrganisation(Guid.NewGuid(), new OrganisationDetails { Name = "Taalpunt Testdorp", Kind = OrganisationKind.ParticipationOrganisation, Municipality = Town });
        var offer = new Offer(Guid.NewGuid(), organisation.Id, new OfferDetails
        {
            Title = "Taalwandeling",
            Track = TrackKind.Participation,
            Schedule = OfferSchedule.Weekend,
            Places = 10,
            StartsOn = Today.AddDays(-60),
            Location = "Dorpsplein",
            Municipality = Town,
            LanguagePractice = true,
            ParticipationActivity = true,
        });
        db.Organisations.Add(organisation);
        db.Offers.Add(offer);
        var names = new List<string>();
        for (var i = 0; i < 8; i++)
        {
            var since = Today.AddDays(-200);
            var person = new PersonalData
            {
                FirstName = "Dorp",
                LastName = $"Bewoner{i}{Guid.NewGuid().ToString("N")[..6]}",
                BirthDate = Today.AddYears(-30),
                Gender = i < 6 ? Gender.Female : Gender.Male,
                Nationality = "SY",
                Municipality = Town,
            };
            names.Add(person.FullName);
            var newcomer = Newcomer.Register(NewcomerId.New(), DossierNumber.Create(Random.Shared), person,
                new Residence(ResidenceStatus.RecognisedRefugee, since, since.AddMonths(-8), protectionGrantedOn: since.AddDays(-10)), office, caseWorker.Id, Today);
            var on = Today.AddDays(-100);
            newcomer.RecordContract(on);
            var trajectory = Trajectory.StartIntegration(newcomer.Participant,
                new Intake { CompletedOn = on, Goals = Goals.Dutch, EducationLevel = EducationLevel.Secondary, Availability = Availability.Weekend },
                new TrackPlan { StartSocialOrientation = true, StartDutchLanguage = true, StartWork = true, StartParticipation = true },
                newcomer.Obligation(on), newcomer.WorkPermission(on), on);
            var referral = Referral.Send(newcomer.Id, offer, caseWorker.Id, caseWorker.DisplayName, Agency.Atlas, Town, new SharedData { FullName = person.FullName }, true, null, Today.AddDays(-30));
            if (i < 5)
            {
                referral.MoveTo(ReferralStatus.Accepted, ReferralActor.Partner, "Taalpunt", null, Today.AddDays(-25));
                referral.MoveTo(ReferralStatus.Started, ReferralActor.Partner, "Taalpunt", null, Today.AddDays(-20));
                referral.ConfirmHours(offer, 10, Today.AddDays(-10), Today);
                trajectory.RecordConfirmedParticipation(referral.Id, organisation.Name, 10, Today.AddDays(-10), Today);
            }
            else if (i == 5)
            {
                referral.MoveTo(ReferralStatus.Refused, ReferralActor.Partner, "Taalpunt", "Volzet", Today.AddDays(-25));
            }

            db.Newcomers.Add(newcomer);
            db.Trajectories.Add(trajectory);
            db.Referrals.Add(referral);
        }

        await db.SaveChangesAsync();
        return names;
    }

    private static List<string> Row(IDocument page, string table, string label) =>
        [.. page.QuerySelectorAll($"#{table} ~ div table tbody tr").Single(tr => tr.QuerySelector("th")!.TextContent == label).QuerySelectorAll("td").Select(td => td.TextContent)];

    [Fact]
    public async Task Dashboard_KnownMunicipality_CountsEachFigureAndHidesSmallCellsAndNames()
    {
        var names = await ArrangeAsync();
        var client = new PortalClient(factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));
        await client.LoginOrFailAsync(Email);

        var (response, page) = await client.GetPageAsync("/Municipality");
        var csv = await client.Http.GetAsync(new Uri("/Municipality?handler=Csv", UriKind.Relative));
        var csvText = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["8", "8", "8", "8", "8"], Row(page, "by-class", "Verplicht"));
        Assert.Equal(["<5", "0", "<5", "5", "0", "0", "0", "0"], Row(page, "referrals", "Participatie"));
        Assert.Equal(["50", "5"], Row(page, "hours", "Organisatie"));
        Assert.Equal(["1"], Row(page, "language-practice", "Aanbod"));
        Assert.Equal(["10"], Row(page, "language-practice", "Plaatsen"));
        Assert.Equal(["5"], Row(page, "language-practice", "Gebruikt (gestart of afgerond)"));
        Assert.Equal(["6", "75,0 %"], Row(page, "gender", "Vrouw"));
        Assert.Equal(["<5", "–"], Row(page, "gender", "Man"));
        Assert.All(names, name => Assert.DoesNotContain(name, page.Body!.TextContent, StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.StartsWith("\uFEFFRapport;Cijfers gemeente;", csvText, StringComparison.Ordinal);
        Assert.Contains("\nGemeente;Testdorp;", csvText, StringComparison.Ordinal);
        Assert.Contains("\nRegionaal netwerk;geen (de gemeente staat niet op de lijst van netwerken);", csvText, StringComparison.Ordinal);
        Assert.Contains("\nBevestigd door;Uren;Personen;", csvText, StringComparison.Ordinal);
        Assert.Contains("\nOrganisatie;50;5;", csvText, StringComparison.Ordinal);
        Assert.Contains("\nMan;<5;–;", csvText, StringComparison.Ordinal);
        Assert.All(names, name => Assert.DoesNotContain(name, csvText, StringComparison.Ordinal));
    }
}
