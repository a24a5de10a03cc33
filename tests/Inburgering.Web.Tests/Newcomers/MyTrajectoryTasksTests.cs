using System.Globalization;
using Inburgering.DemoData;
using Inburgering.Domain.Newcomers;
using Inburgering.Domain.Trajectories;
using Inburgering.Tests.Shared;
using Inburgering.Web.Tests.Dossiers;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Web.Tests.Newcomers;

/// <summary>Mijn traject says which task is late and what it is, and nothing about an intake to someone outside the target group.</summary>
public sealed class MyTrajectoryTasksTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task LateTask_IsNamedWithItsTrackAndDate()
    {
        var scenario = new DossierScenario(factory);
        var id = await NewcomerPortal.DossierOfAsync(factory, "Haddad", "Amina");
        string number;
        using (var db = factory.CreateDbContext())
        {
            number = await db.Newcomers.Where(n => n.Id == id).Select(n => n.Number).SingleAsync();
        }

        var due = DossierScenario.Today.AddDays(-6);
        await scenario.LogActionAsync(new ArrangedDossier(id, number, "Amina", "Haddad"), TrackKind.Work, ActionType.Conversation, DossierScenario.Today.AddDays(-20), done: false, dueOn: due);
        using var client = NewcomerPortal.NewClient(factory);
        await client.LoginOrFailAsync(DemoDataSeeder.NewcomerEmail);

        var (_, page) = await client.GetPageAsync("/MyTrajectory");

        var late = page.QuerySelectorAll("[data-testid=overdue] li").Select(li => li.TextContent).ToList();
        Assert.Contains($"Gesprek (Werk): was gepland op {due.ToString("d MMM yyyy", CultureInfo.GetCultureInfo("nl"))}", late);
        Assert.Matches(@"^\d+ (taak is|taken zijn) over tijd\.", page.QuerySelector("[data-testid=overdue] p")!.TextContent);
    }

    [Fact]
    public async Task NotInTargetGroup_SaysSoWithoutMentioningAnIntake()
    {
        var scenario = new DossierScenario(factory);
        var dossier = await scenario.RegisterAsync(status: ResidenceStatus.AsylumApplicant, registeredOn: DossierScenario.Today.AddDays(-60));
        var code = await NewcomerPortal.InviteAsync(factory, dossier.Id);
        using var client = NewcomerPortal.NewClient(factory);
        await NewcomerPortal.ActivateAsync(client, code, "yasmin.buiten.doelgroep");

        var (_, page) = await client.GetPageAsync("/MyTrajectory");

        Assert.StartsWith("Het inburgeringstraject is niet voor jou bedoeld.", page.QuerySelector("[data-testid=no-trajectory]")?.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("intake", page.QuerySelector("main")!.TextContent, StringComparison.OrdinalIgnoreCase);
    }
}
