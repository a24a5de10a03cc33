using System.Net;
using Inburgering.DemoData;
using Inburgering.Domain.History;
using Inburgering.Tests.Shared;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Web.Tests.Newcomers;

/// <summary>An activation code cannot be used to take over a newcomer's account.</summary>
public sealed class AccountTakeoverTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Code_AfterTheDossierIsReassignedAwayFromItsMaker_IsRevoked()
    {
        var dossier = await NewcomerPortal.DossierOfAsync(factory, "Haddad", "Amina");
        var code = await NewcomerPortal.InviteAsync(factory, dossier);
        using (var coordinator = NewcomerPortal.NewClient(factory))
        {
            await coordinator.LoginOrFailAsync(DemoDataSeeder.CoordinatorEmail);
            using var db = factory.CreateDbContext();
            var tom = await db.Users.Where(u => u.Email == "tom.maes@inburgering.test").Select(u => u.Id).SingleAsync();
            var reassign = await coordinator.PostWithTokenAsync("/Team/Dossiers?handler=Reassign", new Dictionary<string, string>
            {
                ["Input.Confirmed"] = "true",
                ["Input.Selected"] = dossier.ToString(),
                ["Input.CaseWorker"] = tom,
                ["Input.Reason"] = "Sarah met verlof",
            }, tokenPage: "/Team");
            Assert.Equal(HttpStatusCode.Redirect, reassign.StatusCode);
        }

        using var attacker = NewcomerPortal.NewClient(factory);
        var response = await NewcomerPortal.ActivateAsync(attacker, code, "overgenomen", "een ander wachtwoord");
        var document = await PortalClient.ParseAsync(response);
        using var newcomer = NewcomerPortal.NewClient(factory);
        var withOldPassword = await newcomer.LoginAsync(DemoDataSeeder.NewcomerEmail);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("ingetrokken", document.QuerySelector("#Input_Code-error")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, withOldPassword.StatusCode);
        using var check = factory.CreateDbContext();
        Assert.All(await check.Invitations.Where(i => i.NewcomerId == dossier).ToListAsync(), i => Assert.NotNull(i.RevokedAtUtc));
    }
}

/// <summary>A reset on its own database: it changes the demo newcomer's password.</summary>
public sealed class PasswordResetTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task ResetWithoutReason_IsRefusedAndMakesNoCode()
    {
        var dossier = await NewcomerPortal.DossierOfAsync(factory, "Haddad", "Amina");
        using var caseWorker = NewcomerPortal.NewClient(factory);
        await caseWorker.LoginOrFailAsync(DemoDataSeeder.CaseWorkerEmail);

        var response = await caseWorker.SubmitFormAsync($"/Dossiers/{dossier}", new Dictionary<string, string> { ["reason"] = " " }, $"form[action='/Dossiers/{dossier}/Invitation']");
        var (_, page) = await caseWorker.GetPageAsync($"/Dossiers/{dossier}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("reden", page.QuerySelector(".alert-danger")?.TextContent, StringComparison.Ordinal);
        using var db = factory.CreateDbContext();
        Assert.False(await db.Invitations.AnyAsync(i => i.NewcomerId == dossier));
    }

    [Fact]
    public async Task Reset_IsRecordedWithTheCaseWorker_EndsOldSessions_AndTellsTheNewcomer()
    {
        var dossier = await NewcomerPortal.DossierOfAsync(factory, "Haddad", "Amina");
        using var oldPhone = NewcomerPortal.NewClient(factory);
        await oldPhone.LoginOrFailAsync(DemoDataSeeder.NewcomerEmail);
        Assert.Equal(HttpStatusCode.OK, (await oldPhone.Http.GetAsync(new Uri("/MyTrajectory", UriKind.Relative))).StatusCode);
        var code = await NewcomerPortal.InviteAsync(factory, dossier, reason: "Telefoon gestolen, aan de balie gemeld");

        using var newPhone = NewcomerPortal.NewClient(factory);
        var activated = await NewcomerPortal.ActivateAsync(newPhone, code, "amina.haddad", "een nieuw lang wachtwoord");
        var onOldPhone = await oldPhone.Http.GetAsync(new Uri("/MyTrajectory", UriKind.Relative));
        var (_, onNewPhone) = await newPhone.GetPageAsync("/MyTrajectory");

        Assert.Equal(HttpStatusCode.Redirect, activated.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, onOldPhone.StatusCode);
        Assert.Contains("/Account/Login", onOldPhone.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Contains("nieuw wachtwoord", onNewPhone.QuerySelector("#password-reset-notice")?.TextContent, StringComparison.Ordinal);
        using var db = factory.CreateDbContext();
        var user = await db.Users.SingleAsync(u => u.NewcomerId == dossier);
        var invitation = await db.Invitations.SingleAsync(i => i.NewcomerId == dossier && i.UsedAtUtc != null);
        Assert.Equal(user.Id, invitation.RedeemedByUserId);
        Assert.Equal("Telefoon gestolen, aan de balie gemeld", invitation.Reason);
        var events = await db.DossierEvents.Where(e => e.NewcomerId == dossier).ToListAsync();
        Assert.Contains(events, e => e.Change is InvitationCreated { Reason: "Telefoon gestolen, aan de balie gemeld" } && e.ActorName == "Sarah Peeters");
        Assert.Contains(events, e => e.Change is AccountActivated { PasswordReset: true, IssuedBy: "Sarah Peeters" });
    }
}
