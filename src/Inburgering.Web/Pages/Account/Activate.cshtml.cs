using FluentValidation;
using Inburgering.Web.Infrastructure;
using Inburgering.Web.Localization;
using Inburgering.Web.Mail;
using Inburgering.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Inburgering.Web.Pages.Account;

/// <summary>
/// The newcomer turns the code from the letter into an account (or a new password): valid 14 days,
/// once. No e-mail needed.
/// </summary>
[SignInThrottled]
public sealed class ActivateModel(
    AppDbContext db,
    UserManager<AppUser> userManager,
    SignInManager<AppUser> signInManager,
    FormWriter writer,
    IStringLocalizer<SharedResource> localizer,
    PortalSessions sessions,
    PortalMail mail,
    TimeProvider time) : FormPageModel
{
    [BindProperty]
    public ActivationInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var now = time.UtcNow();
        var hash = Invitation.Hash(Input.Code);
        var invitation = await db.Invitations.SingleOrDefaultAsync(i => i.CodeHash == hash, cancellationToken);
        var newcomer = invitation is null ? null : await db.Newcomers.SingleAsync(n => n.Id == invitation.NewcomerId, cancellationToken);

        // A code from a case worker who no longer has the dossier counts as revoked, whatever path moved it.
        var state = newcomer is not null && newcomer.CaseWorkerId != invitation!.CreatedById ? InvitationState.Revoked : invitation?.StateAt(now);
        if (invitation is null || newcomer is null || state != InvitationState.Open)
        {
            ModelState.AddModelError("Input.Code", localizer[$"Activate.Code{state?.ToString() ?? "Unknown"}"]);
            return Page();
        }

        var user = await userManager.Users.SingleOrDefaultAsync(u => u.NewcomerId == newcomer.Id, cancellationToken);
        var reset = user is not null;

        // Each Identity call below saves the context, and with it the redeemed code and the history line: in one
        // transaction, so a refused password or user name leaves the code usable and no half-made account behind.
        var activated = await writer.SaveInTransactionAsync(
            this,
            async _ =>
            {
                var result = user is null
                    ? await CreateAsync(user = new AppUser { UserName = Input.UserName.Trim(), DisplayName = newcomer.Person.FullName, NewcomerId = newcomer.Id, Email = null })
                    : await ResetAsync(user, now);
                foreach (var error in result.Errors)
                {
                    ModelState.AddModelError(error.Code.Contains("UserName", StringComparison.Ordinal) ? "Input.UserName" : "Input.Password", error.Description);
                }

                if (result.Succeeded)
                {
                    invitation.Redeem(user.Id, now);
                    newcomer.RecordAccountActivated(reset, invitation.CreatedByName);
                    await db.SaveChangesAsync(cancellationToken);
                }

                return result.Succeeded;
            },
            cancellationToken);
        if (!activated)
        {
            return Page();
        }

        if (reset)
        {
            // Whoever held the account before (a stolen password, a shared phone) is signed out everywhere.
            await sessions.EndAllAsync(user!.Id, SessionEnd.AccountReset, except: null, cancellationToken);
            await TellByMailAsync(newcomer, now, cancellationToken);
        }

        await signInManager.SignInAsync(user!, isPersistent: false);
        return RedirectToPage("/MyTrajectory/Index");
    }

    /// <summary>
    /// Also by e-mail when the dossier has an address, in the language of the page the code was redeemed on: the
    /// newcomer learns of a reset they did not ask for even if they never log in again. The text is the one shown on
    /// their next visit; it names the office, never the national register number.
    /// </summary>
    private async Task TellByMailAsync(Domain.Newcomers.Newcomer newcomer, DateTime now, CancellationToken cancellationToken)
    {
        if (!mail.Enabled || string.IsNullOrWhiteSpace(newcomer.Person.Email))
        {
            return;
        }

        var office = await db.Offices.Where(o => o.Id == newcomer.OfficeId).Select(o => o.Name).SingleAsync(cancellationToken);
        await mail.SendAsync(
            newcomer.Person.Email,
            localizer["Mail.ResetSubject"],
            $"{localizer["MyTrajectory.PasswordResetNotice", Format.DateTime(now, Format.Brussels), office]}\n\n{localizer["Mail.Footer"]}",
            cancellationToken);
    }

    private async Task<IdentityResult> CreateAsync(AppUser user)
    {
        var result = await userManager.CreateAsync(user, Input.Password);
        return result.Succeeded ? await userManager.AddToRoleAsync(user, Roles.Newcomer) : result;
    }

    private async Task<IdentityResult> ResetAsync(AppUser user, DateTime now)
    {
        user.PasswordResetNoticeUtc = now;
        var result = await userManager.SetUserNameAsync(user, Input.UserName.Trim());
        if (result.Succeeded)
        {
            result = await userManager.ResetPasswordAsync(user, await userManager.GeneratePasswordResetTokenAsync(user), Input.Password);
        }

        if (result.Succeeded)
        {
            await userManager.SetLockoutEndDateAsync(user, null);
            await userManager.ResetAccessFailedCountAsync(user);
        }

        return result;
    }

    public sealed class ActivationInput
    {
        public string Code { get; set; } = string.Empty;

        public string UserName { get; set; } = string.Empty;

        public string Password { get; set; } = string.Empty;

        public string ConfirmPassword { get; set; } = string.Empty;
    }

    public sealed class ActivationValidator : AbstractValidator<ActivationInput>
    {
        public ActivationValidator(IStringLocalizer<SharedResource> localizer)
        {
            RuleFor(x => x.Code).NotEmpty().MaximumLength(40);
            RuleFor(x => x.UserName).NotEmpty().Length(3, 100)
                // Staff sign in with an e-mail address; without an @ a newcomer's name can never pass for one of theirs.
                .Matches("^[A-Za-z0-9._+-]+$").WithMessage(_ => localizer["Activate.UserNameRule"]);
            RuleFor(x => x.Password).NotEmpty().MinimumLength(10).WithMessage(_ => localizer["Identity.PasswordTooShort", 10]).MaximumLength(200);
            RuleFor(x => x.ConfirmPassword).Equal(x => x.Password).WithMessage(_ => localizer["Activate.PasswordsDiffer"]);
        }
    }
}
