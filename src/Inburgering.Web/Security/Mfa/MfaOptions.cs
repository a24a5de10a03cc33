using System.Security.Claims;

namespace Inburgering.Web.Security.Mfa;

/// <summary>Who must sign in with a second factor (<c>Security:Mfa</c>).</summary>
public sealed class MfaOptions
{
    public const string Section = "Security:Mfa";

    /// <summary>
    /// Whether coordinators and administrators are held to MFA. Only Development may switch it off (so the README's demo
    /// accounts sign in with a password alone); everywhere else it is always on, whatever the setting says.
    /// </summary>
    public bool Enforce { get; set; } = true;

    /// <summary>Case workers read only their own caseload: their agency decides whether they need a second factor too.</summary>
    public bool RequiredForCaseWorkers { get; set; }

    /// <summary>Newcomers never: they sign in with a code from a letter and often share a phone.</summary>
    public bool IsRequiredFor(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return Enforce && (user.IsInRole(Roles.Coordinator) || user.IsInRole(Roles.Admin) || (RequiredForCaseWorkers && user.IsInRole(Roles.CaseWorker)));
    }

    public bool IsRequiredFor(IEnumerable<string> roles)
    {
        var set = roles.ToHashSet(StringComparer.Ordinal);
        return Enforce && (set.Contains(Roles.Coordinator) || set.Contains(Roles.Admin) || (RequiredForCaseWorkers && set.Contains(Roles.CaseWorker)));
    }

    /// <summary>Staff may enrol even when their role does not require it.</summary>
    public static bool MayEnrol(IEnumerable<string> roles) =>
        roles.Any(r => r is Roles.CaseWorker or Roles.Coordinator or Roles.Admin);
}
