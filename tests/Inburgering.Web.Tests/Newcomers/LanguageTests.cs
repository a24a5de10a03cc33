using System.Net;
using Inburgering.DemoData;
using Inburgering.Tests.Shared;

namespace Inburgering.Web.Tests.Newcomers;

public sealed class LanguageTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("nl", "ltr", "Je vier sporen")]
    [InlineData("en", "ltr", "Your 4 parts")]
    [InlineData("ar", "rtl", "مسار")]
    [InlineData("uk", "ltr", "напрям")]
    public async Task MyTrajectory_ChosenLanguage_IsRememberedWithLangAndDirection(string culture, string direction, string text)
    {
        using var client = NewcomerPortal.NewClient(factory);
        await client.LoginOrFailAsync(DemoDataSeeder.NewcomerEmail);

        var choose = await client.Http.GetAsync(new Uri($"/Language?culture={culture}&returnUrl=%2FMyTrajectory", UriKind.Relative));
        var (_, page) = await client.GetPageAsync("/MyTrajectory");
        var (_, again) = await client.GetPageAsync("/MyTrajectory/Data");

        Assert.Equal(HttpStatusCode.Redirect, choose.StatusCode);
        Assert.Equal("/MyTrajectory", choose.Headers.Location?.OriginalString);
        Assert.Equal(culture, page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(direction, page.DocumentElement.GetAttribute("dir"));
        Assert.Contains(text, page.QuerySelector("main")!.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(culture, again.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task Login_InFrench_ShowsFrenchLabelsAndLocalizedValidation()
    {
        using var client = NewcomerPortal.NewClient(factory);

        await client.Http.GetAsync(new Uri("/Language?culture=fr&returnUrl=%2FAccount%2FLogin", UriKind.Relative));
        var response = await client.SubmitFormAsync("/Account/Login", new Dictionary<string, string> { ["Input.Email"] = "", ["Input.Password"] = "" });
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal("fr", page.DocumentElement.GetAttribute("lang"));
        Assert.DoesNotContain("Aanmelden", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Saisissez votre mot de passe.", page.QuerySelector("#Input_Password-error")!.TextContent);
    }

    [Fact]
    public async Task Language_UnknownCultureOrForeignReturnUrl_IsIgnored()
    {
        using var client = NewcomerPortal.NewClient(factory);

        var foreign = await client.Http.GetAsync(new Uri("/Language?culture=de&returnUrl=https%3A%2F%2Fevil.example%2F", UriKind.Relative));
        var (_, page) = await client.GetPageAsync("/Account/Login");

        Assert.Equal("/", foreign.Headers.Location?.OriginalString);
        Assert.Equal("nl", page.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task StaffPages_StayDutchWithoutALanguageSwitcher()
    {
        using var client = NewcomerPortal.NewClient(factory);
        await client.Http.GetAsync(new Uri("/Language?culture=en&returnUrl=%2F", UriKind.Relative));
        await client.LoginOrFailAsync(DemoDataSeeder.CaseWorkerEmail);

        var (_, page) = await client.GetPageAsync("/Caseload");

        Assert.Null(page.QuerySelector(".language-switcher"));
        Assert.Equal("nl", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Mijn dossiers", page.QuerySelector("h1")?.TextContent);
    }
}
