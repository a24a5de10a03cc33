using FluentValidation;
using Inburgering.Web.Infrastructure;
using Inburgering.Web.Security;
using Inburgering.Web.Security.Mfa;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Inburgering.Web.Pages.Admin;

/// <summary>
/// A staff member lost their phone and their recovery codes: an administrator removes the authenticator, with a
/// reason that is kept with the administrator's name. The account's sessions end; its owner enrols again at the next
/// sign-in (a coordinator or administrator must). Newcomer accounts have no second factor and are not found here.
/// </summary>
public sealed class ResetMfaModel(AppDbContext db, UserManager<AppUser> userManager, StaffFactors factors, PortalSessions sessions, IStringLocalizer<SharedResource> localizer) : FormPageModel
{
    public sealed record EventRow(DateTime AtUtc, AccountEventKind Kind, string ByName, string? Reason);

    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = string.Empty;

    [BindProperty]
    public ResetInput Input { get; set; } = new();

    public string Name { get; private set; } = string.Empty;

    public bool Enrolled { get; private set; }

    public IReadOnlyList<EventRow> Events { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await RedisplayAsync(cancellationToken);

    public override async Task<IActionResult> RedisplayAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is not { } user)
        {
            return NotFound();
        }

        await factors.RemoveAsync(user, AccountEventKind.MfaResetByAdmin, Input.Reason.Trim());
        await sessions.EndAllAsync(user.Id, SessionEnd.SignedOutEverywhere, except: null, cancellationToken);
        TempData[StatusMessage.Key] = localizer["Mfa.ResetDone", user.DisplayName].Value;
        return RedirectToPage("/Admin/Accounts");
    }

    private async Task<AppUser?> LoadAsync(CancellationToken cancellationToken)
    {
        var user = await userManager.FindByIdAsync(Id);
        if (user is null || user.NewcomerId is not null)
        {
            return null;
        }

        Name = user.DisplayName;
        Enrolled = user.TwoFactorEnabled;
        Events = await db.AccountEvents.AsNoTracking()
            .Where(e => e.UserId == user.Id)
            .OrderByDescending(e => e.AtUtc)
            .Take(20)
            .Select(e => new EventRow(e.AtUtc, e.Kind, e.ByName, e.Reason))
            .ToListAsync(cancellationToken);
        return user;
    }

    public sealed class ResetInput
    {
        public string Reason { get; set; } = string.Empty;
    }

    public sealed class ResetValidator : AbstractValidator<ResetInput>
    {
        public ResetValidator(IStringLocalizer<SharedResource> localizer) =>
            RuleFor(x => x.Reason).NotEmpty().WithMessage(_ => localizer["Mfa.ReasonRequired"]).MaximumLength(AccountEvent.ReasonMaxLength);
    }
}
