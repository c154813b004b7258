using LandPlatform.ServiceDefaults.Security;

namespace LandPlatform.DevTokenIssuer.Users;

/// <summary>
/// One person per bureau and role, the on-call operator, an auditor and two enterprises, so every
/// permission in the table can be exercised locally. Names are invented; the two codes carry valid check digits.
/// </summary>
public static class SeededUsers
{
    public const string EnterpriseAUscc = "91350100M000100Y43";
    public const string EnterpriseBUscc = "91110000802100433B";

    public static IReadOnlyList<DevUser> All { get; } =
    [
        .. Staff(Bureaus.Development, "发改经信局", "张伟", "王芳", "李强"),
        .. Staff(Bureaus.Planning, "规划和自然资源分局", "刘洋", "陈静", "杨军"),
        .. Staff(Bureaus.District, "区政府", "赵磊", "黄敏", "周涛"),
        .. Staff(Bureaus.Credit, "信用办", "吴霞", "徐斌", "孙丽"),
        .. Staff(Bureaus.Statistics, "统计局", "马超", "朱琳", "胡刚"),
        .. Staff(Bureaus.Tax, "税务局", "郭勇", "林娜", "何明"),
        .. Staff(Bureaus.Operations, "平台运维", "钱坤", "冯瑶", "蒋峰"),
        // The on-call operator the README names: looks at failed messages and replays them.
        new("operator", "韩冬（平台运维·值班）", Bureaus.Operations, StaffRoles.Clerk, null),
        new("auditor", "郑洁（审计）", Bureaus.Auditor, null, null),
        new("enterprise.a", "闽侯示范智能制造有限公司", Bureaus.Enterprise, null, EnterpriseAUscc),
        new("enterprise.b", "北京示范科技有限公司", Bureaus.Enterprise, null, EnterpriseBUscc),
    ];

    private static IEnumerable<DevUser> Staff(string bureau, string bureauName, string clerk, string reviewer, string leader) =>
    [
        new($"{bureau}.{StaffRoles.Clerk}", $"{clerk}（{bureauName}·经办）", bureau, StaffRoles.Clerk, null),
        new($"{bureau}.{StaffRoles.Reviewer}", $"{reviewer}（{bureauName}·审核）", bureau, StaffRoles.Reviewer, null),
        new($"{bureau}.{StaffRoles.Leader}", $"{leader}（{bureauName}·审批）", bureau, StaffRoles.Leader, null),
    ];
}
