using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Inburgering.Web.Identity;

/// <summary>
/// NIST SP 800-63B 3.1.1.2 and ASVS 5.0 V6.2: refuse passwords from lists of commonly used ones and passwords
/// made of the user's own data (name, user name, e-mail). Composition rules are left out on purpose.
/// </summary>
public sealed class PasswordPolicy(IStringLocalizer<SharedResource> localizer) : IPasswordValidator<AppUser>
{
    /// <summary>Parts of a user's data shorter than this are too common to refuse ("an", "li").</summary>
    private const int MinimumOwnDataLength = 4;

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (string.IsNullOrEmpty(password))
        {
            return Task.FromResult(IdentityResult.Success);
        }

        var folded = Fold(password);
        if (CommonPasswords.Contains(folded) || CommonPasswords.Contains(folded.TrimEnd('!', '.', '1', '2', '3', '0')))
        {
            return Task.FromResult(IdentityResult.Failed(new IdentityError { Code = "PasswordTooCommon", Description = localizer["Identity.PasswordTooCommon"] }));
        }

        // The part before '@' only: an organisation's domain is shared by everyone, not personal.
        var ownData = new[] { user.UserName?.Split('@')[0], user.Email?.Split('@')[0], user.DisplayName }
            .SelectMany(value => (value ?? string.Empty).Split([' ', '.', '-', '_', '@'], StringSplitOptions.RemoveEmptyEntries))
            .Select(Fold)
            .Where(part => part.Length >= MinimumOwnDataLength);
        return Task.FromResult(ownData.Any(part => folded.Contains(part, StringComparison.Ordinal))
            ? IdentityResult.Failed(new IdentityError { Code = "PasswordContainsUserData", Description = localizer["Identity.PasswordContainsUserData"] })
            : IdentityResult.Success);
    }

    private static string Fold(string value) => value.Trim().ToLowerInvariant();

    /// <summary>
    /// Frequently breached passwords of the allowed length (10+) and their Dutch and Flemish variants; a longer
    /// list can replace this one without a code change elsewhere.
    /// </summary>
    private static readonly HashSet<string> CommonPasswords = new(StringComparer.Ordinal)
    {
        "1234567890", "0123456789", "12345678910", "123456789a", "1q2w3e4r5t", "1qaz2wsx3edc", "qwertyuiop", "azertyuiop",
        "password", "password1", "password12", "password123", "password1234", "passw0rd123", "wachtwoord", "wachtwoord1",
        "wachtwoord12", "wachtwoord123", "motdepasse", "motdepasse1", "motdepasse123", "iloveyou12", "iloveyou123",
        "welkom1234", "welkom12345", "welcome123", "welcome1234", "bienvenue1", "bienvenue123", "letmein123",
        "administrator", "admin12345", "admin123456", "abcdefghij", "abcd123456", "abc1234567", "aaaaaaaaaa",
        "1111111111", "0000000000", "9876543210", "qwerty1234", "qwerty12345", "qwerty123456", "azerty1234",
        "azerty12345", "azerty123456", "zaq12wsxcde", "football123", "sunshine123", "princess123", "monkey12345",
        "dragon12345", "baseball123", "superman123", "starwars123", "trustno1234", "changeme123", "changeme",
        "inburgering", "inburgering1", "inburgering123", "inburgering2026", "vlaanderen", "vlaanderen1",
        "vlaanderen123", "antwerpen123", "brussel123", "bruxelles123", "belgie12345", "belgique123", "zomer2026",
        "winter2026", "lente2026", "herfst2026", "januari2026", "december2026",
    };
}
