using Inburgering.Domain.Newcomers;
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
        var office = await db.Offices.SingleAsync(o => o.Id == User.OfficeId(), cancellationToken);
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

        TempData[StatusMessage.Key] = localizer["Dossier.Registered", newcomer!.Number].Value;
        return RedirectToPage("/Dossiers/Index", new { id = newcomer.Id.Value });
    }
}
