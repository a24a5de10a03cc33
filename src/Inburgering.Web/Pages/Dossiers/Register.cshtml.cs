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

/// <summary>A new dossier, assigned to the case worker who registers it, in their office.</summary>
public sealed class RegisterModel(AppDbContext db, IValidator<DossierInput> validator, IStringLocalizer<SharedResource> localizer, TimeProvider time) : PageModel
{
    [BindProperty]
    public DossierInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid(validator, Input))
        {
            return Page();
        }

        var office = await db.Offices.SingleAsync(o => o.Id == User.OfficeId(), cancellationToken);
        var person = Input.ToPersonalData();
        if (person.NationalRegisterNumber is { } number
            && await db.Newcomers.AnyAsync(n => n.Person.NationalRegisterNumber == number, cancellationToken))
        {
            ModelState.AddModelError($"Input.{nameof(DossierInput.NationalRegisterNumber)}", localizer["Dossier.NationalRegisterNumberExists"]);
            return Page();
        }

        try
        {
            var newcomer = Newcomer.Register(NewcomerId.New(), DossierNumber.Create(Random.Shared), person, Input.ToResidence(), office, User.UserId(), time.Today());
            db.Newcomers.Add(newcomer);
            await db.SaveChangesAsync(cancellationToken);
            TempData[StatusMessage.Key] = localizer["Dossier.Registered", newcomer.Number].Value;
            return Redirect($"/Dossiers/{newcomer.Id}");
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(ex, localizer, FieldKey(ex.Code));
            return Page();
        }
    }

    private static string FieldKey(string code) => DossierInput.FieldFor(code) is { Length: > 0 } field ? $"Input.{field}" : string.Empty;
}
