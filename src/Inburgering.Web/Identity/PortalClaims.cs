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
}

public static class Policies
{
    public const string CaseWorker = nameof(CaseWorker);
    public const string Coordinator = nameof(Coordinator);
    public const string Staff = nameof(Staff);
    public const string Newcomer = nameof(Newcomer);
    public const string Reports = nameof(Reports);
    public const string Admin = nameof(Admin);
    public const string Partner = nameof(Partner);
    public const string LocalGovernment = nameof(LocalGovernment);
    public const string Network = nameof(Network);
}
