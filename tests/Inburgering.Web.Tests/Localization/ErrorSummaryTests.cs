using AngleSharp.Html.Dom;
using Inburgering.Tests.Shared;
using Inburgering.Web.Tests.Dossiers;
using Inburgering.Web.Tests.Newcomers;

namespace Inburgering.Web.Tests.Localization;

/// <summary>Every form comes back the same way: "Fout:" in the title, a summary whose links lead to the fields in error.</summary>
public sealed class ErrorSummaryTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private readonly DossierScenario _scenario = new(factory);

    /// <summary>Each link of the summary, with the control its target id names and the message next to that field.</summary>
    private static void AssertSummaryLeadsToTheFields(AngleSharp.Dom.IDocument page)
    {
        var links = page.QuerySelectorAll("[data-error-summary] li a").ToList();
        var fieldMessages = page.QuerySelectorAll(".invalid-feedback").Where(e => e.TextContent.Trim().Length > 0).ToList();

        Assert.NotEmpty(links);
        Assert.Equal(fieldMessages.Count, links.Count);
        Assert.All(links, link =>
        {
            var id = link.GetAttribute("href")!.TrimStart('#');
            Assert.True(page.GetElementById(id) is IHtmlInputElement or IHtmlSelectElement or IHtmlTextAreaElement, $"#{id} is not a form control");
            Assert.Contains(fieldMessages, m => m.Id == $"{id}-error" && m.TextContent.Trim() == link.TextContent.Trim());
        });
    }

    [Fact]
    public async Task Register_EmptyForm_TitleSaysFoutAndEverySummaryLinkLeadsToItsField()
    {
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);

        var response = await client.SubmitFormAsync("/Dossiers/Register", new Dictionary<string, string>());
        var page = await PortalClient.ParseAsync(response);

        Assert.StartsWith("Fout: Nieuw dossier – ", page.Title, StringComparison.Ordinal);
        Assert.Equal("Er is een probleem", page.QuerySelector("[data-error-summary] [role=alert] h2")?.TextContent);
        Assert.Equal("-1", page.QuerySelector("[data-error-summary]")?.GetAttribute("tabindex"));
        AssertSummaryLeadsToTheFields(page);
        Assert.Contains(page.QuerySelectorAll("[data-error-summary] li a"), a => a.GetAttribute("href") == "#Input_Gender" && a.TextContent == "Kies het geslacht.");
    }

    [Fact]
    public async Task AValidForm_HasNoSummaryAndNoFoutInTheTitle()
    {
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);

        var (_, page) = await client.GetPageAsync("/Dossiers/Register");

        Assert.DoesNotContain("Fout", page.Title, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("[data-error-summary]"));
    }

    [Theory]
    [InlineData("nl", "Fout: ", "Er is een probleem", "Vul je wachtwoord in.")]
    [InlineData("en", "Error: ", "There is a problem", "Enter your password.")]
    [InlineData("fr", "Erreur : ", "Il y a un problème", "Saisissez votre mot de passe.")]
    [InlineData("ar", "خطأ: ", "هناك مشكلة", "أدخل كلمة المرور.")]
    [InlineData("uk", "Помилка: ", "Виникла проблема", "Введіть пароль.")]
    public async Task Login_EmptyForm_InTheNewcomersLanguage(string culture, string prefix, string heading, string passwordMessage)
    {
        using var client = NewcomerPortal.NewClient(factory);

        await client.Http.GetAsync(new Uri($"/Language?culture={culture}&returnUrl=%2FAccount%2FLogin", UriKind.Relative));
        var response = await client.SubmitFormAsync("/Account/Login", new Dictionary<string, string> { ["Input.Email"] = "", ["Input.Password"] = "" });
        var page = await PortalClient.ParseAsync(response);

        Assert.StartsWith(prefix, page.Title, StringComparison.Ordinal);
        Assert.Equal(heading, page.QuerySelector("[data-error-summary] h2")?.TextContent);
        Assert.Equal(passwordMessage, page.QuerySelector("[data-error-summary] a[href='#Input_Password']")?.TextContent);
        AssertSummaryLeadsToTheFields(page);
    }
}
