namespace LandPlatform.IntegrationContracts.PolicyPacks;

/// <summary>
/// The policy documents the platform knows, one identity each: admission, pricing and credit keep their own rules
/// from a document, and each checks at start-up that its pack file names the document exactly as here, so a pack
/// id means the same title, number, issuer, period and version in every service's answers. A new version of a
/// document (or of its reading) changes here first.
/// </summary>
public static class PolicyPackRegistry
{
    public static IReadOnlyList<PolicyPackIdentity> All { get; } =
    [
        new("beijing-shijingshan-2019", 1, "石景山区高精尖产业项目用地试点方案（中关村石景山园）", null, "北京市石景山区人民政府", "北京市石景山区",
            new DateOnly(2019, 1, 1), null, "《石景山区高精尖产业项目用地试点方案（中关村石景山园）》未载明印发日期与有效期"),
        new("beijing-lease-then-transfer-2024", 1, "北京市工业用地先租后让指导意见（试行）", null, "北京市规划和自然资源委员会", "北京市",
            new DateOnly(2024, 2, 18), new DateOnly(2029, 2, 17), "《北京市工业用地先租后让指导意见（试行）》末段 本指导意见自印发之日起生效，有效期5年。北京市规划和自然资源委员会 2024年2月18日"),
        new("tianjin-binhai-m0-2023", 1, "关于支持新型产业用地高效复合利用办法（2023年修订稿）（征求意见稿）", null, "天津市滨海新区人民政府", "天津市滨海新区",
            new DateOnly(2023, 1, 1), new DateOnly(2027, 12, 31), "《关于支持新型产业用地高效复合利用办法（2023年修订稿）（征求意见稿）》第十七条 本办法自印发之日起实施，有效期5年"),
        new("pingdingshan-shilong-2021", 1, "石龙产业集聚区用地提质增效行动方案", "平龙政办〔2021〕36号", "平顶山市石龙区人民政府办公室", "河南省平顶山市石龙区",
            new DateOnly(2021, 6, 22), null, "《平顶山市石龙区人民政府办公室关于印发产业集聚区用地提质增效行动方案的通知》（平龙政办〔2021〕36号）落款 2021年6月22日；《石龙产业集聚区用地提质增效行动方案》未规定有效期"),
        new("hangzhou-xihu-2020", 1, "西湖区创新型产业用地管理实施细则（试行）", "西政办〔2020〕7号", "杭州市西湖区人民政府办公室", "浙江省杭州市西湖区",
            new DateOnly(2020, 3, 14), new DateOnly(2021, 3, 13), "《西湖区创新型产业用地管理实施细则（试行）》第十七条 本细则自2020年3月14日起实施，试行期一年"),
    ];

    public static PolicyPackIdentity? Find(string? id) => All.FirstOrDefault(p => p.Id == id);

    /// <summary>
    /// Where a service's pack file names a registered document differently (empty when it agrees, or when the id is
    /// not a registered document, e.g. a service's own national baseline).
    /// </summary>
    public static IReadOnlyList<string> Mismatches(
        string? id, int? version, string? title, string? documentNumber, string? district, DateOnly? effectiveFrom, DateOnly? effectiveTo)
    {
        if (Find(id) is not { } known)
        {
            return [];
        }

        var problems = new List<string>();
        void Compare<T>(string field, T given, T expected)
        {
            if (!EqualityComparer<T>.Default.Equals(given, expected))
            {
                problems.Add($"{field} '{given}' differs from the platform's identity of {id}: '{expected}' (PolicyPackRegistry)");
            }
        }

        Compare("version", version, known.Version);
        Compare("title", title, known.Title);
        Compare("documentNumber", documentNumber, known.DocumentNumber);
        Compare("district", district, known.District);
        Compare("effectiveFrom", effectiveFrom, known.EffectiveFrom);
        Compare("effectiveTo", effectiveTo, known.EffectiveTo);
        return problems;
    }
}
