using System.Security.Claims;
using System.Text;
using FluentValidation;
using Inburgering.Web.Infrastructure;
using Inburgering.Web.Security;
using Inburgering.Web.Security.Mfa;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using QRCoder;

namespace Inburgering.Web.Pages.Profile;

/// <summary>
/// A staff member's second factor: enrol an authenticator app (QR code or the key typed in, then a first code), see
/// the ten recovery codes once, make new ones, or remove the app (a coordinator or administrator is then sent straight
/// back here). A user whose role requires MFA and who has none can open only this page.
/// </summary>
public sealed class MfaModel(
    UserManager<AppUser> userManager,
    SignInManager<AppUser> signInManager,
    StaffFactors factors,
    PortalSessions sessions,
    IStringLocalizer<SharedResource> localizer) : FormPageModel
{
    private const string RecoveryCodesKey = "Mfa.RecoveryCodes";

    [BindProperty]
    public CodeInput Input { get; set; } = new();

    public bool Enrolled { get; private set; }

    public bool EnrolmentDue { get; private set; }

    public string? SharedKey { get; private set; }

    public string? QrCodeDataUri { get; private set; }

    public int RecoveryCodesLeft { get; private set; }

    public IReadOnlyList<string> NewRecoveryCodes { get; private set; } = [];

    public async Task OnGetAsync()
    {
        NewRecoveryCodes = TempData[RecoveryCodesKey] is string[] codes ? codes : [];
        await LoadAsync(await CurrentUserAsync());
    }

    public override async Task<IActionResult> RedisplayAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(await CurrentUserAsync());
        return Page();
    }

    /// <summary>The first code from the app proves it holds the key; only then is MFA switched on.</summary>
    public async Task<IActionResult> OnPostEnrolAsync(CancellationToken cancellationToken)
    {
        var user = await CurrentUserAsync();
        if (user.TwoFactorEnabled)
        {
            return RedirectToPage();
        }

        if (await factors.EnrolAsync(user, Input.Code) is not { } codes)
        {
            return await RefuseAsync("Input.Code", cancellationToken);
        }

        await SignInAgainAsync(user, cancellationToken);
        TempData[RecoveryCodesKey] = codes.ToArray();
        TempData[StatusMessage.Key] = localizer["Mfa.Enrolled"].Value;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRecoveryCodesAsync(CancellationToken cancellationToken)
    {
        var user = await CurrentUserAsync();
        if (!user.TwoFactorEnabled || !await factors.VerifyCodeAsync(user, Input.Code))
        {
            return await RefuseAsync("Input.Code", cancellationToken);
        }

        TempData[RecoveryCodesKey] = (await factors.RenewRecoveryCodesAsync(user)).ToArray();
        await SignInAgainAsync(user, cancellationToken);
        TempData[StatusMessage.Key] = localizer["Mfa.RecoveryCodesRenewed"].Value;
        return RedirectToPage();
    }

    /// <summary>Needs a code from the app, so a browser left open cannot take the second factor off.</summary>
    public async Task<IActionResult> OnPostRemoveAsync(CancellationToken cancellationToken)
    {
        var user = await CurrentUserAsync();
        if (!user.TwoFactorEnabled || !await factors.VerifyCodeAsync(user, Input.Code))
        {
            return await RefuseAsync("Input.Code", cancellationToken);
        }

        await factors.RemoveAsync(user, AccountEventKind.MfaDisabled);
        await sessions.EndAllAsync(user.Id, SessionEnd.AccountChanged, except: null, cancellationToken);
        await signInManager.SignInWithClaimsAsync(user, isPersistent: false, [new Claim("amr", "pwd")]);
        TempData[StatusMessage.Key] = localizer["Mfa.Removed"].Value;
        return RedirectToPage();
    }

    /// <summary>Switching MFA on or new recovery codes gave the account a new stamp, which ended its sessions: this browser starts a new one, with MFA.</summary>
    private async Task SignInAgainAsync(AppUser user, CancellationToken cancellationToken)
    {
        await sessions.EndAllAsync(user.Id, SessionEnd.AccountChanged, except: null, cancellationToken);
        await signInManager.SignInWithClaimsAsync(user, isPersistent: false, [new Claim("amr", MfaSatisfiedRequirement.MfaMethod)]);
    }

    private async Task<IActionResult> RefuseAsync(string field, CancellationToken cancellationToken)
    {
        ModelState.AddModelError(field, localizer["Mfa.CodeWrong"]);
        Input = new CodeInput();
        return await RedisplayAsync(cancellationToken);
    }

    private async Task<AppUser> CurrentUserAsync() =>
        await userManager.GetUserAsync(User) ?? throw new InvalidOperationException("Signed-in user not found.");

    private async Task LoadAsync(AppUser user)
    {
        Enrolled = user.TwoFactorEnabled;
        EnrolmentDue = StaffFactors.IsEnrolmentDue(User);
        if (Enrolled)
        {
            RecoveryCodesLeft = await userManager.CountRecoveryCodesAsync(user);
            return;
        }

        var key = await factors.PendingKeyAsync(user);
        SharedKey = Grouped(key);
        var uri = $"otpauth://totp/{Uri.EscapeDataString("Inburgering:" + (user.Email ?? user.UserName))}?secret={key}&issuer=Inburgering&digits=6&period=30";
        using var data = QRCodeGenerator.GenerateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        QrCodeDataUri = "data:image/png;base64," + Convert.ToBase64String(new PngByteQRCode(data).GetGraphic(5));
    }

    /// <summary>Groups of four, lower case: easier to read aloud and type than 32 capitals in a row.</summary>
    private static string Grouped(string key)
    {
        var text = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            text.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        return text.ToString().TrimEnd().ToLowerInvariant();
    }

    public sealed class CodeInput
    {
        public string Code { get; set; } = string.Empty;
    }

    public sealed class CodeValidator : AbstractValidator<CodeInput>
    {
        public CodeValidator(IStringLocalizer<SharedResource> localizer) =>
            RuleFor(x => x.Code).NotEmpty().Must(c => ReplayProtectedAuthenticator.Normalize(c) is { Length: 6 } d && d.All(char.IsAsciiDigit))
                .WithMessage(_ => localizer["Mfa.CodeFormat"]);
    }
}
