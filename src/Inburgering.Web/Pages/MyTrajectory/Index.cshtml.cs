using Inburgering.Domain.Trajectories;
using Inburgering.Web.Data;
using Inburgering.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Web.Pages.MyTrajectory;

/// <summary>"Mijn traject": the newcomer's own four tracks, in plain language.</summary>
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public sealed record View(string FirstName, string CaseWorker, string Office, TrackView[] Tracks);

    public sealed record TrackView(TrackKind Kind, TrackStatus Status);

    public View? Trajectory { get; private set; }

    public string FirstName { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var own = await db.Newcomers.ReadableBy(User)
            .Select(n => new
            {
                n.Id,
                n.Person.FirstName,
                CaseWorker = db.Users.Where(u => u.Id == n.CaseWorkerId).Select(u => u.DisplayName).FirstOrDefault(),
                Office = db.Offices.Where(o => o.Id == n.OfficeId).Select(o => o.Name).FirstOrDefault(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (own is null)
        {
            return NotFound();
        }

        FirstName = own.FirstName;
        var tracks = await db.Trajectories
            .Where(t => t.NewcomerId == own.Id && t.Kind == TrajectoryKind.Integration)
            .Select(t => new[]
            {
                new TrackView(TrackKind.SocialOrientation, t.SocialOrientation.Status),
                new TrackView(TrackKind.DutchLanguage, t.DutchLanguage.Status),
                new TrackView(TrackKind.Work, t.Work.Status),
                new TrackView(TrackKind.Participation, t.Participation.Status),
            })
            .SingleOrDefaultAsync(cancellationToken);
        Trajectory = new View(own.FirstName, own.CaseWorker ?? string.Empty, own.Office ?? string.Empty, tracks ?? []);
        return Page();
    }
}
