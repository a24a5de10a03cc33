using System.Security.Claims;
using FluentValidation;
using Inburgering.Web.Infrastructure;
using Inburgering.Web.Security;
using Inburgering.Web.Security.Mfa;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Inburgering.Web.Pages.Account;

/// <summary>
/// The second step after a right password (Identity's short-lived two-factor cookie names the account): a code from
/// the authenticator app or a recovery code. Only now does the server-side session start. Wrong codes count in the
/// same throttle as wrong passwords, per account and address, so the six digits cannot be tried through.
/// </summary>
[SignInThrottled]
public sealed class LoginWith2faModel(
    SignInManager<AppUser> signInManager,
    StaffFactors factors,
    SignInThrottle throttle,
    IStringLocalizer<SharedResource> localizer) : FormPageModel
{
    [BindProperty]
    public CodeInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signInManager.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Account/Login") : Page();

    public override async Task<IActionResult> RedisplayAsync(CancellationToken cancellationToken) =>
        await signInManager.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Account/Login") : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await signInManager.GetTwoFactorAuthenticationUserAsync() is not { } user)
        {
            return RedirectToPage("/Account/Login");
        }

        var address = HttpContext.Connection.RemoteIpAddress;
        var account = user.UserName ?? user.Id;
        var code = ReplayProtectedAuthenticator.Normalize(Input.Code);
        var blocked = await throttle.IsBlockedAsync(account, address, cancellationToken);
        var accepted = !blocked && (code.Length == 6 && code.All(char.IsAsciiDigit)
            ? await factors.VerifyCodeAsync(user, code)
            : await factors.RedeemRecoveryCodeAsync(user, Input.Code));
        if (!accepted)
        {
            if (!blocked)
            {
                await throttle.RecordFailureAsync(account, address, cancellationToken);
            }

            ModelState.AddModelError("Input.Code", localizer["Mfa.CodeWrong"]);
            Input.Code = string.Empty;
            return Page();
        }

        await throttle.ForgetFailuresAsync(account, address, cancellationToken);
        await HttpContext.SignOutAsync(IdentityConstants.TwoFactorUserIdScheme);
        await signInManager.SignInWithClaimsAsync(user, isPersistent: false, [new Claim("amr", MfaSatisfiedRequirement.MfaMethod)]);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    }

    public sealed class CodeInput
    {
        public string Code { get; set; } = string.Empty;
    }

    public sealed class CodeValidator : AbstractValidator<CodeInput>
    {
        public CodeValidator() => RuleFor(x => x.Code).NotEmpty().MaximumLength(40);
    }
}
