using Inburgering.Domain.Common;
using Inburgering.Domain.Newcomers;
using Inburgering.Domain.Trajectories;
using Inburgering.Web.Infrastructure;
using Inburgering.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Inburgering.Web.Pages.Certificate;

/// <summary>
/// Issues the attest (or a statement of effort) after an explicit confirmation: it cannot be undone
/// in the portal and starts the oral B1 deadline for obligated newcomers.
/// </summary>
public sealed class IndexModel(AppDbContext db, IStringLocalizer<SharedResource> localizer, TimeProvider time) : PageModel
{
    [BindProperty]
    public bool Confirmed { get; set; }

    [BindProperty]
    public string? Motivation { get; set; }

    public string FullName { get; private set; } = string.Empty;

    public CertificateProgress Progress { get; private set; } = new([]);

    public Domain.Rules.ObligationClass Obligation { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var trajectory = await LoadAsync(id, cancellationToken);
        return trajectory is null ? NotFound() : trajectory.CertificateKind is not null ? Redirect($"/Dossiers/{id}") : Page();
    }

    public Task<IActionResult> OnPostCertificateAsync(Guid id, CancellationToken cancellationToken) =>
        IssueAsync(id, t => t.IssueCertificate(time.Today()), "Certificate.Issued", cancellationToken);

    public Task<IActionResult> OnPostEffortAsync(Guid id, CancellationToken cancellationToken) =>
        IssueAsync(id, t => t.IssueStatementOfEffort(Motivation ?? string.Empty, time.Today()), "Certificate.EffortIssued", cancellationToken);

    private async Task<IActionResult> IssueAsync(Guid id, Action<Trajectory> issue, string confirmation, CancellationToken cancellationToken)
    {
        var trajectory = await LoadAsync(id, cancellationToken);
        if (trajectory is null)
        {
            return NotFound();
        }

        if (!Confirmed)
        {
            ModelState.AddModelError(nameof(Confirmed), localizer["Certificate.ConfirmRequired"]);
            return Page();
        }

        try
        {
            issue(trajectory);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(ex, localizer, ex.Code is "MotivationRequired" or "TextTooLong" ? nameof(Motivation) : string.Empty);
            return Page();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, localizer["Conflict.Dossier"]);
            return Page();
        }

        TempData[StatusMessage.Key] = localizer[confirmation].Value;
        return Redirect($"/Dossiers/{id}");
    }

    private async Task<Trajectory?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var newcomerId = new NewcomerId(id);
        var name = await db.Newcomers.EditableNameAsync(User, newcomerId, cancellationToken);
        if (name is null)
        {
            return null;
        }

        var trajectory = await db.LoadTrajectoryAsync(newcomerId, null, cancellationToken);
        if (trajectory is not null)
        {
            FullName = name;
            Progress = trajectory.CertificateProgress();
            Obligation = trajectory.Obligation;
        }

        return trajectory;
    }
}
