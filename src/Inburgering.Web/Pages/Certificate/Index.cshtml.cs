using Inburgering.Domain.Trajectories;
using Inburgering.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Inburgering.Web.Pages.Certificate;

/// <summary>
/// Issues the attest (or a statement of effort) after an explicit confirmation: it cannot be undone
/// in the portal and starts the oral B1 deadline for obligated newcomers.
/// </summary>
public sealed class IndexModel(AppDbContext db, FormWriter writer, IStringLocalizer<SharedResource> localizer, TimeProvider time) : DossierPageModel
{
    [BindProperty]
    public bool Confirmed { get; set; }

    [BindProperty]
    public string? Motivation { get; set; }

    /// <summary>The real date of issue: an attest from before the portal keeps its own date, and the B1 deadline follows it.</summary>
    [BindProperty]
    public DateOnly? IssuedOn { get; set; }

    public CertificateProgress Progress { get; private set; } = new([]);

    public Domain.Rules.ObligationClass Obligation { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var trajectory = await LoadAsync(cancellationToken);
        IssuedOn = time.Today();
        return trajectory is null ? NotFound() : trajectory.Status != TrajectoryStatus.Running ? BackToDossier() : Page();
    }

    public Task<IActionResult> OnPostCertificateAsync(CancellationToken cancellationToken) =>
        IssueAsync(t => t.IssueCertificate(IssuedOn!.Value, time.Today()), "Certificate.Issued", cancellationToken);

    public Task<IActionResult> OnPostEffortAsync(CancellationToken cancellationToken) =>
        IssueAsync(t => t.IssueStatementOfEffort(Motivation ?? string.Empty, IssuedOn!.Value, time.Today()), "Certificate.EffortIssued", cancellationToken);

    public override async Task<IActionResult> RedisplayAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) is null ? NotFound() : Page();

    private async Task<IActionResult> IssueAsync(Action<Trajectory> issue, string confirmation, CancellationToken cancellationToken)
    {
        var trajectory = await LoadAsync(cancellationToken);
        if (trajectory is null)
        {
            return NotFound();
        }

        if (IssuedOn is null)
        {
            ModelState.AddModelError(nameof(IssuedOn), localizer["Certificate.DateRequired"]);
        }

        if (!Confirmed)
        {
            ModelState.AddModelError(nameof(Confirmed), localizer["Certificate.ConfirmRequired"]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        return await writer.SaveAsync(this, () => issue(trajectory), cancellationToken) ? BackToDossier(localizer[confirmation]) : Page();
    }

    private async Task<Trajectory?> LoadAsync(CancellationToken cancellationToken)
    {
        var trajectory = await db.LoadTrajectoryAsync(Dossier.Id, null, cancellationToken);
        if (trajectory is not null)
        {
            var today = time.Today();
            Progress = trajectory.CertificateProgress(today);
            Obligation = trajectory.ObligationOn(today);
        }

        return trajectory;
    }
}
