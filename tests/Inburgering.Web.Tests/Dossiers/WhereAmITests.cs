using System.Net;
using AngleSharp.Dom;
using Inburgering.Tests.Shared;

namespace Inburgering.Web.Tests.Dossiers;

/// <summary>
/// "Where am I": the header marks the current section, and every page inside a dossier carries a breadcrumb with the
/// dossier's name and number and a title that says page and dossier.
/// </summary>
public sealed class WhereAmITests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private readonly DossierScenario _scenario = new(factory);

    private static IElement? CurrentMenuItem(IDocument page) => page.QuerySelector("header nav a[aria-current]");

    [Fact]
    public async Task EveryPageInsideADossier_HasBreadcrumbWithNameAndNumber_AndTitleWithPageAndDossier()
    {
        var dossier = await _scenario.RegisterAsync();
        await _scenario.StartTrajectoryAsync(dossier);
        var action = await _scenario.LogActionAsync(dossier, Domain.Trajectories.TrackKind.Work, Domain.Trajectories.ActionType.Conversation, DossierScenario.Today.AddDays(-1), done: true);
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);
        var crumb = $"{dossier.FullName} ({dossier.Number})";
        (string Path, string PageName)[] pages =
        [
            ("/Edit", "Gegevens wijzigen"),
            ("/Actions/Log", "Actie loggen"),
            ($"/Actions/{action}", "Actie"),
            ("/Exams/Dutch", "NT2-examen"),
            ("/Exams/SocialOrientation", "Test maatschappelijke oriëntatie"),
            ("/Fees/Pay", "Betaling van de bijdrage"),
            ("/Fees/Exempt", "Vrijstelling van de bijdrage"),
            ("/Situation", "Werk en studie"),
            ("/Stop", "Traject stopzetten"),
            ("/Enforcement", "Handhaving"),
            ("/Reporting", "Brief en meldingsplicht"),
            ("/Referrals", "Aanbod zoeken"),
            ("/Certificate", "Attest"),
        ];

        foreach (var (path, pageName) in pages)
        {
            var (response, page) = await client.GetPageAsync(dossier.Url + path);

            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {response.StatusCode}");
            Assert.Equal($"{pageName} – {crumb} – Inburgering", page.Title);
            var breadcrumb = page.QuerySelector("main nav[aria-label=Kruimelpad] ol");
            Assert.NotNull(breadcrumb);
            var items = breadcrumb.QuerySelectorAll("li").ToList();
            Assert.Equal(["Mijn dossiers", crumb, pageName], items.Select(li => li.TextContent.Trim()));
            Assert.Equal(dossier.Url, items[1].QuerySelector("a")?.GetAttribute("href"));
            Assert.Equal("page", items[^1].GetAttribute("aria-current"));
            Assert.Equal("/Caseload", CurrentMenuItem(page)?.GetAttribute("href"));
            Assert.Equal("true", CurrentMenuItem(page)?.GetAttribute("aria-current"));
        }
    }

    [Fact]
    public async Task DossierPage_BreadcrumbEndsWithTheDossier_TitleSaysDossier()
    {
        var dossier = await _scenario.RegisterAsync();
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);

        var (_, page) = await client.GetPageAsync(dossier.Url);

        var items = page.QuerySelectorAll("main nav[aria-label=Kruimelpad] ol li").ToList();
        Assert.Equal(["Mijn dossiers", $"{dossier.FullName} ({dossier.Number})"], items.Select(li => li.TextContent.Trim()));
        Assert.Equal("page", items[^1].GetAttribute("aria-current"));
        Assert.Equal($"Dossier – {dossier.FullName} ({dossier.Number}) – Inburgering", page.Title);
    }

    [Theory]
    [InlineData(DossierScenario.Sarah, "/Caseload", "Mijn dossiers")]
    [InlineData(DossierScenario.Sarah, "/Caseload/Agenda", "Mijn agenda")]
    [InlineData(DossierScenario.Sarah, "/Dossiers/Register", "Nieuw dossier")]
    [InlineData(DossierScenario.AtlasCoordinator, "/Team", "Team")]
    [InlineData(DossierScenario.AtlasCoordinator, "/Reports", "Rapporten")]
    [InlineData(DossierScenario.NewcomerAccount, "/MyTrajectory", "Mijn traject")]
    [InlineData(DossierScenario.NewcomerAccount, "/MyTrajectory/Data", "Mijn gegevens")]
    public async Task SectionPage_IsTheOneMenuItemMarkedAsCurrentPage(string account, string url, string item)
    {
        using var client = await _scenario.LoginAsync(account);

        var (_, page) = await client.GetPageAsync(url);

        var current = page.QuerySelectorAll("header nav a[aria-current]").ToList();
        Assert.Single(current);
        Assert.Equal(item, current[0].TextContent.Trim());
        Assert.Equal("page", current[0].GetAttribute("aria-current"));
    }

    [Fact]
    public async Task CoordinatorOnADossier_TeamIsTheCurrentSection_BreadcrumbStartsAtTheTeam()
    {
        var dossier = await _scenario.RegisterAsync();
        using var client = await _scenario.LoginAsync(DossierScenario.AtlasCoordinator);

        var (_, page) = await client.GetPageAsync(dossier.Url);

        Assert.Equal("Team", CurrentMenuItem(page)?.TextContent.Trim());
        Assert.Equal("Team", page.QuerySelector("main nav[aria-label=Kruimelpad] li a")?.TextContent.Trim());
    }
}
