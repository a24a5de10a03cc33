using System.Net;
using Inburgering.Domain.History;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Web.Tests.Reports;

/// <summary>Reassignment changes the dataset, so it has a portal of its own.</summary>
public sealed class ReassignTests(KnownDatasetFactory factory) : IClassFixture<KnownDatasetFactory>
{
    [Fact]
    public async Task Reassign_SelectedDossiers_MovesThemWithTheReasonInTheHistory()
    {
        using var coordinator = await factory.LoginAsync(KnownDatasetFactory.CoordinatorAgII);
        var receiver = await factory.UserIdAsync(KnownDatasetFactory.CaseWorkerLimburg);
        var moved = new[] { factory.Dossiers["Formule0"], factory.Dossiers["Formule1"] };

        var response = await coordinator.PostWithTokenAsync("/Team/Dossiers?handler=Reassign", new Dictionary<string, string>
        {
            ["Input.Confirmed"] = "true",
            ["Input.Selected"] = moved[0].ToString(),
            ["Input.CaseWorker"] = receiver,
            ["Input.Reason"] = "Collega met langdurig verlof",
        }, tokenPage: "/Team");
        await coordinator.PostWithTokenAsync("/Team/Dossiers?handler=Reassign", new Dictionary<string, string>
        {
            ["Input.Confirmed"] = "true",
            ["Input.Selected"] = moved[1].ToString(),
            ["Input.CaseWorker"] = receiver,
            ["Input.Reason"] = "Collega met langdurig verlof",
        }, tokenPage: "/Team");

        using var receiverClient = await factory.LoginAsync(KnownDatasetFactory.CaseWorkerLimburg);
        var (_, caseload) = await receiverClient.GetPageAsync("/Caseload?Filter.Search=Formule");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        using var db = factory.CreateDbContext();
        Assert.All(await db.Newcomers.Where(n => moved.Contains(n.Id)).Select(n => n.CaseWorkerId).ToListAsync(), id => Assert.Equal(receiver, id));
        Assert.All(await db.Trajectories.Where(t => moved.Contains(t.NewcomerId)).Select(t => new { t.CaseWorkerId, t.OfficeId }).ToListAsync(), t =>
        {
            Assert.Equal(receiver, t.CaseWorkerId);
            Assert.Equal(db.Users.Single(u => u.Id == receiver).OfficeId, t.OfficeId);
        });
        var history = await db.DossierEvents.Where(e => e.NewcomerId == moved[0] && e.Type == nameof(Reassigned)).SingleAsync();
        Assert.Equal(new Reassigned("Collega met langdurig verlof"), history.Change);
        Assert.Equal("coord.agii", history.ActorName);
        Assert.Equal(2, caseload.QuerySelectorAll("main table tbody tr").Length);
    }

    [Fact]
    public async Task PersonalDataChange_OfGender_IsCopiedToTheTrajectoriesInTheSameSave()
    {
        await factory.EnsureSeededAsync();
        var dossier = factory.Dossiers["Antwerpen2"];
        using (var db = factory.CreateDbContext())
        {
            var newcomer = await db.Newcomers.SingleAsync(n => n.Id == dossier);
            newcomer.UpdatePersonalData(newcomer.Person with { Gender = Domain.Newcomers.Gender.X }, DateOnly.FromDateTime(DateTime.UtcNow));

            await db.SaveChangesAsync();
        }

        using var check = factory.CreateDbContext();
        Assert.All(await check.Trajectories.Where(t => t.NewcomerId == dossier).Select(t => t.Gender).ToListAsync(), gender => Assert.Equal(Domain.Newcomers.Gender.X, gender));
    }

    [Fact]
    public async Task Reassign_FromTheDossierPage_AsksFirstWhatWillHappenThenMovesAndReturnsToTheDossier()
    {
        using var coordinator = await factory.LoginAsync(KnownDatasetFactory.CoordinatorAgII);
        var dossier = factory.Dossiers["Limburg3"];
        var before = await CaseWorkerOfAsync(dossier);

        var asked = await coordinator.SubmitFormAsync($"/Dossiers/{dossier}", new Dictionary<string, string>
        {
            ["Input.CaseWorker"] = await factory.UserIdAsync(KnownDatasetFactory.CaseWorkerFormula),
            ["Input.Reason"] = "Dichter bij huis",
        }, "form[action='/Team/Dossiers?handler=Reassign']");
        var confirmPage = await Inburgering.Tests.Shared.PortalClient.ParseAsync(asked);
        var afterAsking = await CaseWorkerOfAsync(dossier);
        var response = await coordinator.SubmitAsync(
            (AngleSharp.Html.Dom.IHtmlFormElement)confirmPage.QuerySelector("[data-confirm-step] form")!, new Dictionary<string, string>());
        var (_, page) = await coordinator.GetPageAsync($"/Dossiers/{dossier}");

        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        Assert.Matches(@"^1 dossier gaat naar \S+", confirmPage.QuerySelector("[data-confirm-step] p")!.TextContent.Trim());
        Assert.Equal(before, afterAsking);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/Dossiers/{dossier}", response.Headers.Location?.OriginalString);
        Assert.Contains("cw.formule", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Dichter bij huis", page.QuerySelector("#history")!.ParentElement!.TextContent, StringComparison.Ordinal);
    }

    private async Task<string?> CaseWorkerOfAsync(Domain.Newcomers.NewcomerId dossier)
    {
        using var db = factory.CreateDbContext();
        return await db.Newcomers.Where(n => n.Id == dossier).Select(n => n.CaseWorkerId).SingleAsync();
    }
}
