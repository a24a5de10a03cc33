using FluentValidation;
using Inburgering.Data.Privacy;
using Inburgering.Web.Infrastructure;
using Inburgering.Web.Localization;
using Inburgering.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Inburgering.Web.Pages.Admin.Erasures;

/// <summary>
/// The first administrator asks to erase one person, by dossier number, on a ground from a closed list (GDPR art. 17).
/// Nothing is removed until a second administrator confirms.
/// </summary>
public sealed class RequestModel(AppDbContext db, IStringLocalizer<SharedResource> localizer, TimeProvider time) : FormPageModel
{
    [BindProperty]
    public ErasureInput Input { get; set; } = new();

    public static IReadOnlyList<ErasureGround> Grounds { get; } = [.. Enum.GetValues<ErasureGround>().Where(g => g != ErasureGround.RetentionPeriodEnded)];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var now = time.UtcNow();
        var number = Input.DossierNumber.Trim();
        var id = await db.Newcomers.Where(n => n.Number == number).Select(n => (Domain.Newcomers.NewcomerId?)n.Id).SingleOrDefaultAsync(cancellationToken);
        if (await ErasureFacts.RefusalAsync(db, id, now, except: null, cancellationToken) is { } refusal)
        {
            ModelState.AddModelError("Input.DossierNumber", localizer[refusal]);
            return Page();
        }

        var request = Erasure.Request(id!.Value, number, Input.Ground!.Value, User.UserId(), User.DisplayName(), now);
        db.Erasures.Add(request);
        await db.SaveChangesAsync(cancellationToken);
        TempData[StatusMessage.Key] = localizer["Erasure.Requested", number, Format.DateTime(request.ExpiresAtUtc, Format.Brussels)].Value;
        return RedirectToPage("/Admin/Erasures/Index");
    }

    public sealed class ErasureInput
    {
        public string DossierNumber { get; set; } = string.Empty;

        public ErasureGround? Ground { get; set; }
    }

    public sealed class ErasureValidator : AbstractValidator<ErasureInput>
    {
        public ErasureValidator(IStringLocalizer<SharedResource> localizer)
        {
            RuleFor(x => x.DossierNumber).NotEmpty().MaximumLength(12);
            RuleFor(x => x.Ground).NotNull().WithMessage(_ => localizer["Erasure.GroundRequired"])
                .Must(g => g is { } ground && Grounds.Contains(ground)).WithMessage(_ => localizer["Erasure.GroundRequired"]);
        }
    }
}
