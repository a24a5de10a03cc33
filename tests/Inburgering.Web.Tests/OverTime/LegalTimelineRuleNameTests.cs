using Inburgering.Domain.Newcomers;
using Inburgering.Domain.Rules;
using Inburgering.Domain.Trajectories;
using Inburgering.Tests.Shared;
using Inburgering.Web.Tests.Dossiers;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Web.Tests.OverTime;

/// <summary>The case worker's legal timeline names each rule in Dutch, with its source and "applies from", never by its code name.</summary>
public sealed class LegalTimelineRuleNameTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private readonly DossierScenario _scenario = new(factory);

    private static DateOnly Today => DossierScenario.Today;

    /// <summary>Every rule type of the domain (the public types in the rules' namespace named …Rule or …Rules), by reflection.</summary>
    private static readonly string[] RuleTypeNames = [.. typeof(LegalTimeline).Assembly.GetExportedTypes()
        .Where(t => t.Namespace == typeof(LegalTimeline).Namespace && (t.Name.EndsWith("Rule", StringComparison.Ordinal) || t.Name.EndsWith("Rules", StringComparison.Ordinal)))
        .Select(t => t.Name)];

    /// <summary>The code names of rules (types, and the members the timeline cites) found in <paramref name="text"/>.</summary>
    private static List<string> CodeNamesIn(string text) =>
        [.. RuleTypeNames.Append(nameof(Trajectory.CertificateProgress)).Append(nameof(AgencyTransfer)).Where(name => text.Contains(name, StringComparison.Ordinal))];

    [Fact]
    public void CodeNamesIn_ATextWithARuleTypeName_FindsIt()
    {
        var found = CodeNamesIn("Regel en bron: WorkPermissionRule · KB 2 september 2018");

        Assert.Equal(["WorkPermissionRule"], found);
        Assert.Contains("ObligationRule", RuleTypeNames);
        Assert.True(RuleTypeNames.Length >= 9, string.Join(", ", RuleTypeNames));
    }

    [Fact]
    public async Task LegalTimeline_EveryKindOfEntry_NamesTheRuleInDutchWithSourceAndAppliesFrom()
    {
        var certified = await _scenario.RegisterAsync(registeredOn: Today.AddMonths(-8));
        var stopped = await _scenario.RegisterAsync(registeredOn: Today.AddMonths(-8));
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);
        foreach (var dossier in new[] { certified, stopped })
        {
            await client.SubmitFormAsync($"{dossier.Url}/Reporting", new Dictionary<string, string> { ["Input.AgencyLetterSentOn"] = DossierScenario.Iso(Today.AddMonths(-7)) }, "form[action$='handler=Letter']");
            await _scenario.StartTrajectoryAsync(dossier, intakeOn: Today.AddMonths(-6));
        }

        await _scenario.MeetAllConditionsAsync(certified);
        await _scenario.ChangeTrajectoryAsync(certified, t => t.IssueCertificate(Today, Today));
        await _scenario.ChangeTrajectoryAsync(stopped, t => t.Stop(StopReason.MovedAway, Today, Today));
        await MoveToBrusselsAsync(stopped);

        var (_, certifiedPage) = await client.GetPageAsync(certified.Url);
        using var sofie = await _scenario.LoginAsync("sofie.dubois@inburgering.test");
        var (_, movedPage) = await sofie.GetPageAsync(stopped.Url);
        var timelines = new[] { certifiedPage, movedPage }.Select(p => p.QuerySelector("[data-testid=legal-timeline]")!).ToList();
        var rules = timelines.SelectMany(t => t.QuerySelectorAll("tbody tr"))
            .GroupBy(r => r.GetAttribute("data-kind")!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().QuerySelector("[data-testid=timeline-rule]")!.TextContent.Trim(), StringComparer.Ordinal);

        Assert.Empty(timelines.SelectMany(t => CodeNamesIn(t.TextContent)));
        Assert.DoesNotContain(timelines, t => t.QuerySelector("code") is not null);
        Assert.StartsWith("Regel werkvergunning · KB 2 september 2018", rules["MayWorkFrom"], StringComparison.Ordinal);
        Assert.StartsWith("Regel inburgeringsplicht · Inburgeringsdecreet", rules["Contract"], StringComparison.Ordinal);
        Assert.EndsWith("geldt vanaf 1 mrt 2022", rules["Contract"], StringComparison.Ordinal);
        Assert.StartsWith("Regel meldingstermijn", rules["ReportDeadline"], StringComparison.Ordinal);
        Assert.StartsWith("Regel participatieplicht", rules["ParticipationDuty"], StringComparison.Ordinal);
        Assert.StartsWith("Regel bijdrage MO en NT2", rules["Fee"], StringComparison.Ordinal);
        Assert.EndsWith("geldt vanaf 1 sep 2023", rules["Fee"], StringComparison.Ordinal);
        Assert.StartsWith("Voorwaarden voor het attest", rules["Certificate"], StringComparison.Ordinal);
        Assert.StartsWith("Regel mondeling B1", rules["OralB1Due"], StringComparison.Ordinal);
        Assert.StartsWith("Stopzetting van het traject", rules["Stopped"], StringComparison.Ordinal);
        Assert.StartsWith("Overdracht na verhuis tussen gewesten · Inburgeringsdecreet", rules["Moved"], StringComparison.Ordinal);
    }

    /// <summary>An accepted transfer to Bon (the pages of the transfer are tested in TransferTests).</summary>
    private async Task MoveToBrusselsAsync(ArrangedDossier dossier)
    {
        using var db = factory.CreateDbContext();
        var newcomer = await db.Newcomers.SingleAsync(n => n.Id == dossier.Id);
        var bon = await db.Offices.SingleAsync(o => o.Name == "Bon Brussel");
        var sofie = await db.Users.Where(u => u.Email == "sofie.dubois@inburgering.test").Select(u => u.Id).SingleAsync();
        var transfer = AgencyTransfer.Request(newcomer, "Schaarbeek", Today, "Verhuisd", sofie, [], Today);
        transfer.Accept(newcomer, bon, sofie, sofie, Today);
        db.AgencyTransfers.Add(transfer);
        await db.SaveChangesAsync();
    }
}
