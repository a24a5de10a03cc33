using System.Net;
using Inburgering.Data.Privacy;
using Inburgering.DemoData;
using Inburgering.Domain.Newcomers;
using Inburgering.Domain.Trajectories;
using Inburgering.Tests.Shared;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Inburgering.Web.Tests.Privacy;

/// <summary>An administrator asks to erase one person on a GDPR ground; a second one confirms (four eyes).</summary>
public sealed class ErasureTests : IDisposable
{
    private const string SecondAdmin = "tweede.beheerder@inburgering.test";

    private readonly PortalFactory _factory = new();

    public ErasureTests() => _factory.Settings["Reporting:SnapshotSeconds"] = "0";

    public void Dispose() => _factory.Dispose();

    private async Task<PortalClient> LoginAsync(string email)
    {
        var client = new PortalClient(_factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));
        await client.LoginOrFailAsync(email);
        return client;
    }

    private async Task AddSecondAdminAsync()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var admin = new AppUser { UserName = SecondAdmin, Email = SecondAdmin, DisplayName = "Tweede Beheerder" };
        Assert.True((await users.CreateAsync(admin, PortalClient.Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(admin, Roles.Admin)).Succeeded);
    }

    private async Task<(NewcomerId Id, string Number)> ClosedDossierAsync()
    {
        using var db = _factory.CreateDbContext();
        var dossier = await db.Newcomers
            .Where(n => db.Trajectories.Any(t => t.NewcomerId == n.Id) && !db.Trajectories.Any(t => t.NewcomerId == n.Id && t.Status == TrajectoryStatus.Running))
            .Select(n => new { n.Id, n.Number })
            .FirstAsync();
        return (dossier.Id, dossier.Number);
    }

    private static Task<HttpResponseMessage> RequestAsync(PortalClient admin, string number, string ground) =>
        admin.SubmitFormAsync("/Admin/Erasures/Request", new Dictionary<string, string> { ["Input.DossierNumber"] = number, ["Input.Ground"] = ground });

    private async Task<Erasure> OpenRequestAsync(NewcomerId id)
    {
        using var db = _factory.CreateDbContext();
        return await db.Erasures.AsNoTracking().SingleAsync(e => e.NewcomerId == id);
    }

    [Fact]
    public async Task Erasure_RequestedByOneAdmin_IsRefusedToThemAndDoneByASecond_FiguresEqual()
    {
        await AddSecondAdminAsync();
        var (id, number) = await ClosedDossierAsync();
        using var first = await LoginAsync(DemoDataSeeder.AdminEmail);
        var figuresBefore = await ReportFigures.ReadAsync(_factory);

        var requested = await RequestAsync(first, number, nameof(ErasureGround.ObjectionUpheld));
        var request = await OpenRequestAsync(id);
        var (_, list) = await first.GetPageAsync("/Admin/Erasures");

        Assert.Equal(HttpStatusCode.Redirect, requested.StatusCode);
        Assert.Contains($"Het wissen van dossier {number} is aangevraagd", list.QuerySelector("[role=status]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal((ErasureGround.ObjectionUpheld, number, (string?)null), (request.Ground, request.DossierNumber, request.ConfirmedById));
        Assert.Empty(list.QuerySelectorAll($"a[href='/Admin/Erasures/Confirm/{request.Id}']"));

        // The one who asked cannot confirm: the page says so, and a forged post changes nothing.
        var (_, own) = await first.GetPageAsync($"/Admin/Erasures/Confirm/{request.Id}");
        var ownPost = await first.PostWithTokenAsync($"/Admin/Erasures/Confirm/{request.Id}", new Dictionary<string, string> { ["Confirmed"] = "true" }, tokenPage: "/Admin/Erasures/Request");
        Assert.Contains("U hebt deze aanvraag zelf ingediend", own.QuerySelector(".alert-danger")?.TextContent, StringComparison.Ordinal);
        Assert.Empty(own.QuerySelectorAll("main button.btn-danger"));
        Assert.Equal(HttpStatusCode.OK, ownPost.StatusCode);
        using (var db = _factory.CreateDbContext())
        {
            Assert.Null((await db.Newcomers.AsNoTracking().SingleAsync(n => n.Id == id)).AnonymisedOn);
        }

        // The second admin: the page says what will happen; without the tick box the message sits next to it.
        using var second = await LoginAsync(SecondAdmin);
        var (_, confirmPage) = await second.GetPageAsync($"/Admin/Erasures/Confirm/{request.Id}");
        Assert.Contains("Dit kan niet ongedaan gemaakt worden.", confirmPage.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("rijksregisternummer", confirmPage.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var unticked = await second.SubmitFormAsync($"/Admin/Erasures/Confirm/{request.Id}", new Dictionary<string, string>());
        var untickedPage = await PortalClient.ParseAsync(unticked);
        Assert.Equal("Vink aan dat u de grond nagekeken hebt.", untickedPage.QuerySelector("#confirm-error")?.TextContent);
        Assert.NotNull(untickedPage.QuerySelector("main .alert-danger"));

        var confirmed = await second.SubmitFormAsync($"/Admin/Erasures/Confirm/{request.Id}", new Dictionary<string, string> { ["Confirmed"] = "true" });
        var figuresAfter = await ReportFigures.ReadAsync(_factory);

        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal(figuresBefore, figuresAfter);
        using var check = _factory.CreateDbContext();
        var gone = await check.Newcomers.AsNoTracking().SingleAsync(n => n.Id == id);
        Assert.NotNull(gone.AnonymisedOn);
        Assert.Equal(PersonalData.Removed, gone.Person.LastName);
        Assert.Null(gone.Person.NationalRegisterNumber);
        var done = await check.Erasures.AsNoTracking().SingleAsync(e => e.NewcomerId == id);
        Assert.Equal(("Tweede Beheerder", ErasureState.Done), (done.ConfirmedByName, done.StateAt(_factory.Time.GetUtcNow().UtcDateTime)));
    }

    [Theory]
    [InlineData("", "", "Input_DossierNumber-error", "")]
    [InlineData("0000-00000", "NoLongerNecessary", "Input_DossierNumber-error", "Er is geen dossier met dit nummer.")]
    [InlineData("{closed}", "RetentionPeriodEnded", "Input_Ground-error", "Kies de wettelijke grond.")]
    [InlineData("{running}", "UnlawfullyProcessed", "Input_DossierNumber-error", "Dit dossier heeft een lopend traject: de trajectbegeleider sluit of stopt het eerst.")]
    public async Task Request_Invalid_ShowsTheMessageNextToTheFieldAndKeepsTheInput(string number, string ground, string errorId, string message)
    {
        using var db = _factory.CreateDbContext();
        number = number switch
        {
            "{closed}" => (await ClosedDossierAsync()).Number,
            "{running}" => await db.Trajectories.Where(t => t.Status == TrajectoryStatus.Running).Join(db.Newcomers, t => t.NewcomerId, n => n.Id, (_, n) => n.Number).FirstAsync(),
            _ => number,
        };
        using var admin = await LoginAsync(DemoDataSeeder.AdminEmail);

        var response = await RequestAsync(admin, number, ground);
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual(string.Empty, page.QuerySelector($"#{errorId}")?.TextContent.Trim());
        Assert.Contains(message, page.QuerySelector($"#{errorId}")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("main .alert-danger"));
        Assert.Equal(number, page.QuerySelector("#Input_DossierNumber")?.GetAttribute("value"));
        Assert.False(await db.Erasures.AnyAsync());
    }

    [Fact]
    public async Task Request_Unconfirmed_LapsesAfterSevenDays()
    {
        await AddSecondAdminAsync();
        var (id, number) = await ClosedDossierAsync();
        using var first = await LoginAsync(DemoDataSeeder.AdminEmail);
        await RequestAsync(first, number, nameof(ErasureGround.NoLongerNecessary));
        var request = await OpenRequestAsync(id);
        _factory.Time.Offset += TimeSpan.FromDays(Erasure.RequestValidDays);
        using var second = await LoginAsync(SecondAdmin);

        var response = await second.PostWithTokenAsync($"/Admin/Erasures/Confirm/{request.Id}", new Dictionary<string, string> { ["Confirmed"] = "true" }, tokenPage: "/Admin/Erasures/Request");
        var page = await PortalClient.ParseAsync(response);

        Assert.Contains("Deze aanvraag is vervallen", page.QuerySelector(".alert-danger")?.TextContent, StringComparison.Ordinal);
        using var db = _factory.CreateDbContext();
        Assert.Null((await db.Newcomers.AsNoTracking().SingleAsync(n => n.Id == id)).AnonymisedOn);
    }

    [Theory]
    [InlineData(DemoDataSeeder.CaseWorkerEmail)]
    [InlineData(DemoDataSeeder.CoordinatorEmail)]
    [InlineData(DemoDataSeeder.NewcomerEmail)]
    public async Task ErasurePages_OtherRoles_Get403AndChangeNothing(string email)
    {
        var (id, _) = await ClosedDossierAsync();
        using var client = await LoginAsync(email);

        foreach (var url in new[] { "/Admin/Erasures", "/Admin/Erasures/Request", $"/Admin/Erasures/Confirm/{Guid.NewGuid()}" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await client.Http.GetAsync(new Uri(url, UriKind.Relative))).StatusCode);
        }

        var post = await client.PostWithTokenAsync("/Admin/Erasures/Request", new Dictionary<string, string> { ["Input.DossierNumber"] = "x", ["Input.Ground"] = "ObjectionUpheld" }, tokenPage: "/Profile");
        Assert.True(post.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.BadRequest, $"{post.StatusCode}");
        using var db = _factory.CreateDbContext();
        Assert.False(await db.Erasures.AnyAsync(e => e.NewcomerId == id));
    }
}
