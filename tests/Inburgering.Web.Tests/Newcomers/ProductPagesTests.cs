using System.Net;
using Inburgering.DemoData;
using Inburgering.Tests.Shared;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Web.Tests.Newcomers;

/// <summary>
/// What makes the portal an agency's product: the pages about it (privacy, accessibility, contact, cookies) open to
/// everyone and linked from every footer, the agency's identity in the header, and a proper activation letter.
/// </summary>
public sealed class ProductPagesTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("/Info/Privacy", "Privacyverklaring")]
    [InlineData("/Info/Accessibility", "Toegankelijkheidsverklaring")]
    [InlineData("/Info/Contact", "Contact")]
    [InlineData("/Info/Cookies", "Cookies")]
    public async Task InfoPage_WithoutSigningIn_IsShownAndLinkedFromTheFooter(string url, string heading)
    {
        using var client = NewcomerPortal.NewClient(factory);

        var (response, page) = await client.GetPageAsync(url);
        var (_, login) = await client.GetPageAsync("/Account/Login");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(heading, page.QuerySelector("h1")?.TextContent);
        Assert.NotNull(login.QuerySelector($"footer nav a[href='{url}']"));
    }

    [Fact]
    public async Task AccessibilityStatement_HasWhatTheDirectiveAsks()
    {
        using var client = NewcomerPortal.NewClient(factory);

        var (_, page) = await client.GetPageAsync("/Info/Accessibility");
        var text = page.QuerySelector("main")!.TextContent;

        Assert.Contains("2016/2102", text, StringComparison.Ordinal);
        Assert.Contains("voldoet gedeeltelijk", page.QuerySelector("[data-testid=conformance-status]")!.TextContent, StringComparison.Ordinal);
        Assert.NotEmpty(page.QuerySelectorAll("[data-testid=known-issues] li"));
        Assert.Contains("Vlaamse Ombudsdienst", text, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("main a[href='/Info/Contact']"));
    }

    [Theory]
    [InlineData("en", "Accessibility statement")]
    [InlineData("fr", "Déclaration d’accessibilité")]
    [InlineData("ar", "بيان إمكانية الوصول")]
    [InlineData("uk", "Заява про доступність")]
    public async Task InfoPages_InTheNewcomersLanguages(string culture, string heading)
    {
        using var client = NewcomerPortal.NewClient(factory);
        await client.Http.GetAsync(new Uri($"/Language?culture={culture}&returnUrl=%2F", UriKind.Relative));

        var (_, page) = await client.GetPageAsync("/Info/Accessibility");

        Assert.Equal(heading, page.QuerySelector("h1")?.TextContent);
        Assert.Equal(culture, page.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task StaffHeader_ShowsTheAgencyNameAndLogo()
    {
        using var client = NewcomerPortal.NewClient(factory);
        await client.LoginOrFailAsync(DemoDataSeeder.CaseWorkerEmail);

        var (_, page) = await client.GetPageAsync("/Caseload");

        var brand = page.QuerySelector("header [data-testid=brand]")!;
        Assert.Contains("Atlas Antwerpen", brand.TextContent, StringComparison.Ordinal);
        Assert.Equal("/img/agencies/atlas.svg", brand.QuerySelector("img")?.GetAttribute("src"));
    }

    [Fact]
    public async Task ActivationLetter_IsDatedWithDossierNumberAndSender_InTheInformalVoice_WithAllFiveLanguages()
    {
        var dossier = await NewcomerPortal.DossierWithoutAccountAsync(factory, 3);
        using var caseWorker = NewcomerPortal.NewClient(factory);
        await caseWorker.LoginOrFailAsync(DemoDataSeeder.CaseWorkerEmail);
        string number;
        using (var db = factory.CreateDbContext())
        {
            number = await db.Newcomers.Where(n => n.Id == dossier).Select(n => n.Number).SingleAsync();
        }

        var response = await caseWorker.SubmitFormAsync($"/Dossiers/{dossier}", new Dictionary<string, string>(), $"form[action='/Dossiers/{dossier}/Invitation']");
        var letter = await PortalClient.ParseAsync(response);

        var today = TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels"));
        Assert.Equal(DateOnly.FromDateTime(today).ToString("d MMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("nl")), letter.QuerySelector("[data-testid=letter-date]")?.TextContent);
        Assert.Equal($"Dossiernummer: {number}", letter.QuerySelector("[data-testid=letter-dossier]")?.TextContent);
        Assert.Contains("Sarah Peeters", letter.QuerySelector("[data-testid=letter-sender]")?.TextContent, StringComparison.Ordinal);
        var body = letter.QuerySelector("article")!.TextContent;
        Assert.DoesNotMatch(@"\b(U|u|uw|Uw)\b", body.Replace(letter.QuerySelector("[data-testid=letter-languages]")!.TextContent, string.Empty, StringComparison.Ordinal));
        Assert.Equal(["en", "fr", "ar", "uk"], letter.QuerySelectorAll("[data-testid=letter-languages] p").Select(p => p.GetAttribute("lang")));
    }
}
