namespace Inburgering.Web.Identity;

/// <summary>Claims added at login so that every access check reads them without a query.</summary>
public static class PortalClaims
{
    public const string Agency = "inburgering:agency";
    public const string Office = "inburgering:office";
    public const string Newcomer = "inburgering:newcomer";
    public const string DisplayName = "inburgering:name";
    public const string Organisation = "inburgering:organisation";
    public const string Municipality = "inburgering:municipality";

    /// <summary>The server-side session this cookie belongs to (<see cref="Security.PortalSessions"/>).</summary>
    public const string Session = "inburgering:session";

    /// <summary>The role needs a second factor and the account has none yet: only the enrolment page opens.</summary>
    public const string MfaEnrolmentDue = "inburgering:mfa-due";

    /// <summary>The identity provider that signed this session in, when not the portal's own password.</summary>
    public const string IdentityProvider = "inburgering:idp";
}

public static class Policies
{
    public const string CaseWorker = nameof(CaseWorker);
    public const string Coordinator = nameof(Coordinator);
    public const string Staff = nameof(Staff);
    public const string Newcomer = nameof(Newcomer);
    public const string Reports = nameof(Reports);
    public const string Admin = nameof(Admin);

    /// <summary>Any staff member, also before their MFA enrolment (only the enrolment page uses it).</summary>
    public const string StaffEnrolment = nameof(StaffEnrolment);

    public const string Partner = nameof(Partner);
    public const string LocalGovernment = nameof(LocalGovernment);
    public const string Network = nameof(Network);
}
