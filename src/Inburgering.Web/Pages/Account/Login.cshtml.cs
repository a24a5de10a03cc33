using FluentValidation;
using Inburgering.Web.Security;
using Inburgering.Web.Security.Oidc;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Inburgering.Web.Pages.Account;

[SignInThrottled]
public sealed class LoginModel(QuietSignIn signIn, IOptions<OidcSettings> oidc, IStringLocalizer<SharedResource> localizer) : PageModel
{
    /// <summary>The agency's identity provider, when the portal has one: a second way in for staff.</summary>
    public OidcSettings Oidc => oidc.Value;

    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public IActionResult OnGet() => User.Identity?.IsAuthenticated == true ? RedirectToPage("/Index") : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await signIn.PasswordSignInAsync(Input.Email, Input.Password, HttpContext.Connection.RemoteIpAddress, cancellationToken);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }

        // The password was right; the session starts only after the second factor.
        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("/Account/LoginWith2fa", new { ReturnUrl });
        }

        // One message for an unknown e-mail, a wrong password and a paused account: the page must not reveal who has an account.
        ModelState.AddModelError(string.Empty, localizer["Login.Failed"]);
        Input.Password = string.Empty;
        return Page();
    }

    public sealed class LoginInput
    {
        public string Email { get; set; } = string.Empty;

        public string Password { get; set; } = string.Empty;
    }

    public sealed class LoginValidator : AbstractValidator<LoginInput>
    {
        public LoginValidator(IStringLocalizer<SharedResource> localizer)
        {
            RuleFor(x => x.Email).NotEmpty().WithName(_ => localizer["Login.UserNameOrEmail"]).MaximumLength(256);
            RuleFor(x => x.Password).NotEmpty().MaximumLength(200);
        }
    }
}
