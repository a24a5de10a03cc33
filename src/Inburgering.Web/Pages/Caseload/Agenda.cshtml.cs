using Inburgering.Domain.Trajectories;
using Inburgering.Web.Infrastructure;
using Inburgering.Web.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Web.Pages.Caseload;

/// <summary>"Mijn agenda": the open actions of the caseload, overdue first, then the coming weeks.</summary>
public sealed class AgendaModel(AppDbContext db, TimeProvider time) : PageModel
{
    public const int DaysAhead = 28;
    public const int MaxRows = 300;

    public sealed record AgendaRow(Guid NewcomerId, string Name, string Number, Guid ActionId, TrackKind Track, ActionType Type, DateOnly DueOn, string? Note);

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
                orderby a.DueOn, n.Person.LastName
                select new AgendaRow(t.NewcomerId.Value, n.Person.FirstName + " " + n.Person.LastName, n.Number, a.Id, a.Track, a.Type, a.DueOn, a.Note))
            .Take(MaxRows)
            .ToListAsync(cancellationToken);
        Reports = await db.Newcomers.EditableBy(User)
            .Where(n => n.ReportedOn == null && n.ReportDueOn != null && n.ReportDueOn <= until)
            .OrderBy(n => n.ReportDueOn).ThenBy(n => n.Person.LastName)
            .Select(n => new ReportRow(n.Id.Value, n.Person.FirstName + " " + n.Person.LastName, n.Number, n.ReportDueOn!.Value))
            .Take(MaxRows)
            .ToListAsync(cancellationToken);
    }
}
