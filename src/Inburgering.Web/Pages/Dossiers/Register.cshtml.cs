using Inburgering.Domain.Newcomers;
using Inburgering.Domain.Organisation;
using Inburgering.Web.Infrastructure;
using Inburgering.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Inburgering.Web.Pages.Dossiers;

/// <summary>A new dossier, assigned to the case worker who registers it, in their office.</summary>
public sealed class RegisterModel(AppDbContext db, FormWriter writer, IStringLocalizer<SharedResource> localizer, TimeProvider time) : FormPageModel
{
    [BindProperty]
    public DossierInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var office = await ServingOfficeAsync(cancellationToken);
        if (office is null)
        {
            return Page();
        }

        var person = Input.ToPersonalData();
        if (person.NationalRegisterNumber is { } number
            && await db.Newcomers.AnyAsync(n => n.Person.NationalRegisterNumber == number, cancellationToken))
        {
            ModelState.AddModelError($"Input.{nameof(DossierInput.NationalRegisterNumber)}", localizer["Dossier.NationalRegisterNumberExists"]);
            return Page();
        }

        Newcomer? newcomer = null;
        if (!await writer.SaveAsync(
            this,
            () => db.Newcomers.Add(newcomer = Newcomer.Register(NewcomerId.New(), DossierNumber.Create(Random.Shared), person, Input.ToResidence(), office, User.UserId(), time.Today())),
            cancellationToken))
        {
            return Page();
        }

        TempData[StatusMessage.Key] = (office.Id == User.OfficeId()
            ? localizer["Dossier.Registered", newcomer!.Number]
            : localizer["Dossier.RegisteredAtOffice", newcomer!.Number, office.Name]).Value;
        return RedirectToPage("/Dossiers/Index", new { id = newcomer.Id.Value });
    }

    /// <summary>
    /// The office that serves the chosen municipality (the case worker's own when it is one of them). A municipality of
    /// another agency, or one no office of this agency serves, is an error on the field: the dossier belongs there.
    /// </summary>
    private async Task<Office?> ServingOfficeAsync(CancellationToken cancellationToken)
    {
        var field = $"Input.{nameof(DossierInput.Municipality)}";
        var municipality = Municipalities.Find(Input.Municipality) ?? throw new InvalidOperationException("Validated input has a known municipality.");
        var own = await db.Offices.AsNoTracking().SingleAsync(o => o.Id == User.OfficeId(), cancellationToken);
        if (municipality.Agency != own.Agency)
        {
            ModelState.AddModelError(field, localizer["Error.MunicipalityOtherAgency", municipality.Name, localizer[$"Agency.{municipality.Agency}"]]);
            return null;
        }

        var serving = await ServingOffice.FindAsync(db, municipality, own.Agency, own.Id, cancellationToken);
        if (serving is null)
        {
            ModelState.AddModelError(field, localizer["Error.MunicipalityNoOffice", municipality.Name]);
        }

        return serving;
    }
}
