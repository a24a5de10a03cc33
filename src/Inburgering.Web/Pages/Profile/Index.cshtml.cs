using FluentValidation;
using Inburgering.Web.Infrastructure;
using Inburgering.Web.Localization;
using Inburgering.Web.Security;
using Inburgering.Web.Security.Mfa;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Inburgering.Web.Pages.Profile;

/// <summary>
/// Every signed-in user's own account: change the password (which ends the account's other sessions) and sign
/// out everywhere else (a lost phone, a shared computer).
/// </summary>
public sealed class IndexModel(
    UserManager<AppUser> userManager,
    SignInManager<AppUser> signInManager,
    PortalSessions sessions,
    IStringLocalizer<SharedResource> localizer) : FormPageModel
{
    [BindProperty]
    public PasswordInput Input { get; set; } = new();

    public int OtherSessions { get; private set; }

    /// <summary>Staff may add a second factor; newcomers never get one.</summary>
    public bool MayEnrolMfa { get; private set; }

    public bool MfaEnabled { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public override async Task<IActionResult> RedisplayAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var user = await userManager.GetUserAsync(User) ?? throw new InvalidOperationException("Signed-in user not found.");
        var result = await userManager.ChangePasswordAsync(user, Input.CurrentPassword, Input.NewPassword);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? "Input.CurrentPassword" : "Input.NewPassword", error.Description);
            }

            Input = new PasswordInput();
            return await RedisplayAsync(cancellationToken);
        }

        // The new security stamp has ended every session, this one too: sign in again here only.
        await sessions.EndAllAsync(user.Id, SessionEnd.AccountChanged, except: null, cancellationToken);
        await signInManager.RefreshSignInAsync(user);
        TempData[StatusMessage.Key] = localizer["Profile.PasswordChanged"].Value;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostSignOutOthersAsync(CancellationToken cancellationToken)
    {
        var ended = await sessions.EndAllAsync(User.UserId(), SessionEnd.SignedOutEverywhere, PortalSessions.IdOf(User), cancellationToken);
        TempData[StatusMessage.Key] = localizer.Plural("Profile.OthersSignedOut", ended);
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        OtherSessions = Math.Max(0, await sessions.CountOpenAsync(User.UserId(), cancellationToken) - 1);
        MayEnrolMfa = MfaOptions.MayEnrol(User.FindAll(System.Security.Claims.ClaimTypes.Role).Select(c => c.Value));
        MfaEnabled = MayEnrolMfa && (await userManager.GetUserAsync(User))?.TwoFactorEnabled == true;
    }

    public sealed class PasswordInput
    {
        public string CurrentPassword { get; set; } = string.Empty;

        public string NewPassword { get; set; } = string.Empty;

        public string ConfirmPassword { get; set; } = string.Empty;
    }

    public sealed class PasswordValidator : AbstractValidator<PasswordInput>
    {
        public PasswordValidator(IStringLocalizer<SharedResource> localizer)
        {
            RuleFor(x => x.CurrentPassword).NotEmpty().MaximumLength(200);
            RuleFor(x => x.NewPassword).NotEmpty().MinimumLength(10).WithMessage(_ => localizer["Identity.PasswordTooShort", 10]).MaximumLength(200);
            RuleFor(x => x.ConfirmPassword).Equal(x => x.NewPassword).WithMessage(_ => localizer["Activate.PasswordsDiffer"]);
        }
    }
}
