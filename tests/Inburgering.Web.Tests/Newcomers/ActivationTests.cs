using System.Net;
using Inburgering.DemoData;
using Inburgering.Domain.History;
using Inburgering.Tests.Shared;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Web.Tests.Newcomers;

public sealed class ActivationTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Activate_ValidCode_CreatesTheAccountAndOpensMijnTraject()
    {
        var dossier = await NewcomerPortal.DossierWithoutAccountAsync(factory, 0);
        var code = await NewcomerPortal.InviteAsync(factory, dossier);
        using var newcomer = NewcomerPortal.NewClient(factory);

        var response = await NewcomerPortal.ActivateAsync(newcomer, code.ToLowerInvariant().Replace("-", " ", StringComparison.Ordinal), "pablo.f");
        var (page, document) = await newcomer.GetPageAsync("/MyTrajectory");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/MyTrajectory", response.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.StartsWith("Hallo ", document.QuerySelector("h1")?.TextContent, StringComparison.Ordinal);
        using var db = factory.CreateDbContext();
        var user = await db.Users.SingleAsync(u => u.UserName == "pablo.f");
        Assert.Equal(dossier, user.NewcomerId);
        Assert.Contains(await db.UserRoles.Where(r => r.UserId == user.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).ToListAsync(), name => name == Roles.Newcomer);
        var history = await db.DossierEvents.Where(e => e.NewcomerId == dossier).Select(e => e.Type).ToListAsync();
        Assert.Contains(nameof(InvitationCreated), history);
        Assert.Contains(nameof(AccountActivated), history);
    }

    [Fact]
    public async Task Activate_CodeUsedTwice_IsRefusedTheSecondTime()
    {
        var dossier = await NewcomerPortal.DossierWithoutAccountAsync(factory, 1);
        var code = await NewcomerPortal.InviteAsync(factory, dossier);
        using var first = NewcomerPortal.NewClient(factory);
        using var second = NewcomerPortal.NewClient(factory);
        await NewcomerPortal.ActivateAsync(first, code, "lucas.o");

        var response = await NewcomerPortal.ActivateAsync(second, code, "iemand.anders");
        var document = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("al gebruikt", document.QuerySelector("#Input_Code-error")?.TextContent, StringComparison.Ordinal);
        using var db = factory.CreateDbContext();
        Assert.False(await db.Users.AnyAsync(u => u.UserName == "iemand.anders"));
    }

    [Fact]
    public async Task Activate_RevokedCode_IsRefused()
    {
        var dossier = await NewcomerPortal.DossierWithoutAccountAsync(factory, 2);
        var code = await NewcomerPortal.InviteAsync(factory, dossier);
        using (var caseWorker = NewcomerPortal.NewClient(factory))
        {
            await caseWorker.LoginOrFailAsync(DemoDataSeeder.CaseWorkerEmail);
            var revoke = await caseWorker.SubmitFormAsync($"/Dossiers/{dossier}", new Dictionary<string, string>(), $"form[action='/Dossiers/{dossier}/Invitation?handler=Revoke']");
            Assert.Equal(HttpStatusCode.Redirect, revoke.StatusCode);
        }

        using var newcomer = NewcomerPortal.NewClient(factory);
        var response = await NewcomerPortal.ActivateAsync(newcomer, code, "priya.r");
        var document = await PortalClient.ParseAsync(response);

        Assert.Contains("ingetrokken", document.QuerySelector("#Input_Code-error")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Activate_NewCode_RevokesTheEarlierOne()
    {
        var dossier = await NewcomerPortal.DossierWithoutAccountAsync(factory, 3);
        var first = await NewcomerPortal.InviteAsync(factory, dossier);
        var second = await NewcomerPortal.InviteAsync(factory, dossier);
        using var newcomer = NewcomerPortal.NewClient(factory);

        var withFirst = await PortalClient.ParseAsync(await NewcomerPortal.ActivateAsync(newcomer, first, "abdi.m"));
        var withSecond = await NewcomerPortal.ActivateAsync(newcomer, second, "abdi.m");

        Assert.Contains("ingetrokken", withFirst.QuerySelector("#Input_Code-error")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, withSecond.StatusCode);
    }

    [Fact]
    public async Task Activate_After14Days_TheCodeHasExpired()
    {
        var dossier = await NewcomerPortal.DossierWithoutAccountAsync(factory, 4);
        var code = await NewcomerPortal.InviteAsync(factory, dossier);
        using var newcomer = NewcomerPortal.NewClient(factory);
        factory.Time.Offset = TimeSpan.FromDays(Invitation.ValidDays).Add(TimeSpan.FromMinutes(1));

        try
        {
            var response = await NewcomerPortal.ActivateAsync(newcomer, code, "robel.h");
            var document = await PortalClient.ParseAsync(response);

            Assert.Contains("verlopen", document.QuerySelector("#Input_Code-error")?.TextContent, StringComparison.Ordinal);
        }
        finally
        {
            factory.Time.Offset = TimeSpan.Zero;
        }
    }

    [Fact]
    public async Task Activate_UnknownCodeOrShortPassword_ShowsDutchMessagesAndKeepsInput()
    {
        using var newcomer = NewcomerPortal.NewClient(factory);

        var unknown = await PortalClient.ParseAsync(await NewcomerPortal.ActivateAsync(newcomer, "AAAA-BBBB-CCCC", "iemand"));
        var shortPassword = await PortalClient.ParseAsync(await NewcomerPortal.ActivateAsync(newcomer, "AAAA-BBBB-CCCC", "iemand", "kort"));

        Assert.Contains("klopt niet", unknown.QuerySelector("#Input_Code-error")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("minstens 10 tekens", shortPassword.QuerySelector("#Input_Password-error")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("iemand", shortPassword.QuerySelector("#Input_UserName")?.GetAttribute("value"));
    }

    [Theory]
    [InlineData("koen.janssens@atlas.be")]
    [InlineData("begeleider@inburgering.test")]
    [InlineData("admin@")]
    public async Task Activate_UserNameWithAnAt_IsRefusedSoItNeverLooksLikeAStaffAccount(string userName)
    {
        var dossier = await NewcomerPortal.DossierWithoutAccountAsync(factory, 6);
        var code = await NewcomerPortal.InviteAsync(factory, dossier);
        using var newcomer = NewcomerPortal.NewClient(factory);

        var response = await NewcomerPortal.ActivateAsync(newcomer, code, userName);
        var document = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("geen @", document.QuerySelector("#Input_UserName-error")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(userName, document.QuerySelector("#Input_UserName")?.GetAttribute("value"));
        using var db = factory.CreateDbContext();
        Assert.False(await db.Users.AnyAsync(u => u.NewcomerId == dossier));
        Assert.False(await db.Invitations.AnyAsync(i => i.NewcomerId == dossier && i.UsedAtUtc != null));
    }

    [Fact]
    public async Task Activate_ExistingAccount_SetsANewPassword()
    {
        var dossier = await NewcomerPortal.DossierOfAsync(factory, "Haddad", "Amina");
        var code = await NewcomerPortal.InviteAsync(factory, dossier);
        using var newcomer = NewcomerPortal.NewClient(factory);

        await NewcomerPortal.ActivateAsync(newcomer, code, "amina.h", "mijn nieuw wachtwoord");
        using var again = NewcomerPortal.NewClient(factory);
        var withOld = await again.LoginAsync("amina.h");
        var withNew = await again.LoginAsync("amina.h", "mijn nieuw wachtwoord");

        Assert.Equal(HttpStatusCode.OK, withOld.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, withNew.StatusCode);
        using var db = factory.CreateDbContext();
        Assert.Equal(1, await db.Users.CountAsync(u => u.NewcomerId == dossier));
    }

    [Fact]
    public async Task Invitation_ForSomeoneElsesDossier_IsNotFound()
    {
        var dossier = await NewcomerPortal.DossierOfAsync(factory, "Haddad", "Amina");
        using var otherCaseWorker = NewcomerPortal.NewClient(factory);
        await otherCaseWorker.LoginOrFailAsync("tom.maes@inburgering.test");

        var response = await otherCaseWorker.PostWithTokenAsync($"/Dossiers/{dossier}/Invitation", tokenPage: "/Caseload");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        using var db = factory.CreateDbContext();
        var tom = await db.Users.Where(u => u.Email == "tom.maes@inburgering.test").Select(u => u.Id).SingleAsync();
        Assert.False(await db.Invitations.AnyAsync(i => i.CreatedById == tom));
    }
}
