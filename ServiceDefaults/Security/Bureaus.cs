namespace LandPlatform.ServiceDefaults.Security;

/// <summary>Values of the <c>bureau</c> claim (ARCHITECTURE.md, "Who uses it").</summary>
public static class Bureaus
{
    /// <summary>发改经信局: admission review, monitoring, assessments.</summary>
    public const string Development = "development";

    /// <summary>规划和自然资源分局: prices, land contracts, recovery.</summary>
    public const string Planning = "planning";

    /// <summary>区政府/管委会: approvals, supervision contracts.</summary>
    public const string District = "district";

    /// <summary>信用办: listings, objections, delisting.</summary>
    public const string Credit = "credit";

    /// <summary>统计局: confirms reported indicators.</summary>
    public const string Statistics = "statistics";

    /// <summary>税务局: confirms reported indicators.</summary>
    public const string Tax = "tax";

    /// <summary>
    /// Platform operations (运维): the people on call for the platform itself. Staff like the bureaus (a person in
    /// a role, every action recorded) so the reviewed grants apply unchanged; they read what every bureau reads
    /// (ARCHITECTURE.md: "auditors and operators read everything") and alone may replay failed messages.
    /// </summary>
    public const string Operations = "operations";

    /// <summary>An enterprise's own user; always carries <c>uscc</c>.</summary>
    public const string Enterprise = "enterprise";

    /// <summary>Reads everything, writes nothing.</summary>
    public const string Auditor = "auditor";

    /// <summary>A platform service calling another (client credentials), never a person.</summary>
    public const string Service = "service";

    /// <summary>Bureaus whose people are staff with a <see cref="StaffRoles">role</see>.</summary>
    public static readonly IReadOnlyList<string> Staff = [Development, Planning, District, Credit, Statistics, Tax, Operations];

    public static readonly IReadOnlyList<string> All = [.. Staff, Enterprise, Auditor, Service];

    public static bool IsStaff(string? bureau) => bureau is not null && Staff.Contains(bureau);
}
