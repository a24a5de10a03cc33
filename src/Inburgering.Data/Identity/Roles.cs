namespace Inburgering.Data.Identity;

/// <summary>The roles of the portal's users; stored as Identity role names.</summary>
public static class Roles
{
    public const string CaseWorker = "CaseWorker";
    public const string Coordinator = "Coordinator";
    public const string Newcomer = "Newcomer";
    public const string Admin = "Admin";

    public static readonly IReadOnlyList<string> All = [CaseWorker, Coordinator, Newcomer, Admin];
}
