using System.Globalization;
using AngleSharp.Dom;
using Inburgering.DemoData;
using Inburgering.Domain.Newcomers;
using Inburgering.Domain.Organisation;
using Inburgering.Domain.Partners;
using Inburgering.Domain.Rules;
using Inburgering.Domain.Trajectories;
using Inburgering.Tests.Shared;
using Inburgering.Web.Localization;
using Inburgering.Web.Pages.Reports;
using Inburgering.Web.Tests.Database;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Inburgering.Web.Tests.Reports;

/// <summary>
/// The coordinator's figures come from snapshots (ADR 0006). These tests count every figure of the team overview and
/// the reports again the slow way — every dossier, trajectory and action loaded into memory and counted in C# — and
/// compare with what the pages show, before and after a write.
/// </summary>
public abstract class FigureEqualityTests(PortalFactory factory, Func<Task> ensureData, string password, string[] coordinators, string admin)
{
    private readonly IStringLocalizer _l = factory.Services.GetRequiredService<IStringLocalizer<SharedResource>>();

    [Fact]
    public async Task TeamOverview_EveryFigureOfEveryCaseWorker_EqualsTheSlowCount()
    {
        await ensureData();
        foreach (var coordinator in coordinators)
        {
            using var client = await LoginAsync(coordinator);
            var expected = await SlowTeamAsync(coordinator);

            var shown = await TeamPagesAsync(client);

            Assert.NotEmpty(expected);
            Assert.Equal(expected.OrderBy(e => e.Key, StringComparer.Ordinal), shown.OrderBy(s => s.Key, StringComparer.Ordinal));
        }
    }

    [Fact]
    public async Task TeamOverview_AfterAReassignment_ShowsTheNewFiguresAtOnce()
    {
        await ensureData();
        var coordinator = coordinators[0];
        using var client = await LoginAsync(coordinator);
        await TeamPagesAsync(client);
        var (dossier, receiver) = await SomeDossierAndAnotherCaseWorkerAsync(coordinator);

        var response = await client.PostWithTokenAsync("/Team/Dossiers?handler=Reassign", new Dictionary<string, string>
        {
            ["Input.Confirmed"] = "true",
            ["Input.Selected"] = dossier.ToString(),
            ["Input.CaseWorker"] = receiver,
            ["Input.Reason"] = "Gelijkmatiger verdeling",
        }, tokenPage: "/Team");
        var shown = await TeamPagesAsync(client);

        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal((await SlowTeamAsync(coordinator)).OrderBy(e => e.Key, StringComparer.Ordinal), shown.OrderBy(s => s.Key, StringComparer.Ordinal));
    }

    [Fact]
    public async Task TeamOverview_ReadFromTheSnapshot_RunsNoneOfTheTeamCounts()
    {
        await ensureData();
        using var client = await LoginAsync(coordinators[0]);
        await client.GetPageAsync("/Team");
        int teamCounts;
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var agency = await (from u in db.Users join o in db.Offices on u.OfficeId equals o.Id where u.Email == coordinators[0] select o.Agency).SingleAsync();
            factory.Commands.Reset();
            await Pages.Team.TeamQuery.RunAsync(db, agency, DateOnly.FromDateTime(factory.Time.GetUtcNow().UtcDateTime), CancellationToken.None);
            teamCounts = factory.Commands.Count;

            // As after a write in the agency: the next read counts again.
            scope.ServiceProvider.GetRequiredService<Web.Reporting.FigureSnapshots>().Changed([agency]);
        }

        factory.Commands.Reset();
        await client.GetPageAsync("/Team");
        var counting = factory.Commands.Count;
        factory.Commands.Reset();
        await client.GetPageAsync("/Team");
        var reading = factory.Commands.Count;

        Assert.True(teamCounts >= 4, $"{teamCounts} commands in the team query");
        Assert.Equal(counting - teamCounts, reading);

        // The session check only: the unusual-reading list is a snapshot too (ADR 0010).
        Assert.Equal(1, reading);
    }

    [Fact]
    public async Task StalledLists_CountAndFirstTwoPages_EqualTheSlowCountInNameOrder()
    {
        await ensureData();
        foreach (var coordinator in coordinators)
        {
            using var client = await LoginAsync(coordinator);
            var (stalled, caseWorkerOf) = await SlowStalledAsync(coordinator);
            var oneCaseWorker = caseWorkerOf.GroupBy(c => c.Value).OrderByDescending(g => g.Count()).First().Key;

            var (total, ids) = await StalledPagesAsync(client, "/Team/Dossiers?Filter.Stalled=true");
            var (oneTotal, oneIds) = await StalledPagesAsync(client, $"/Team/Dossiers?Filter.Stalled=true&Filter.CaseWorker={oneCaseWorker}");

            Assert.NotEmpty(stalled);
            Assert.Equal(stalled.Count, total);
            Assert.Equal(stalled.Take(ids.Count), ids);
            Assert.Equal(Math.Min(stalled.Count, 2 * Pages.Team.DossiersModel.PageSize), ids.Count);
            var ofOne = stalled.Where(id => caseWorkerOf[id] == oneCaseWorker).ToList();
            Assert.Equal(ofOne.Count, oneTotal);
            Assert.Equal(ofOne.Take(oneIds.Count), oneIds);
        }
    }

    [Fact]
    public async Task Reports_EveryFigureForAllAgencies_EqualsTheSlowCount()
    {
        await ensureData();
        using var client = await LoginAsync(admin);
        using var culture = new CultureScope();
        var (trajectories, offices) = await LoadAsync();
        var integration = trajectories.Where(t => t.Kind == TrajectoryKind.Integration).ToList();
        Assert.NotEmpty(integration);

        // Trajectories per agency and region.
        var perRegion = integration.GroupBy(t => $"{t.Agency} – {offices[t.OfficeId].Region}")
            .ToDictionary(g => g.Key, g => Counts(g.Count(), g.Count(t => t.Status == TrajectoryStatus.Running), g.Count(t => t.Status == TrajectoryStatus.Completed)));
        perRegion[_l["Reports.Total"]] = Counts(integration.Count, integration.Count(t => t.Status == TrajectoryStatus.Running), integration.Count(t => t.Status == TrajectoryStatus.Completed));
        var (_, page) = await client.GetPageAsync("/Reports/Trajectories");
        Assert.Equal(Sorted(perRegion), Sorted(Rows(page, "per-region", skip: 1)));

        // First actions per category.
        var withFirst = integration.Where(t => t.FirstActionCategory is not null).ToList();
        var firstActions = Enum.GetValues<ActionCategory>().ToDictionary(c => _l.Enum(c), c => Counts(withFirst.Count(t => t.FirstActionCategory == c)));
        firstActions[_l["Reports.Total"]] = Counts(withFirst.Count);
        (_, page) = await client.GetPageAsync("/Reports/FirstActions");
        Assert.Equal(Sorted(firstActions), Sorted(Rows(page, "first-actions", take: 1)));

        // Profile: perspective, gender, obligation per year, barriers.
        (_, page) = await client.GetPageAsync("/Reports/Profile");
        Assert.Equal(
            Sorted(Enum.GetValues<Perspective>().ToDictionary(p => _l.Enum(p), p => Counts(integration.Count(t => t.Intake.Perspective == p)))),
            Sorted(Rows(page, "perspective", take: 1)));
        Assert.Equal(
            Sorted(Enum.GetValues<Gender>().ToDictionary(g => _l.Enum(g), g => Counts(integration.Count(t => t.Gender == g)))),
            Sorted(Rows(page, "gender", take: 1)));
        var classes = Enum.GetValues<ObligationClass>().Where(c => c != ObligationClass.NotInTargetGroup).ToList();
        Assert.Equal(
            Sorted(integration.GroupBy(t => t.StartedOn.Year).ToDictionary(g => g.Key.ToString(CultureInfo.InvariantCulture), g => Counts([.. classes.Select(c => g.Count(t => t.Obligation == c))]))),
            Sorted(Rows(page, "obligation")));
        var barriers = new[] { Barriers.Dutch, Barriers.TimeWork, Barriers.TimeChildren, Barriers.Health, Barriers.Housing, Barriers.Mobility, Barriers.Childcare, Barriers.Legal, Barriers.Welfare };
        Assert.Equal(
            Sorted(barriers.ToDictionary(b => _l.Enum(b), b => Counts(integration.Count(t => (t.Intake.Barriers & b) != 0)))),
            Sorted(Rows(page, "barriers", take: 1)));

        // Durations: the median of the sorted list, per agency and in total.
        static string Median(List<int> days) => ReportValue.Days(
            days.Count == 0 ? null : days.Count % 2 == 1 ? days[days.Count / 2] : (days[(days.Count / 2) - 1] + days[days.Count / 2]) / 2m,
            days.Count).Display;
        string[] Durations(IReadOnlyCollection<Trajectory> items) =>
        [
            .. new Func<Trajectory, int?>[] { t => t.DaysToFirstAction, t => t.DaysToWork, t => t.DaysToCertificate }.SelectMany(select =>
            {
                var days = items.Select(select).OfType<int>().Order().ToList();
                return new[] { Median(days), ReportValue.Count(days.Count).Display };
            }),
        ];
        var durations = integration.Where(t => t.DaysToFirstAction is not null || t.DaysToWork is not null || t.DaysToCertificate is not null)
            .GroupBy(t => t.Agency).ToDictionary(g => g.Key.ToString(), g => Durations([.. g]));
        durations[_l["Reports.Total"]] = Durations(integration);
        (_, page) = await client.GetPageAsync("/Reports/Durations");
        Assert.Equal(Sorted(durations), Sorted(Rows(page, "durations")));
    }

    [Fact]
    public async Task Reports_ShowWhenTheirFiguresWereCounted_AndAReadFromTheSnapshotCountsNothing()
    {
        await ensureData();
        using var client = await LoginAsync(coordinators[0]);

        factory.Commands.Reset();
        var (_, report) = await client.GetPageAsync("/Reports/Profile?From=2020-01-01");
        var counting = factory.Commands.Texts;
        factory.Commands.Reset();
        await client.GetPageAsync("/Reports/Profile?From=2020-01-01");
        var reading = factory.Commands.Texts;
        var (_, team) = await client.GetPageAsync("/Team");

        // The first request counts the trajectories; the second sends no command but the session check, and that only
        // when this instance checked the session more than a second ago (ADR 0009).
        Assert.Contains(counting, text => text.Contains("Trajectories", StringComparison.Ordinal));
        Assert.All(reading, text => Assert.Contains("UserSessions", text, StringComparison.Ordinal));
        var now = TimeOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(factory.Time.GetUtcNow().UtcDateTime, Format.Brussels));
        foreach (var shown in new[] { report, team }.Select(p => p.QuerySelector("[data-counted-at]")!.TextContent))
        {
            var match = System.Text.RegularExpressions.Regex.Match(shown, @"^Cijfers van (\d\d:\d\d)\.");
            Assert.True(match.Success, shown);
            var minutes = (now - TimeOnly.ParseExact(match.Groups[1].Value, "HH:mm", CultureInfo.InvariantCulture)).TotalMinutes;
            Assert.InRange(minutes, 0, 2);
        }
    }

    [Fact]
    public async Task MunicipalityDashboard_EveryFigure_EqualsTheSlowCount()
    {
        await ensureData();
        var municipality = await BusiestMunicipalityAsync();
        using var client = await LocalGovernmentAsync(municipality);
        using var culture = new CultureScope();

        var (_, page) = await client.GetPageAsync("/Municipality");

        await AssertDashboardAsync(page, [municipality]);
    }

    [Fact]
    public async Task MunicipalityDashboard_AfterADossierMovesAway_ShowsTheNewFiguresOfBothMunicipalitiesAtOnce()
    {
        await ensureData();
        var from = await BusiestMunicipalityAsync();
        const string To = "Zonnebeke";
        using var fromClient = await LocalGovernmentAsync(from);
        using var toClient = await LocalGovernmentAsync(To);
        await fromClient.GetPageAsync("/Municipality");
        await toClient.GetPageAsync("/Municipality");
        NewcomerId moved;
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var today = DateOnly.FromDateTime(factory.Time.GetUtcNow().UtcDateTime);
            var newcomer = await db.Newcomers.Where(n => n.Person.Municipality == from && db.Trajectories.Any(t => t.NewcomerId == n.Id)).OrderBy(n => n.Number).FirstAsync();
            newcomer.UpdatePersonalData(newcomer.Person with { Municipality = To }, today);
            await db.SaveChangesAsync();
            moved = newcomer.Id;
        }

        using var culture = new CultureScope();
        var (_, fromPage) = await fromClient.GetPageAsync("/Municipality");
        var (_, toPage) = await toClient.GetPageAsync("/Municipality");

        await AssertDashboardAsync(fromPage, [from]);
        await AssertDashboardAsync(toPage, [To]);
        using var check = factory.CreateDbContext();
        Assert.All(await check.Trajectories.AsNoTracking().Where(t => t.NewcomerId == moved).Select(t => t.Municipality).ToListAsync(), m => Assert.Equal(To, m));
        Assert.Contains(Rows(toPage, "gender").Values, v => v[0] == "<5");
    }

    [Fact]
    public async Task NetworkReport_PerNetworkAndPerMunicipalityOfANetwork_EqualsTheSlowCount()
    {
        await ensureData();
        var network = RegionalNetworks.Of(await BusiestMunicipalityAsync())!;
        using var client = await LoginAsync(admin);
        using var culture = new CultureScope();
        var facts = await MunicipalityFactsAsync();

        var (_, all) = await client.GetPageAsync("/Reports/Municipalities");
        var (_, one) = await client.GetPageAsync($"/Reports/Municipalities?Network={Uri.EscapeDataString(network)}");

        Assert.Equal(Sorted(SlowPerArea(facts, RegionalNetworks.All.Select(n => (n.Network, n.Municipalities)))), Sorted(Rows(all, "per-area")));
        Assert.Equal(Sorted(SlowPerArea(facts, RegionalNetworks.MunicipalitiesOf(network).Select(m => (m, (IReadOnlyList<string>)[m])))), Sorted(Rows(one, "per-area")));
        await AssertDashboardAsync(one, RegionalNetworks.MunicipalitiesOf(network));
    }

    /// <summary>The dashboard's tables counted again from every row in memory, by the dossier's own municipality.</summary>
    private async Task AssertDashboardAsync(IDocument page, IReadOnlyList<string> municipalities)
    {
        var f = await MunicipalityFactsAsync();
        var people = f.Newcomers.Where(n => municipalities.Contains(n.Person.Municipality)).ToList();
        var ids = people.Select(n => n.Id).ToHashSet();
        var trajectories = f.Trajectories.Where(t => ids.Contains(t.NewcomerId)).ToList();
        var integration = trajectories.Where(t => t.Kind == TrajectoryKind.Integration).ToList();
        static bool Started(TrackStatus s) => s is TrackStatus.Running or TrackStatus.Completed;
        int[] Tracks(List<Trajectory> g) => [g.Count, g.Count(t => Started(t.SocialOrientation.Status)), g.Count(t => Started(t.DutchLanguage.Status)), g.Count(t => Started(t.Work.Status)), g.Count(t => Started(t.Participation.Status))];
        var byClass = integration.GroupBy(t => t.Obligation).ToDictionary(g => _l[$"ObligationClass.{g.Key}"].Value, g => Counts(Tracks([.. g])));
        byClass[_l["Reports.Total"]] = Counts(Tracks(integration));
        Assert.Equal(Sorted(byClass), Sorted(Rows(page, "by-class")));

        var referrals = f.Referrals.Where(r => municipalities.Contains(r.NewcomerMunicipality)).ToList();
        var statuses = Enum.GetValues<ReferralStatus>();
        var trackOf = f.Offers.ToDictionary(o => o.Id, o => o.Track);
        var perTrack = Enum.GetValues<TrackKind>().ToDictionary(k => _l[$"TrackKind.{k}"].Value, k => Counts([.. statuses.Select(s => referrals.Count(r => trackOf[r.OfferId] == k && r.Status == s))]));
        perTrack[_l["Reports.Total"]] = Counts([.. statuses.Select(s => referrals.Count(r => r.Status == s))]);
        Assert.Equal(Sorted(perTrack), Sorted(Rows(page, "referrals")));

        var confirmed = ConfirmedHours(trajectories);
        var hours = confirmed.GroupBy(h => h.By).ToDictionary(g => _l[$"Hours.ConfirmerShort.{g.Key}"].Value, g => HoursRow(g.Sum(h => h.Hours), g.Select(h => h.Newcomer).Distinct().Count()));
        var perConfirmer = confirmed.GroupBy(h => h.By).Select(g => g.Select(h => h.Newcomer).Distinct().Count()).Sum();
        hours[_l["Reports.Total"]] = HoursRow(confirmed.Sum(h => h.Hours), perConfirmer);
        Assert.Equal(Sorted(hours), Sorted(Rows(page, "hours")));

        var practice = f.Offers.Where(o => o.LanguagePractice && municipalities.Contains(o.Municipality)).ToList();
        var practiceIds = practice.Select(o => o.Id).ToHashSet();
        Assert.Equal(
            Sorted(new Dictionary<string, string[]>
            {
                [_l["Municipality.PracticeOffers"]] = [practice.Count.ToString("N0", CultureInfo.CurrentCulture)],
                [_l["Municipality.PracticePlaces"]] = [practice.Sum(o => o.Places).ToString("N0", CultureInfo.CurrentCulture)],
                [_l["Municipality.PracticeUsed"]] = Counts(f.Referrals.Count(r => practiceIds.Contains(r.OfferId) && r.Status is ReferralStatus.Started or ReferralStatus.Attended or ReferralStatus.Completed)),
            }),
            Sorted(Rows(page, "language-practice")));

        var genders = Enum.GetValues<Gender>().ToDictionary(g => _l[$"Gender.{g}"].Value, g =>
        {
            var count = people.Count(n => n.Person.Gender == g);
            return new[] { ReportValue.Count(count).Display, ReportValue.Percent(count, people.Count).Display };
        });
        Assert.Equal(Sorted(genders), Sorted(Rows(page, "gender")));
    }

    /// <summary>The main figures per area, from the rows in memory: newcomers, integration trajectories, referrals, completed, hours.</summary>
    private Dictionary<string, string[]> SlowPerArea(MunicipalityFacts f, IEnumerable<(string Area, IReadOnlyList<string> Municipalities)> areas)
    {
        var rows = new Dictionary<string, string[]>();
        foreach (var (area, members) in areas.Append((Area: _l["Reports.Total"].Value, Municipalities: (IReadOnlyList<string>)[.. areas.SelectMany(a => a.Municipalities)])))
        {
            var ids = f.Newcomers.Where(n => members.Contains(n.Person.Municipality)).Select(n => n.Id).ToHashSet();
            var trajectories = f.Trajectories.Where(t => ids.Contains(t.NewcomerId)).ToList();
            var referrals = f.Referrals.Where(r => members.Contains(r.NewcomerMunicipality)).ToList();
            var confirmed = ConfirmedHours(trajectories);
            rows[area] =
            [
                .. Counts(ids.Count, trajectories.Count(t => t.Kind == TrajectoryKind.Integration), referrals.Count, referrals.Count(r => r.Status == ReferralStatus.Completed)),
                HoursRow(confirmed.Sum(h => h.Hours), confirmed.Select(h => h.Newcomer).Distinct().Count())[0],
            ];
        }

        return rows;
    }

    private static List<(HoursConfirmer By, decimal Hours, NewcomerId Newcomer)> ConfirmedHours(List<Trajectory> trajectories) =>
        [.. trajectories.SelectMany(t => t.Actions
            .Where(a => a.Type == ActionType.ParticipationActivity && a.Status == ActionStatus.Done && a.HoursConfirmedBy is not null)
            .Select(a => (a.HoursConfirmedBy!.Value, a.Hours ?? 0, t.NewcomerId)))];

    private static string[] HoursRow(decimal hours, int people) =>
        [new ReportValue(ValueKind.Days, hours, people is > 0 and < ReportValue.Threshold).Display, ReportValue.Count(people).Display];

    private sealed record MunicipalityFacts(List<Newcomer> Newcomers, List<Trajectory> Trajectories, List<Referral> Referrals, List<Offer> Offers);

    private async Task<MunicipalityFacts> MunicipalityFactsAsync()
    {
        using var db = factory.CreateDbContext();
        return new MunicipalityFacts(
            await db.Newcomers.AsNoTracking().ToListAsync(),
            await db.Trajectories.AsNoTracking().Include(t => t.Actions).ToListAsync(),
            await db.Referrals.AsNoTracking().ToListAsync(),
            await db.Offers.AsNoTracking().ToListAsync());
    }

    private async Task<string> BusiestMunicipalityAsync()
    {
        using var db = factory.CreateDbContext();
        return (await db.Newcomers.AsNoTracking().Select(n => n.Person.Municipality).ToListAsync())
            .GroupBy(m => m).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
    }

    /// <summary>Signs in as the local government of a municipality, made for the test when the dataset has none.</summary>
    private async Task<PortalClient> LocalGovernmentAsync(string municipality)
    {
        var email = $"gemeente.{municipality.ToLowerInvariant()}@gelijk.test";
        using (var scope = factory.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<AppUser>>();
            if (await users.FindByEmailAsync(email) is null)
            {
                var user = new AppUser { UserName = email, Email = email, DisplayName = $"Gemeente {municipality}", Municipality = municipality };
                Assert.True((await users.CreateAsync(user, password)).Succeeded);
                await users.AddToRoleAsync(user, Roles.LocalGovernment);
            }
        }

        return await LoginAsync(email);
    }

    private static string[] Counts(params int[] counts) => [.. counts.Select(c => ReportValue.Count(c).Display)];

    private static List<KeyValuePair<string, string>> Sorted(Dictionary<string, string[]> rows) =>
        [.. rows.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => KeyValuePair.Create(r.Key, string.Join(" | ", r.Value)))];

    private static Dictionary<string, string[]> Rows(IDocument page, string tableId, int skip = 0, int take = int.MaxValue) =>
        page.QuerySelector($"#{tableId}")!.ParentElement!.QuerySelectorAll("tbody tr")
            .ToDictionary(r => r.QuerySelector("th")!.TextContent.Trim(), r => r.QuerySelectorAll("td").Skip(skip).Take(take).Select(td => td.TextContent.Trim()).ToArray());

    private async Task<PortalClient> LoginAsync(string email)
    {
        var client = new PortalClient(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));
        Assert.Equal(System.Net.HttpStatusCode.Redirect, (await client.LoginAsync(email, password)).StatusCode);
        return client;
    }

    /// <summary>Every row of the overview, over all its pages: name → the ten figures as shown.</summary>
    private static async Task<Dictionary<string, string>> TeamPagesAsync(PortalClient client)
    {
        var rows = new Dictionary<string, string>();
        for (var number = 1; ; number++)
        {
            var (_, page) = await client.GetPageAsync($"/Team?p={number}");
            foreach (var row in page.QuerySelectorAll("main table tbody tr"))
            {
                // A linked figure carries a hidden description after the number: the number is the first text.
                var cells = row.QuerySelectorAll("td").Skip(1).Select(td => (td.QuerySelector("a") ?? td).ChildNodes[0].TextContent.Trim());
                rows.Add(row.QuerySelector("th")!.TextContent.Trim(), string.Join(" | ", cells));
            }

            if (page.QuerySelector("main nav .pagination li:last-child a") is null)
            {
                return rows;
            }
        }
    }

    /// <summary>The overview's figures counted from the dossiers (not the trajectory's copy of the case worker) and actions.</summary>
    private async Task<Dictionary<string, string>> SlowTeamAsync(string coordinator)
    {
        using var db = factory.CreateDbContext();
        var offices = await db.Offices.AsNoTracking().ToListAsync();
        var agency = await (from u in db.Users join o in db.Offices on u.OfficeId equals o.Id where u.Email == coordinator select o.Agency).SingleAsync();
        var caseWorkerRole = await db.Roles.Where(r => r.Name == Roles.CaseWorker).Select(r => r.Id).SingleAsync();
        var caseWorkerIds = await db.UserRoles.Where(r => r.RoleId == caseWorkerRole).Select(r => r.UserId).ToListAsync();
        var users = await db.Users.AsNoTracking().ToListAsync();
        var newcomers = await db.Newcomers.AsNoTracking().ToListAsync();
        var trajectories = (await db.Trajectories.AsNoTracking().Include(t => t.Actions).ToListAsync())
            .Where(t => t.Kind == TrajectoryKind.Integration).ToDictionary(t => t.NewcomerId);

        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(factory.Time.GetUtcNow().UtcDateTime, Format.Brussels));
        var monthStart = new DateOnly(today.Year, today.Month, 1);
        var stalledBefore = today.AddDays(-Pages.Team.TeamQuery.StalledAfterDays);
        var agencyOffices = offices.Where(o => o.Agency == agency).Select(o => o.Id).ToHashSet();
        return users.Where(u => u.OfficeId is { } office && agencyOffices.Contains(office) && caseWorkerIds.Contains(u.Id)).ToDictionary(u => u.DisplayName, u =>
        {
            var dossiers = newcomers.Where(n => n.Agency == agency && n.CaseWorkerId == u.Id).ToList();
            var started = dossiers.Select(n => trajectories.GetValueOrDefault(n.Id)).OfType<Trajectory>().ToList();
            var running = started.Where(t => t.Status == TrajectoryStatus.Running).ToList();
            var notStarted = dossiers.Where(n => !trajectories.ContainsKey(n.Id)).ToList();
            int[] figures =
            [
                dossiers.Count,
                running.Count,
                notStarted.Count(n => n.Obligation(today).Class != ObligationClass.NotInTargetGroup),
                started.Count(t => t.Actions.Any(a => a.Status == ActionStatus.Open && a.DueOn < today))
                    + dossiers.Count(n => n.ReportDuty(today) == ReportDuty.Overdue),
                dossiers.Count(n => n.ReportDuty(today) is ReportDuty.Overdue or ReportDuty.ReportedLate),
                running.Count(t => (t.Actions.Where(a => a.Status == ActionStatus.Done).Select(a => (DateOnly?)a.Date).Max() ?? t.StartedOn) < stalledBefore),
                started.Count(t => t.StartedOn >= monthStart),
                running.Count(t => t.SocialOrientation.Status == TrackStatus.Running),
                running.Count(t => t.DutchLanguage.Status == TrackStatus.Running),
                running.Count(t => t.Work.Status == TrackStatus.Running),
                running.Count(t => t.Participation.Status == TrackStatus.Running),
            ];
            return string.Join(" | ", figures.Select(f => f.ToString(CultureInfo.InvariantCulture)));
        });
    }

    /// <summary>The count shown above the list and the dossiers of its first two pages (following the "next" link).</summary>
    private static async Task<(int Total, List<Guid> Ids)> StalledPagesAsync(PortalClient client, string url)
    {
        var (_, page) = await client.GetPageAsync(url);
        var total = int.Parse(System.Text.RegularExpressions.Regex.Match(page.QuerySelector("main h1 + p")!.TextContent, @"(\d+) dossiers").Groups[1].Value, CultureInfo.InvariantCulture);
        var ids = page.QuerySelectorAll("input[name='Input.Selected']").Select(i => Guid.Parse(i.GetAttribute("value")!)).ToList();
        if (page.QuerySelectorAll("main .pagination a.page-link").LastOrDefault(a => a.GetAttribute("href")!.Contains("Filter.After", StringComparison.Ordinal)) is { } next)
        {
            (_, page) = await client.GetPageAsync(next.GetAttribute("href")!.Replace("&amp;", "&", StringComparison.Ordinal));
            ids.AddRange(page.QuerySelectorAll("input[name='Input.Selected']").Select(i => Guid.Parse(i.GetAttribute("value")!)));
        }

        return (total, ids);
    }

    /// <summary>
    /// The agency's stalled dossiers counted from the actions in C#, in the order of the name itself (the complex-type
    /// columns, sorted by the database so that its collation decides, as for the page), not of the indexed copies.
    /// </summary>
    private async Task<(List<Guid> Stalled, Dictionary<Guid, string> CaseWorkerOf)> SlowStalledAsync(string coordinator)
    {
        using var db = factory.CreateDbContext();
        var agency = await (from u in db.Users join o in db.Offices on u.OfficeId equals o.Id where u.Email == coordinator select o.Agency).SingleAsync();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(factory.Time.GetUtcNow().UtcDateTime, Format.Brussels));
        var stalledBefore = today.AddDays(-Pages.Team.TeamQuery.StalledAfterDays);
        var trajectories = (await db.Trajectories.AsNoTracking().Include(t => t.Actions).ToListAsync())
            .Where(t => t.Kind == TrajectoryKind.Integration).ToDictionary(t => t.NewcomerId);
        var inNameOrder = await db.Newcomers.AsNoTracking().Where(n => n.Agency == agency)
            .OrderBy(n => n.Person.LastName).ThenBy(n => n.Person.FirstName).ThenBy(n => n.Number)
            .Select(n => new { n.Id, n.CaseWorkerId }).ToListAsync();
        var stalled = inNameOrder.Where(n => trajectories.GetValueOrDefault(n.Id) is { Status: TrajectoryStatus.Running } t
            && (t.Actions.Where(a => a.Status == ActionStatus.Done).Select(a => (DateOnly?)a.Date).Max() ?? t.StartedOn) < stalledBefore).ToList();
        return ([.. stalled.Select(n => n.Id.Value)], stalled.ToDictionary(n => n.Id.Value, n => n.CaseWorkerId));
    }

    private async Task<(NewcomerId Dossier, string Receiver)> SomeDossierAndAnotherCaseWorkerAsync(string coordinator)
    {
        using var db = factory.CreateDbContext();
        var agency = await (from u in db.Users join o in db.Offices on u.OfficeId equals o.Id where u.Email == coordinator select o.Agency).SingleAsync();
        var dossier = await db.Newcomers.Where(n => n.Agency == agency).OrderBy(n => n.Number).Select(n => new { n.Id, n.CaseWorkerId }).FirstAsync();
        var caseWorkerRole = await db.Roles.Where(r => r.Name == Roles.CaseWorker).Select(r => r.Id).SingleAsync();
        var receiver = await (
                from u in db.Users
                join o in db.Offices on u.OfficeId equals o.Id
                join r in db.UserRoles on u.Id equals r.UserId
                where o.Agency == agency && r.RoleId == caseWorkerRole && u.Id != dossier.CaseWorkerId
                orderby u.DisplayName
                select u.Id)
            .FirstAsync();
        return (dossier.Id, receiver);
    }

    private async Task<(List<Trajectory> Trajectories, Dictionary<Guid, Office> Offices)> LoadAsync()
    {
        using var db = factory.CreateDbContext();
        return (await db.Trajectories.AsNoTracking().ToListAsync(), await db.Offices.AsNoTracking().ToDictionaryAsync(o => o.Id));
    }

    /// <summary>Figures and labels as the portal writes them in Dutch, its default language.</summary>
    private sealed class CultureScope : IDisposable
    {
        private readonly CultureInfo _culture = CultureInfo.CurrentCulture;
        private readonly CultureInfo _uiCulture = CultureInfo.CurrentUICulture;

        public CultureScope()
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(Cultures.Default);
        }

        public void Dispose()
        {
            CultureInfo.CurrentCulture = _culture;
            CultureInfo.CurrentUICulture = _uiCulture;
        }
    }
}

/// <summary>The hand-built dataset whose figures are known (<see cref="KnownDatasetFactory"/>), on SQLite.</summary>
public sealed class KnownDatasetFigureTests(KnownDatasetFactory factory)
    : FigureEqualityTests(factory, factory.EnsureSeededAsync, KnownDatasetFactory.Password, [KnownDatasetFactory.CoordinatorAgII, KnownDatasetFactory.CoordinatorAtlas], KnownDatasetFactory.Admin),
    IClassFixture<KnownDatasetFactory>;

/// <summary>The demo data plus generated newcomers, on SQLite.</summary>
public sealed class GeneratedSqliteFigureTests(GeneratedDataset<PortalFactory> dataset)
    : FigureEqualityTests(dataset.Factory, dataset.EnsureGeneratedAsync, PortalClient.Password, [DemoDataSeeder.CoordinatorEmail, "hilde.vos@inburgering.test"], DemoDataSeeder.AdminEmail),
    IClassFixture<GeneratedDataset<PortalFactory>>;

/// <summary>The demo data plus generated newcomers, on PostgreSQL.</summary>
public sealed class GeneratedPostgresFigureTests(GeneratedDataset<PostgresPortalFactory> dataset)
    : FigureEqualityTests(dataset.Factory, dataset.EnsureGeneratedAsync, PortalClient.Password, [DemoDataSeeder.CoordinatorEmail, "hilde.vos@inburgering.test"], DemoDataSeeder.AdminEmail),
    IClassFixture<GeneratedDataset<PostgresPortalFactory>>;

/// <summary>A portal on the demo data plus 1,000 generated newcomers (the benchmark's generator), made once per class.</summary>
public sealed class GeneratedDataset<TFactory> : IDisposable
    where TFactory : PortalFactory, new()
{
    public const int Newcomers = 1000;

    private readonly SemaphoreSlim _once = new(1, 1);
    private bool _generated;

    public TFactory Factory { get; } = new();

    public async Task EnsureGeneratedAsync()
    {
        await _once.WaitAsync();
        try
        {
            if (!_generated)
            {
                using var scope = Factory.Services.CreateScope();
                await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().GenerateAsync(Newcomers, _ => { });
                _generated = true;
            }
        }
        finally
        {
            _once.Release();
        }
    }

    public void Dispose()
    {
        Factory.Dispose();
        _once.Dispose();
    }
}
