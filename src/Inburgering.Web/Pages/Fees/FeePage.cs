using Inburgering.Domain.Newcomers;
using Inburgering.Domain.Trajectories;
using Inburgering.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Web.Pages.Fees;

/// <summary>The two fee forms load the same things: the newcomer (whose municipality gives the region) and the integration trajectory.</summary>
public abstract class FeePage(AppDbContext db, TimeProvider time) : DossierPageModel
{
    protected AppDbContext Db { get; } = db;

    protected TimeProvider Time { get; } = time;

    public FeeStatement? Fees { get; private set; }

    protected Newcomer? Newcomer { get; private set; }

    protected Trajectory? Trajectory { get; private set; }

    public override async Task<IActionResult> RedisplayAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    /// <returns>False when the dossier has no integration trajectory with anything to pay (the page is then 404).</returns>
    protected async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Newcomer = await Db.Newcomers.SingleAsync(n => n.Id == Dossier.Id, cancellationToken);
        Trajectory = await Db.LoadTrajectoryAsync(Dossier.Id, null, cancellationToken);
        Fees = Trajectory?.Fees(Newcomer.FeeRegion(Trajectory));
        return Fees is { AnythingDue: true };
    }
}
