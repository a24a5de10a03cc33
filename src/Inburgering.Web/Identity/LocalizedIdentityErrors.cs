using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Inburgering.Web.Identity;

/// <summary>Identity's messages in the user's language (the ones a user can meet on our forms).</summary>
public sealed class LocalizedIdentityErrors(IStringLocalizer<SharedResource> localizer) : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), localizer["Identity.PasswordTooShort", length]);

    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), localizer["Identity.DuplicateUserName"]);

    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), localizer["Identity.InvalidUserName"]);

    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), localizer["Identity.PasswordMismatch"]);

    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), localizer["Identity.InvalidToken"]);

    public override IdentityError DefaultError() => Error(nameof(DefaultError), localizer["Identity.DefaultError"]);

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
