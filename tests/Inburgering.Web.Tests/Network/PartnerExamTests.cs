using System.Net;
using Inburgering.DemoData;
using Inburgering.Domain.Partners;
using Inburgering.Tests.Shared;
using Inburgering.Web.Tests.Dossiers;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Inburgering.Web.Tests.Network;

/// <summary>
/// The NT2 school records the exam result on a referral it accepted: the trajectory's own NT2 result, so the attest's
/// progress changes as when the case worker records it, and the dossier says who recorded it. Nobody else can.
/// </summary>
public sealed class PartnerExamTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Course = "NT2 A2 avondles";
    private const string NoDutchYet = "Nog geen geslaagd NT2-examen op niveau A2.";
    private static readonly Guid Cvo = new("0a7c1e5e-0000-4000-8000-0000000000a2");

    private readonly DossierScenario _scenario = new(factory);

    private static DateOnly Today => DossierScenario.Today;

    /// <summary>A staff member of CVO Antwerpen, the demo's NT2 school (the partner demo account works elsewhere).</summary>
    private async Task<PortalClient> SchoolAsync()
    {
        var email = $"nt2-{Guid.NewGuid():N}@cvo.test";
        using (var scope = factory.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Nora Claes", OrganisationId = Cvo };
            Assert.True((await users.CreateAsync(user, DemoDataSeeder.Password)).Succeeded);
            await users.AddToRoleAsync(user, Roles.Partner);
        }

        return await _scenario.LoginAsync(email);
    }

    /// <summary>A running dossier referred to the school's A2 course, answered <paramref name="accepted"/> or not yet.</summary>
    private async Task<(ArrangedDossier Dossier, Guid ReferralId)> ReferredAsync(PortalClient school, bool accepted)
    {
        var dossier = await _scenario.RegisterAsync();
        await _scenario.StartTrajectoryAsync(dossier);
        Guid offer;
        using (var db = factory.CreateDbContext())
        {
            offer = await db.Offers.Where(o => o.Title == Course).Select(o => o.Id).SingleAsync();
        }

        using var sarah = await _scenario.LoginAsync(DossierScenario.Sarah);
        var sent = await sarah.SubmitFormAsync($"{dossier.Url}/Referrals/Send/{offer}", new Dictionary<string, string> { ["Input.Consent"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        using var read = factory.CreateDbContext();
        var referral = await read.Referrals.Where(r => r.NewcomerId == dossier.Id).Select(r => r.Id).SingleAsync();
        if (accepted)
        {
            var answer = await school.SubmitFormAsync($"/Partners/Referrals/{referral}", new Dictionary<string, string> { ["Input.Status"] = nameof(ReferralStatus.Accepted) });
            Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        }

        return (dossier, referral);
    }

    private static Dictionary<string, string> PassedA2 => new()
    {
        ["Input.Date"] = DossierScenario.Iso(Today.AddDays(-1)),
        ["Input.Level"] = "A2",
        ["Input.Mode"] = "Written",
        ["Input.Passed"] = "true",
    };

    private async Task<int> ExamsAsync(ArrangedDossier dossier)
    {
        using var db = factory.CreateDbContext();
        return await db.Trajectories.Where(t => t.NewcomerId == dossier.Id).SelectMany(t => t.DutchExams).CountAsync();
    }

    [Fact]
    public async Task Exam_RecordedByTheSchoolOnAnAcceptedReferral_CountsForTheAttestAndTheDossierSaysWho()
    {
        using var school = await SchoolAsync();
        var (dossier, referral) = await ReferredAsync(school, accepted: true);
        using var sarah = await _scenario.LoginAsync(DossierScenario.Sarah);
        var (_, before) = await sarah.GetPageAsync(dossier.Url);
        var (form, _) = await school.GetPageAsync($"/Partners/Referrals/{referral}/Exam");

        var response = await school.SubmitFormAsync($"/Partners/Referrals/{referral}/Exam", PassedA2);
        var (_, after) = await sarah.GetPageAsync(dossier.Url);

        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains(NoDutchYet, before.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(NoDutchYet, after.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Nora Claes (CVO Antwerpen)", after.Body!.TextContent, StringComparison.Ordinal);
        using var db = factory.CreateDbContext();
        var exam = await db.Trajectories.Where(t => t.NewcomerId == dossier.Id).SelectMany(t => t.DutchExams).SingleAsync();
        Assert.Equal((Domain.Trajectories.CefrLevel.A2, true, (Guid?)referral), (exam.Level, exam.Passed, exam.ReferralId));
    }

    [Fact]
    public async Task Exam_PartnerOfAnotherOrganisation_NotFoundAndNothingRecorded()
    {
        using var school = await SchoolAsync();
        var (dossier, referral) = await ReferredAsync(school, accepted: true);
        using var other = await _scenario.LoginAsync(DemoDataSeeder.PartnerEmail);

        var (get, _) = await other.GetPageAsync($"/Partners/Referrals/{referral}/Exam");
        var post = await other.PostWithTokenAsync($"/Partners/Referrals/{referral}/Exam", PassedA2, tokenPage: "/Partners");

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(0, await ExamsAsync(dossier));
    }

    [Fact]
    public async Task Exam_ReferralNotYetAccepted_NoFormAndAPostIsRefusedWithTheReason()
    {
        using var school = await SchoolAsync();
        var (dossier, referral) = await ReferredAsync(school, accepted: false);

        var (get, _) = await school.GetPageAsync($"/Partners/Referrals/{referral}/Exam");
        var post = await school.PostWithTokenAsync($"/Partners/Referrals/{referral}/Exam", PassedA2, tokenPage: "/Partners");
        var page = await PortalClient.ParseAsync(post);

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        Assert.Contains("pas nadat u de doorverwijzing aanvaardde", page.QuerySelector("[role=alert]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await ExamsAsync(dossier));
    }
}
