using System.Net;
using Inburgering.Tests.Shared;
using Inburgering.Web.Tests.Dossiers;

namespace Inburgering.Web.Tests.Network;

/// <summary>
/// The referral search from the dossier: pre-filled from the plan and the intake, an administrative radius by NIS code
/// (the demo has an Antwerp offer, one in Mortsel in the same arrondissement and one in Ghent), reading and writing.
/// </summary>
public sealed class FindOfferTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string AlfaCourse = "NT2 alfa A1 dagles (leren lezen en schrijven)";
    private const string Mortsel = "Samen koken met beeldrecepten";
    private const string Ghent = "Zondagswandeling met taalbuddy";

    private readonly DossierScenario _scenario = new(factory);

    private static List<string> Titles(AngleSharp.Dom.IDocument page) => [.. page.QuerySelectorAll("[data-offer] h3").Select(h => h.TextContent)];

    [Fact]
    public async Task Find_SomeoneLearningToReadAndWriteOnlyOnTheDutchTrack_PrefillsTheirFiltersAndShowsTheAlfaCourseOnly()
    {
        var dossier = await _scenario.RegisterAsync();
        await _scenario.StartTrajectoryAsync(dossier, participation: false, oralExam: true);
        using var sarah = await _scenario.LoginAsync(DossierScenario.Sarah);

        var (response, page) = await sarah.GetPageAsync($"{dossier.Url}/Referrals");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("DutchLanguage", page.QuerySelector("#Track option[selected]")?.GetAttribute("value"));
        Assert.Equal("A1", page.QuerySelector("#Level option[selected]")?.GetAttribute("value"));
        Assert.Equal("Antwerpen", page.QuerySelector("#Municipality option[selected]")?.GetAttribute("value"));
        Assert.True(page.QuerySelector("#LiteracyLearner")?.HasAttribute("checked"));
        Assert.Equal([AlfaCourse], Titles(page));
    }

    [Fact]
    public async Task Find_ReadingAndWritingUnticked_ShowsTheOtherA1CourseToo()
    {
        var dossier = await _scenario.RegisterAsync();
        await _scenario.StartTrajectoryAsync(dossier, participation: false, oralExam: true);
        using var sarah = await _scenario.LoginAsync(DossierScenario.Sarah);

        var (_, page) = await sarah.GetPageAsync($"{dossier.Url}/Referrals?Search=true&Track=DutchLanguage&Level=A1&Municipality=Antwerpen&Schedule=Daytime");

        Assert.Equal(["NT2 A1 dagles", AlfaCourse], Titles(page).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Find_ParticipationTrack_PrefillsDutchAndThePersonsLanguages()
    {
        var dossier = await _scenario.RegisterAsync();
        await _scenario.StartTrajectoryAsync(dossier);
        using var sarah = await _scenario.LoginAsync(DossierScenario.Sarah);

        var (_, page) = await sarah.GetPageAsync($"{dossier.Url}/Referrals");

        Assert.Equal("Participation", page.QuerySelector("#Track option[selected]")?.GetAttribute("value"));
        Assert.Equal("Nederlands, Arabisch", page.QuerySelector("#Language")?.GetAttribute("value"));
        Assert.False(page.QuerySelector("#LiteracyLearner")?.HasAttribute("checked"));
    }

    [Theory]
    [InlineData("Municipality", false, false)]
    [InlineData("Arrondissement", true, false)]
    [InlineData("Province", true, false)]
    [InlineData("Anywhere", true, true)]
    public async Task Find_WiderRadius_TakesInTheNeighbouringMunicipalityThenTheRest(string radius, bool mortsel, bool ghent)
    {
        var dossier = await _scenario.RegisterAsync();
        await _scenario.StartTrajectoryAsync(dossier);
        using var sarah = await _scenario.LoginAsync(DossierScenario.Sarah);

        var (_, page) = await sarah.GetPageAsync($"{dossier.Url}/Referrals?Search=true&Track=Participation&Municipality=Antwerpen&Radius={radius}");
        var titles = Titles(page);

        Assert.Contains("Taalcafé De Schakel", titles);
        Assert.Equal(mortsel, titles.Contains(Mortsel));
        Assert.Equal(ghent, titles.Contains(Ghent));
        if (mortsel)
        {
            Assert.Equal("Zelfde arrondissement", page.QuerySelector("[data-nearness='Arrondissement']")?.TextContent);
            Assert.True(titles.IndexOf(Mortsel) > titles.IndexOf("Taalcafé De Schakel"), "nearest first");
        }
    }

    [Fact]
    public async Task Find_ReadingAndWritingTicked_KeepsOnlyOffersThatSuitThem()
    {
        var dossier = await _scenario.RegisterAsync();
        await _scenario.StartTrajectoryAsync(dossier);
        using var sarah = await _scenario.LoginAsync(DossierScenario.Sarah);

        var (_, page) = await sarah.GetPageAsync($"{dossier.Url}/Referrals?Search=true&Track=Participation&Municipality=Antwerpen&Radius=Arrondissement&LiteracyLearner=true");

        Assert.Equal([Mortsel], Titles(page));
    }
}
