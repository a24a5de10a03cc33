namespace Inburgering.Data.Identity;

/// <summary>The roles of the portal's users; stored as Identity role names.</summary>
public static class Roles
{
    public const string CaseWorker = "CaseWorker";
    public const string Coordinator = "Coordinator";
    public const string Newcomer = "Newcomer";
    public const string Admin = "Admin";

    /// <summary>Staff of a partner organisation: the referrals sent to it, the data shared with them.</summary>
    public const string Partner = "Partner";

    /// <summary>Staff of a local government (regierol): their municipality's figures and organisations.</summary>
    public const string LocalGovernment = "LocalGovernment";

    public static readonly IReadOnlyList<string> All = [CaseWorker, Coordinator, Newcomer, Admin, Partner, LocalGovernment];
}
