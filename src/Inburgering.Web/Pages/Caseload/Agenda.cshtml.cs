using Inburgering.Domain.Partners;
using Inburgering.Domain.Trajectories;
using Inburgering.Web.Infrastructure;
using Inburgering.Web.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Web.Pages.Caseload;

/// <summary>"Mijn agenda": the open actions of the caseload, overdue first, then the coming weeks.</summary>
public sealed class AgendaModel(AppDbContext db, TimeProvider time, IConfiguration configuration) : PageModel
{
    public const int DaysAhead = 28;

    /// <summary>How long a partner's answer or step stays on the agenda as news.</summary>
    public const int ReferralNewsDays = 14;

    public sealed record ReferralItem(Guid NewcomerId, string Name, string Offer, string Organisation, ReferralStatus Status, DateOnly SentOn, DateOnly StatusOn, bool Overdue);

    /// <summary>Referrals without an answer past <c>Partners:ReferralAnswerDays</c> (overdue), and recent answers and steps.</summary>
    public IReadOnlyList<ReferralItem> Referrals { get; private set; } = [];
    public const int MaxRows = 300;

    public sealed record AgendaRow(Guid NewcomerId, string Name, string Number, Guid ActionId, TrackKind Track, ActionType Type, DateOnly DueOn, string? Note, TimeOnly? StartsAt, string? Place);

    public sealed record ReportRow(Guid NewcomerId, string Name, string Number, DateOnly DueOn);

    public IReadOnlyList<AgendaRow> Rows { get; private set; } = [];

    /// <summary>Newcomers who still have to report to the agency, by deadline (a missed one is overdue).</summary>
    public IReadOnlyList<ReportRow> Reports { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Today = time.Today();
        var until = Today.AddDays(DaysAhead);
        Rows = await (
                from a in db.FollowUpActions
                join t in db.Trajectories on EF.Property<Guid>(a, "TrajectoryId") equals t.Id
                join n in db.Newcomers.EditableBy(User) on t.NewcomerId equals n.Id
                where a.Status == ActionStatus.Open && a.DueOn <= until && t.Status == TrajectoryStatus.Running
                orderby a.DueOn, a.StartsAt, n.Person.LastName
                select new AgendaRow(t.NewcomerId.Value, n.Person.FirstName + " " + n.Person.LastName, n.Number, a.Id, a.Track, a.Type, a.DueOn, a.Note, a.StartsAt, a.Place))
            .Take(MaxRows)
            .ToListAsync(cancellationToken);
        Reports = await db.Newcomers.EditableBy(User)
            .Where(n => n.ReportedOn == null && n.ReportDueOn != null && n.ReportDueOn <= until)
            .OrderBy(n => n.ReportDueOn).ThenBy(n => n.Person.LastName)
            .Select(n => new ReportRow(n.Id.Value, n.Person.FirstName + " " + n.Person.LastName, n.Number, n.ReportDueOn!.Value))
            .Take(MaxRows)
            .ToListAsync(cancellationToken);
        var answerBy = Today.AddDays(-Pages.Referrals.ReferralRules.AnswerDays(configuration));
        var newsSince = Today.AddDays(-ReferralNewsDays);
        Referrals = await (
                from r in db.Referrals
                join n in db.Newcomers.EditableBy(User) on r.NewcomerId equals n.Id
                join o in db.Offers on r.OfferId equals o.Id
                join g in db.Organisations on r.OrganisationId equals g.Id
                where (r.Status == ReferralStatus.Sent && r.SentOn < answerBy) || (r.Status != ReferralStatus.Sent && r.StatusOn >= newsSince)
                orderby r.Status == ReferralStatus.Sent descending, r.StatusOn descending, n.Person.LastName
                select new ReferralItem(n.Id.Value, n.Person.FirstName + " " + n.Person.LastName, o.Title, g.Name, r.Status, r.SentOn, r.StatusOn, r.Status == ReferralStatus.Sent))
            .Take(MaxRows)
            .ToListAsync(cancellationToken);
    }
}
