using FluentValidation;
using Inburgering.Data.Audit;
using Inburgering.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Inburgering.Web.Pages.Dossiers;

/// <summary>Changes personal data and residence; a concurrent change by someone else is reported, not overwritten.</summary>
public sealed class EditModel(AppDbContext db, FormWriter writer, IStringLocalizer<SharedResource> localizer, TimeProvider time) : DossierPageModel
{
    [BindProperty]
    public DossierInput Input { get; set; } = new();

    /// <summary>The form shows the full national register number.</summary>
    public override AccessKind ReadKind => AccessKind.PersonalData;

    /// <summary>The version of the dossier the user started from.</summary>
    [BindProperty]
    public Guid Version { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var newcomer = await db.Newcomers.SingleAsync(n => n.Id == Dossier.Id, cancellationToken);
        Input = DossierInput.From(newcomer);
        Version = db.VersionOf(newcomer);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var person = Input.ToPersonalData();
        if (person.NationalRegisterNumber is { } number
            && await db.Newcomers.AnyAsync(n => n.Id != Dossier.Id && n.Person.NationalRegisterNumber == number, cancellationToken))
        {
            ModelState.AddModelError($"Input.{nameof(DossierInput.NationalRegisterNumber)}", localizer["Dossier.NationalRegisterNumberExists"]);
            return Page();
        }

        var newcomer = await db.Newcomers.SingleAsync(n => n.Id == Dossier.Id, cancellationToken);
        db.ExpectVersion(newcomer, Version);

        // Keep what the user typed; they can compare with the dossier in another tab and save again.
        var conflict = new FormConflict("Conflict.DossierForm", async ct =>
        {
            // The hidden field shows the posted value unless it is cleared: the next save must expect the new version.
            ModelState.Remove(nameof(Version));
            Version = await db.Newcomers.Where(n => n.Id == Dossier.Id).Select(n => EF.Property<Guid>(n, AppDbContext.Version)).SingleAsync(ct);
        });
        var today = time.Today();
        return await writer.SaveAsync(
            this,
            () =>
            {
                newcomer.UpdatePersonalData(person, today);
                newcomer.UpdateResidence(Input.ToResidence(), today);
            },
            cancellationToken,
            conflict)
            ? BackToDossier(localizer["Dossier.Saved"])
            : Page();
    }
}
