using System.Linq.Expressions;
using System.Security.Claims;
using Inburgering.Domain.Newcomers;
using Inburgering.Domain.Trajectories;
using Inburgering.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Web.Pages.Dossiers;

/// <summary>
/// Reads a dossier for the dossier page in at most seven SQL commands, however many actions it holds: the dossier with its
/// enforcement notices, the counts of what else it holds, the newcomer's account and latest activation code; its
/// trajectories with their test and exam results; the open actions; one page of the timeline; one page of the
/// history; the plan changes and moved dates; the referrals with their steps. A part the counts say is empty is not
/// read. Every command is a round trip on a database server (issue 14). Starts from <see cref="DossierAccess"/>: a dossier outside the user's scope is not found.
/// </summary>
public static class DossierQuery
{
    public const int TimelinePageSize = 15;
    public const int HistorySize = 10;

    private static readonly Expression<Func<JoinedAction, ActionRow>> ToRow = x => new ActionRow(
        x.A.Id, x.T.Id, x.T.Kind, x.A.Track, x.A.Type, x.A.Partner, x.A.Date, x.A.DueOn, x.A.Status, x.A.CompletedOn, x.A.Outcome, x.A.Note, x.A.Hours, x.A.HoursConfirmedBy, x.A.HoursConfirmedByName, x.A.StartsAt, x.A.Place);

    private sealed class JoinedAction
    {
        public required FollowUpAction A { get; init; }

        public required Trajectory T { get; init; }
    }

    public static async Task<DossierView?> LoadAsync(AppDbContext db, ClaimsPrincipal user, NewcomerId id, int timelinePage, int historyPage, DateOnly today, DateTime now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var found = await db.Newcomers.AsNoTracking().ReadableBy(user)
            .Where(n => n.Id == id)
            .Select(n => new
            {
                Newcomer = n,
                CaseWorker = db.Users.Where(u => u.Id == n.CaseWorkerId).Select(u => u.DisplayName).FirstOrDefault(),
                Office = db.Offices.Where(o => o.Id == n.OfficeId).Select(o => o.Name).FirstOrDefault(),
                Enforcement = n.Enforcement.OrderBy(e => e.NotifiedOn).ToList(),

                // Scalars in the same command: on a database server each command is a round trip. The counts also
                // spare the commands of what a dossier does not have (most have no referral, transfer or plan change).
                Trajectories = db.Trajectories.Count(t => t.NewcomerId == n.Id),
                Actions = db.Trajectories.Where(t => t.NewcomerId == n.Id).SelectMany(t => t.Actions).Count(),
                OpenActions = db.Trajectories.Where(t => t.NewcomerId == n.Id).SelectMany(t => t.Actions).Count(a => a.Status == ActionStatus.Open),
                Events = db.DossierEvents.Count(e => e.NewcomerId == n.Id),
                PlanEvents = db.DossierEvents.Any(e => e.NewcomerId == n.Id && PlanHistory.Types.Contains(e.Type)),
                Referrals = db.Referrals.Any(r => r.NewcomerId == n.Id),
                Transfers = db.AgencyTransfers.Any(t => t.NewcomerId == n.Id),
                UserName = db.Users.Where(u => u.NewcomerId == n.Id).Select(u => u.UserName).FirstOrDefault(),

                // The latest activation code, one scalar each (a row taken here numbers the whole table on SQLite).
                InvitationUsed = db.Invitations.Where(i => i.NewcomerId == n.Id).OrderByDescending(i => i.CreatedAtUtc).ThenByDescending(i => i.Id).Select(i => i.UsedAtUtc).FirstOrDefault(),
                InvitationRevoked = db.Invitations.Where(i => i.NewcomerId == n.Id).OrderByDescending(i => i.CreatedAtUtc).ThenByDescending(i => i.Id).Select(i => i.RevokedAtUtc).FirstOrDefault(),
                InvitationExpires = db.Invitations.Where(i => i.NewcomerId == n.Id).OrderByDescending(i => i.CreatedAtUtc).ThenByDescending(i => i.Id).Select(i => (DateTime?)i.ExpiresAtUtc).FirstOrDefault(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return null;
        }

        var newcomer = found.Newcomer;
        var trajectories = found.Trajectories == 0 ? [] : await db.Trajectories.AsNoTracking()
            .Include(t => t.SocialOrientationTests)
            .Include(t => t.DutchExams)
            .AsSingleQuery()
            .Where(t => t.NewcomerId == id)
            .OrderBy(t => t.StartedOn)
            .ToListAsync(cancellationToken);

        var actions =
            from a in db.FollowUpActions
            join t in db.Trajectories on EF.Property<Guid>(a, "TrajectoryId") equals t.Id
            where t.NewcomerId == id
            select new JoinedAction { A = a, T = t };

        var open = found.OpenActions == 0 ? [] : await actions.Where(x => x.A.Status == ActionStatus.Open).OrderBy(x => x.A.DueOn).Select(ToRow).ToListAsync(cancellationToken);
        var total = found.Actions;
        var page = Math.Clamp(timelinePage, 1, Math.Max(1, (total + TimelinePageSize - 1) / TimelinePageSize));
        var timeline = total == 0 ? [] : await actions
            .OrderByDescending(x => x.A.Date).ThenByDescending(x => x.A.DueOn).ThenBy(x => x.A.Id)
            .Skip((page - 1) * TimelinePageSize).Take(TimelinePageSize)
            .Select(ToRow)
            .ToListAsync(cancellationToken);

        // Every change stays reachable on the dossier, a page at a time; the id orders changes saved together.
        var events = db.DossierEvents.AsNoTracking().Where(e => e.NewcomerId == id);
        var historyTotal = found.Events;
        var historyAt = Math.Clamp(historyPage, 1, Math.Max(1, (historyTotal + HistorySize - 1) / HistorySize));
        var history = historyTotal == 0 ? [] : await events
            .OrderByDescending(e => e.OccurredAtUtc).ThenBy(e => e.Id)
            .Skip((historyAt - 1) * HistorySize).Take(HistorySize)
            .Select(e => new HistoryRow(e.OccurredAtUtc, e.ActorName, e.Change))
            .ToListAsync(cancellationToken);

        var planAndMoves = found.PlanEvents ? await PlanHistory.LoadAsync(db, id, cancellationToken) : [];
        var referrals = found.Referrals ? await Pages.Referrals.ReferralRowQuery.ForNewcomerAsync(db, id, cancellationToken) : [];
        var invitation = found.InvitationExpires is { } expires ? Invitation.StateOf(found.InvitationUsed, found.InvitationRevoked, expires, now) : (InvitationState?)null;
        var access = new NewcomerAccess(found.UserName, invitation, found.InvitationExpires);
        var integration = trajectories.FirstOrDefault(t => t.Kind == TrajectoryKind.Integration);

        return new DossierView(
            new DossierHeader(newcomer.Id, newcomer.Number, newcomer.Person, newcomer.Residence, found.CaseWorker ?? string.Empty, found.Office ?? string.Empty, newcomer.RegisteredOn),
            newcomer.Obligation(today),
            newcomer.WorkPermission(today),
            new ReportDutyView(newcomer.AgencyLetterSentOn, newcomer.ReportDueOn, newcomer.ReportedOn, newcomer.ReportDuty(today)),
            [.. trajectories.Select(t => TrajectoryView.From(t, today))],
            open,
            timeline,
            total,
            page,
            history,
            historyTotal,
            historyAt,
            access,
            Editable: user.IsInRole(Roles.CaseWorker) && newcomer.CaseWorkerId == user.UserId())
        {
            NextObligationChange = newcomer.Obligations.NextChangeAfter(today),
            Anonymised = newcomer.AnonymisedOn is not null,
            HasTransfers = found.Transfers,
            Enforcement = found.Enforcement,
            Referrals = referrals,
            PlanAndMoves = planAndMoves,
            LegalTimeline = Domain.Rules.LegalTimeline.For(newcomer, integration, today),
            Fees = integration?.Fees(newcomer.FeeRegion(integration)),
        };
    }
}
