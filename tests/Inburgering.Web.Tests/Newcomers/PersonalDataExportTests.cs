using System.Net;
using System.Text.Json;
using Inburgering.DemoData;
using Inburgering.Domain.History;
using Inburgering.Tests.Shared;
using Inburgering.Web.Pages.MyTrajectory;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Web.Tests.Newcomers;

public sealed class PersonalDataExportTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly string[] Kinds = ["Newcomer", "AppUser", "Office", "Trajectory", "FollowUpAction", "SocialOrientationTestResult", "DutchExamResult", "DossierEvent", "Referral", "ReferralStep"];

    private async Task<JsonDocument> DownloadAsync()
    {
        using var client = NewcomerPortal.NewClient(factory);
        await client.LoginOrFailAsync(DemoDataSeeder.NewcomerEmail);
        var response = await client.Http.GetAsync(new Uri("/MyTrajectory/Data?handler=Json", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Export_ContainsEveryStoredFieldOfEveryRecordKind()
    {
        using var json = await DownloadAsync();
        using var db = factory.CreateDbContext();
        var records = json.RootElement.GetProperty("records").EnumerateArray().ToList();

        foreach (var kind in Kinds)
        {
            var entity = db.Model.GetEntityTypes().Single(e => e.ClrType.Name == kind);
            var expected = entity.GetProperties().Select(p => p.Name)
                .Concat(entity.GetComplexProperties().SelectMany(c => c.ComplexType.GetProperties().Select(p => $"{c.Name}.{p.Name}")))
                .Where(name => !PersonalDataExportBuilder.Secrets.Contains(name))
                .ToHashSet();
            var exported = records.Where(r => r.GetProperty("kind").GetString() == kind).ToList();

            Assert.True(exported.Count > 0, $"no {kind} records exported");
            var fields = exported[0].GetProperty("fields").EnumerateObject().Select(p => p.Name).ToHashSet();
            Assert.True(expected.SetEquals(fields), $"{kind}: missing {string.Join(", ", expected.Except(fields))}; unexpected {string.Join(", ", fields.Except(expected))}");
        }
    }

    [Fact]
    public async Task Export_HoldsTheFullNationalNumberAndNoSecrets()
    {
        using var db = factory.CreateDbContext();
        var amina = await db.Newcomers.SingleAsync(n => n.Person.Email == DemoDataSeeder.NewcomerEmail);
        var hash = await db.Users.Where(u => u.NewcomerId == amina.Id).Select(u => u.PasswordHash).SingleAsync();

        using var json = await DownloadAsync();
        var text = json.RootElement.GetRawText();

        Assert.Contains(amina.Person.NationalRegisterNumber!.Digits, text, StringComparison.Ordinal);
        Assert.DoesNotContain(hash!, text, StringComparison.Ordinal);
        Assert.DoesNotContain("PasswordHash", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_ListsWhoTheDataWasSharedWithAndIsRecorded()
    {
        using var json = await DownloadAsync();
        using var db = factory.CreateDbContext();
        var amina = await db.Newcomers.Where(n => n.Person.Email == DemoDataSeeder.NewcomerEmail).Select(n => n.Id).SingleAsync();

        var partners = json.RootElement.GetProperty("sharedWith").EnumerateArray().Select(s => s.GetProperty("partner").GetString()).ToList();

        Assert.Contains("HuisVanHetNederlands", partners);
        Assert.Contains("ParticipationNetwork", partners);
        Assert.True(await db.DossierEvents.AnyAsync(e => e.NewcomerId == amina && e.Type == nameof(DataExported)));
    }

    [Fact]
    public async Task DataPage_ShowsTheSameRecordsReadably()
    {
        using var client = NewcomerPortal.NewClient(factory);
        await client.LoginOrFailAsync(DemoDataSeeder.NewcomerEmail);

        var (response, page) = await client.GetPageAsync("/MyTrajectory/Data");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Mijn gegevens", page.QuerySelector("h1")?.TextContent);
        Assert.Contains("Haddad", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.NotEmpty(page.QuerySelectorAll("[data-section=history] dd"));
        Assert.Contains("Huis van het Nederlands", page.QuerySelector("#shared")!.ParentElement!.TextContent, StringComparison.Ordinal);
    }
}
