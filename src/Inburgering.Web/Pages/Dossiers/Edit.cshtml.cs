using FluentValidation;
using Inburgering.Domain.Common;
using Inburgering.Domain.Newcomers;
using Inburgering.Web.Infrastructure;
using Inburgering.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Inburgering.Web.Pages.Dossiers;

/// <summary>Changes personal data and residence; a concurrent change by someone else is reported, not overwritten.</summary>
public sealed class EditModel(AppDbContext db, IValidator<DossierInput> validator, IStringLocalizer<SharedResource> localizer, TimeProvider time) : PageModel
{
    [BindProperty]
    public DossierInput Input { get; set; } = new();

    /// <summary>The version of the dossier the user started from.</summary>
    [BindProperty]
    public Guid Version { get; set; }

    public string FullName { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var newcomer = await FindAsync(id, cancellationToken);
        if (newcomer is null)
        {
            return NotFound();
        }

        Input = DossierInput.From(newcomer);
        Version = db.VersionOf(newcomer);
        FullName = newcomer.Person.FullName;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var newcomer = await FindAsync(id, cancellationToken);
        if (newcomer is null)
        {
            return NotFound();
        }

        FullName = newcomer.Person.FullName;
        if (!ModelState.IsValid(validator, Input))
        {
            return Page();
        }

        var person = Input.ToPersonalData();
        if (person.NationalRegisterNumber is { } number
            && await db.Newcomers.AnyAsync(n => n.Id != newcomer.Id && n.Person.NationalRegisterNumber == number, cancellationToken))
        {
            ModelState.AddModelError($"Input.{nameof(DossierInput.NationalRegisterNumber)}", localizer["Dossier.NationalRegisterNumberExists"]);
            return Page();
        }

        try
        {
            var today = time.Today();
            newcomer.UpdatePersonalData(person, today);
            newcomer.UpdateResidence(Input.ToResidence(), today);
            db.ExpectVersion(newcomer, Version);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(ex, localizer, DossierInput.FieldFor(ex.Code) is { Length: > 0 } field ? $"Input.{field}" : string.Empty);
            return Page();
        }
        catch (DbUpdateConcurrencyException)
        {
            // Keep what the user typed; they can compare with the dossier in another tab and save again.
            ModelState.AddModelError(string.Empty, localizer["Conflict.DossierForm"]);
            // The hidden field shows the posted value unless it is cleared: the next save must expect the new version.
            ModelState.Remove(nameof(Version));
            Version = await db.Newcomers.Where(n => n.Id == newcomer.Id).Select(n => EF.Property<Guid>(n, AppDbContext.Version)).SingleAsync(cancellationToken);
            return Page();
        }

        TempData[StatusMessage.Key] = localizer["Dossier.Saved"].Value;
        return Redirect($"/Dossiers/{id}");
    }

    private Task<Newcomer?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        var newcomerId = new NewcomerId(id);
        return db.Newcomers.EditableBy(User).SingleOrDefaultAsync(n => n.Id == newcomerId, cancellationToken);
    }
}
