namespace LandPlatform.ServiceDefaults.Security;

/// <summary>Values of the <c>role</c> claim: within a bureau a clerk prepares, a reviewer gives an opinion, a leader approves.</summary>
public static class StaffRoles
{
    public const string Clerk = "clerk";
    public const string Reviewer = "reviewer";
    public const string Leader = "leader";

    public static readonly IReadOnlyList<string> All = [Clerk, Reviewer, Leader];
}
