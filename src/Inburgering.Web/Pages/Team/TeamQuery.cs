using System.Globalization;
using Inburgering.Domain.Organisation;
using Inburgering.Domain.Trajectories;
using Inburgering.Web.Reporting;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Web.Pages.Team;

public sealed record CaseWorkerLoad(
    string CaseWorkerId,
    string Name,
    string Office,
    int Dossiers,
    int WithoutIntake,
    int Running,
    int Stalled,
    int IntakesThisMonth,
    int OverdueDossiers,
    int LateReports,
    int SocialOrientation,
    int DutchLanguage,
    int Work,
    int Participation);

/// <summary>
/// Caseload figures per case worker of one agency, counted in SQL (GROUP BY), never by loading dossiers.
/// "Overdue" counts dossiers with at least one action past its due date: the list it links to.
/// </summary>
public static class TeamQuery
{
    /// <summary>A running trajectory without any action for this many days has stalled (stilgevallen).</summary>
    public const int StalledAfterDays = 30;

    /// <summary>The overview's figures from the snapshot (ADR 0006): the overview and the stalled lists it links to share it.</summary>
    public static Task<FigureSnapshot<IReadOnlyList<CaseWorkerLoad>>> SnapshotAsync(FigureSnapshots snapshots, AppDbContext db, Agency agency, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshots);
        return snapshots.GetAsync(
            $"team|{agency}|{today:yyyy-MM-dd}|{CultureInfo.CurrentCulture.Name}",
            agency,
            token => RunAsync(db, agency, today, token),
            cancellationToken);
    }

    public static async Task<IReadOnlyList<CaseWorkerLoad>> RunAsync(AppDbContext db, Agency agency, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var stalledBefore = today.AddDays(-StalledAfterDays);
        var monthStart = new DateOnly(today.Year, today.Month, 1);

        var caseWorkers = await AgencyCaseWorkers.ListAsync(db, agency, cancellationToken);

        // Counted per case worker from two narrow tables, no join (the trajectory carries its case worker, ADR 0004).
        var dossiers = await db.Newcomers
            .Where(n => n.Agency == agency)
            .GroupBy(n => n.CaseWorkerId)
            .Select(g => new { CaseWorkerId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.CaseWorkerId, x => x.Count, cancellationToken);

        // Outside the target group there is no intake to do; a missed report deadline is overdue before any trajectory exists.
        var outOfScope = await db.Newcomers
            .Where(n => n.Agency == agency)
            .Where(Caseload.ObligationQuery.Is(Domain.Rules.ObligationClass.NotInTargetGroup, today))
            .Where(n => !db.Trajectories.Any(t => t.NewcomerId == n.Id && t.Kind == TrajectoryKind.Integration))
            .GroupBy(n => n.CaseWorkerId)
            .Select(g => new { CaseWorkerId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.CaseWorkerId, x => x.Count, cancellationToken);
        var reports = await db.Newcomers
            .Where(n => n.Agency == agency)
            .Where(Caseload.ObligationQuery.ReportedLate(today))
            .GroupBy(n => n.CaseWorkerId)
            .Select(g => new { CaseWorkerId = g.Key, Late = g.Count(), Missed = g.Count(n => n.ReportedOn == null) })
            .ToDictionaryAsync(x => x.CaseWorkerId, cancellationToken);

        var loads = await db.Trajectories
            .Where(t => t.Agency == agency && t.Kind == TrajectoryKind.Integration)
            .GroupBy(t => t.CaseWorkerId)
            .Select(g => new
            {
                CaseWorkerId = g.Key,
                WithIntake = g.Count(),
                Running = g.Count(t => t.Status == TrajectoryStatus.Running),
                Stalled = g.Count(t => t.Status == TrajectoryStatus.Running && (t.LastActionOn ?? t.StartedOn) < stalledBefore),
                Overdue = g.Count(t => t.NextDueOn < today),
                IntakesThisMonth = g.Count(t => t.StartedOn >= monthStart),
                SocialOrientation = g.Count(t => t.Status == TrajectoryStatus.Running && t.SocialOrientation.Status == TrackStatus.Running),
                DutchLanguage = g.Count(t => t.Status == TrajectoryStatus.Running && t.DutchLanguage.Status == TrackStatus.Running),
                Work = g.Count(t => t.Status == TrajectoryStatus.Running && t.Work.Status == TrackStatus.Running),
                Participation = g.Count(t => t.Status == TrajectoryStatus.Running && t.Participation.Status == TrackStatus.Running),
            })
            .ToDictionaryAsync(x => x.CaseWorkerId, cancellationToken);

        return [.. caseWorkers
            .Select(c =>
            {
                var load = loads.GetValueOrDefault(c.Id);
                var count = dossiers.GetValueOrDefault(c.Id);
                var report = reports.GetValueOrDefault(c.Id);
                return new CaseWorkerLoad(
                    c.Id,
                    c.Name,
                    c.Office,
                    count,
                    count - (load?.WithIntake ?? 0) - outOfScope.GetValueOrDefault(c.Id),
                    load?.Running ?? 0,
                    load?.Stalled ?? 0,
                    load?.IntakesThisMonth ?? 0,
                    (load?.Overdue ?? 0) + (report?.Missed ?? 0),
                    report?.Late ?? 0,
                    load?.SocialOrientation ?? 0,
                    load?.DutchLanguage ?? 0,
                    load?.Work ?? 0,
                    load?.Participation ?? 0);
            })
            .OrderBy(c => c.Name, StringComparer.CurrentCulture)];
    }
}
