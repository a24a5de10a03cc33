using System.Net;
using Inburgering.DemoData;
using Inburgering.Domain.Newcomers;
using Inburgering.Tests.Shared;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Web.Tests.Newcomers;

/// <summary>Steps the newcomer tests share: a case worker prints an activation letter, a newcomer uses it.</summary>
internal static class NewcomerPortal
{
    public static PortalClient NewClient(PortalFactory factory) =>
        new(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));

    /// <summary>A dossier in the demo case worker's caseload, by name (the demo newcomer for "Haddad, Amina").</summary>
    public static async Task<NewcomerId> DossierOfAsync(PortalFactory factory, string lastName, string firstName)
    {
        using var db = factory.CreateDbContext();
        var caseWorker = await db.Users.Where(u => u.Email == DemoDataSeeder.CaseWorkerEmail).Select(u => u.Id).SingleAsync();
        return await db.Newcomers
            .Where(n => n.CaseWorkerId == caseWorker && n.Person.LastName == lastName && n.Person.FirstName == firstName)
            .OrderBy(n => n.Person.Email == DemoDataSeeder.NewcomerEmail ? 0 : 1)
            .Select(n => n.Id)
            .FirstAsync();
    }

    /// <summary>Another dossier of the demo case worker without an account yet.</summary>
    public static async Task<NewcomerId> DossierWithoutAccountAsync(PortalFactory factory, int skip)
    {
        using var db = factory.CreateDbContext();
        var caseWorker = await db.Users.Where(u => u.Email == DemoDataSeeder.CaseWorkerEmail).Select(u => u.Id).SingleAsync();
        return await db.Newcomers
            .Where(n => n.CaseWorkerId == caseWorker && !db.Users.Any(u => u.NewcomerId == n.Id))
            .OrderBy(n => n.Number)
            .Skip(skip)
            .Select(n => n.Id)
            .FirstAsync();
    }

    /// <summary>
    /// The case worker of the dossier creates a code; returns it as printed on the letter. The reason is asked only
    /// when the newcomer already has an account (a password reset).
    /// </summary>
    public static async Task<string> InviteAsync(PortalFactory factory, NewcomerId dossier, string caseWorkerEmail = DemoDataSeeder.CaseWorkerEmail, string reason = "Wachtwoord vergeten, gevraagd aan de balie")
    {
        using var caseWorker = NewClient(factory);
        await caseWorker.LoginOrFailAsync(caseWorkerEmail);
        var response = await caseWorker.SubmitFormAsync($"/Dossiers/{dossier}", new Dictionary<string, string> { ["reason"] = reason }, $"form[action='/Dossiers/{dossier}/Invitation']");
        var letter = await PortalClient.ParseAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return letter.QuerySelector("[data-testid=activation-code]")?.TextContent ?? throw new InvalidOperationException("No code on the letter");
    }

    public static Task<HttpResponseMessage> ActivateAsync(PortalClient client, string code, string userName, string password = "een lang genoeg wachtwoord") =>
        client.SubmitFormAsync("/Account/Activate", new Dictionary<string, string>
        {
            ["Input.Code"] = code,
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
            ["Input.ConfirmPassword"] = password,
        });
}
