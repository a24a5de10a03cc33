using Inburgering.Data.Privacy;
using Inburgering.Web.Infrastructure;
using Inburgering.Web.Privacy;
using Inburgering.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Inburgering.Web.Pages.Admin.Erasures;

/// <summary>
/// The second administrator confirms a request (four eyes): never the one who asked, only before it lapses. The
/// erasure is the retention job's anonymisation (<see cref="Anonymiser"/>), recorded on the request row.
/// </summary>
public sealed class ConfirmModel(AppDbContext db, Anonymiser anonymiser, IStringLocalizer<SharedResource> localizer, TimeProvider time) : FormPageModel
{
    [BindProperty]
    public bool Confirmed { get; set; }

    public Erasure Erasure { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is null)
        {
            return NotFound();
        }

        Refuse(await RefusalAsync(cancellationToken));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is not { } request)
        {
            return NotFound();
        }

        if (await RefusalAsync(cancellationToken) is { } refusal)
        {
            Refuse(refusal);
            return Page();
        }

        if (!Confirmed)
        {
            ModelState.AddModelError(nameof(Confirmed), localizer["Erasure.ConfirmRequired"]);
            return Page();
        }

        var now = time.UtcNow();
        request.Confirm(User.UserId(), User.DisplayName(), now);
        if (!await anonymiser.AnonymiseAsync(request.NewcomerId, time.Today(), request, cancellationToken))
        {
            // Between the check and now the dossier changed (another confirmation, a reopened trajectory).
            ModelState.AddModelError(string.Empty, localizer["Erasure.Changed"]);
            return Page();
        }

        TempData[StatusMessage.Key] = localizer["Erasure.Done", request.DossierNumber].Value;
        return RedirectToPage("/Admin/Erasures/Index");
    }

    private async Task<Erasure?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var request = await db.Erasures.SingleOrDefaultAsync(e => e.Id == id && e.Ground != ErasureGround.RetentionPeriodEnded, cancellationToken);
        if (request is not null)
        {
            Erasure = request;
        }

        return request;
    }

    /// <summary>The page's own reason to refuse, shown at the top of the form (and the button hidden).</summary>
    private async Task<string?> RefusalAsync(CancellationToken cancellationToken)
    {
        var now = time.UtcNow();
        return Erasure.StateAt(now) switch
        {
            ErasureState.Done => "Erasure.AlreadyDone",
            ErasureState.Expired => "Erasure.Expired",
            _ when Erasure.RequestedById == User.UserId() => "Erasure.NotYourOwn",
            _ => await ErasureFacts.RefusalAsync(db, Erasure.NewcomerId, now, except: Erasure.Id, cancellationToken),
        };
    }

    public bool Refused { get; private set; }

    private void Refuse(string? key)
    {
        if (key is not null)
        {
            Refused = true;
            ModelState.AddModelError(string.Empty, localizer[key]);
        }
    }
}
