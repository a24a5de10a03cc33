using Inburgering.Domain.Organisation;
using Inburgering.Domain.Trajectories;
using Inburgering.Web.Data;
using Inburgering.Web.Identity;
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
    int OverdueActions,
    int SocialOrientation,
    int DutchLanguage,
    int Work,
    int Participation);

/// <summary>
/// Caseload figures per case worker of one agency, counted in SQL (GROUP BY), never by loading dossiers.
/// </summary>
public static class TeamQuery
{
    /// <summary>A running trajectory without any action for this many days has stalled (stilgevallen).</summary>
    public const int StalledAfterDays = 30;

    public static async Task<IReadOnlyList<CaseWorkerLoad>> RunAsync(AppDbContext db, Agency agency, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var stalledBefore = today.AddDays(-StalledAfterDays);
        var monthStart = new DateOnly(today.Year, today.Month, 1);

        var caseWorkers = await (
                from user in db.Users
                join office in db.Offices on user.OfficeId equals office.Id
                join userRole in db.UserRoles on user.Id equals userRole.UserId
                join role in db.Roles on userRole.RoleId equals role.Id
                where office.Agency == agency && role.Name == Roles.CaseWorker
                select new { user.Id, user.DisplayName, Office = office.Name })
            .ToListAsync(cancellationToken);

        var loads = await (
                from n in db.Newcomers
                where n.Agency == agency
                join t in db.Trajectories.Where(t => t.Kind == TrajectoryKind.Integration) on n.Id equals t.NewcomerId into joined
                from t in joined.DefaultIfEmpty()
                group new { n, t } by n.CaseWorkerId into g
                select new
                {
                    CaseWorkerId = g.Key,
                    Dossiers = g.Count(),
                    WithoutIntake = g.Count(x => x.t == null),
                    Running = g.Count(x => x.t != null && x.t.Status == TrajectoryStatus.Running),
                    Stalled = g.Count(x => x.t != null && x.t.Status == TrajectoryStatus.Running && (x.t.LastActionOn ?? x.t.StartedOn) < stalledBefore),
                    IntakesThisMonth = g.Count(x => x.t != null && x.t.StartedOn >= monthStart),
                    SocialOrientation = g.Count(x => x.t != null && x.t.SocialOrientation.Status == TrackStatus.Running),
                    DutchLanguage = g.Count(x => x.t != null && x.t.DutchLanguage.Status == TrackStatus.Running),
                    Work = g.Count(x => x.t != null && x.t.Work.Status == TrackStatus.Running),
                    Participation = g.Count(x => x.t != null && x.t.Participation.Status == TrackStatus.Running),
                })
            .ToDictionaryAsync(x => x.CaseWorkerId, cancellationToken);

        var overdue = await (
                from a in db.FollowUpActions
                where a.Status == ActionStatus.Open && a.DueOn < today
                join t in db.Trajectories on EF.Property<Guid>(a, "TrajectoryId") equals t.Id
                join n in db.Newcomers on t.NewcomerId equals n.Id
                where n.Agency == agency
                group a by n.CaseWorkerId into g
                select new { CaseWorkerId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.CaseWorkerId, x => x.Count, cancellationToken);

        return [.. caseWorkers
            .Select(c =>
            {
                var load = loads.GetValueOrDefault(c.Id);
                return new CaseWorkerLoad(
                    c.Id,
                    c.DisplayName,
                    c.Office,
                    load?.Dossiers ?? 0,
                    load?.WithoutIntake ?? 0,
                    load?.Running ?? 0,
                    load?.Stalled ?? 0,
                    load?.IntakesThisMonth ?? 0,
                    overdue.GetValueOrDefault(c.Id),
                    load?.SocialOrientation ?? 0,
                    load?.DutchLanguage ?? 0,
                    load?.Work ?? 0,
                    load?.Participation ?? 0);
            })
            .OrderBy(c => c.Name, StringComparer.CurrentCulture)];
    }
}
