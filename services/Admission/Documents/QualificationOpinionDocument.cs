using System.Globalization;
using LandPlatform.Admission.Domain;
using LandPlatform.Admission.Domain.Evaluation;
using LandPlatform.Admission.Domain.Packs;
using LandPlatform.Admission.Domain.Standards;
using LandPlatform.Documents;

namespace LandPlatform.Admission.Documents;

/// <summary>
/// The qualification opinion (挂牌出让竞买资格遴选论证意见表, 《西湖区创新型产业用地管理实施细则（试行）》附件2) rendered
/// from what is stored: the applicant, the parcel, each admission condition with the committed value and its verdict
/// line, the joint review's opinions as recorded, the development bureau's opinion and the district government's.
/// Nothing on it is typed again; a clerk's screen and the printed form cannot disagree.
/// </summary>
public static class QualificationOpinionDocument
{
    private static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    // 附件2 其它条件: printed as the form prints them.
    private static readonly string[] OtherConditions =
    [
        "需符合工业项目投资政策要求。", "需符合规划及自然资源政策要求。", "需符合环保政策要求。", "符合挂牌出让文件的其它规定。",
    ];

    public static PrintableDocument Render(LandApplication a, ParcelStandard s, AdmissionPack pack)
    {
        var title = "挂牌出让竞买资格遴选论证意见表";
        var terms = s.Terms;
        var page = new HtmlPage(title)
            .Heading($"{pack.Identity.District}{title}")
            .Fields(
            [
                ("竞买申请人", $"{a.EnterpriseName}（统一社会信用代码 {a.Uscc}）"),
                ("地块编号", terms.ParcelCode),
                ("地块坐落", terms.Location),
                ("用地性质", pack.LandUse(terms.LandUse)?.Name ?? terms.LandUse),
                ("土地面积", $"{Number(terms.LandAreaM2)} 平方米"),
                ("项目名称", a.Content?.ProjectName),
                ("出让年限 / 供应方式 / 竞价方式", $"{terms.TermYears} 年 / {SupplyMode(terms.SupplyMode)} / {terms.BiddingMode}"),
                ("准入标准", $"地块准入标准 {terms.ParcelCode} 第{s.Version}版（{s.ApprovedBy} {Day(s.ApprovedAt)} 审定）"),
                ("政策依据", pack.Identity.Citation),
            ])
            .Subheading("准入条件")
            .Table(["准入条件", "承诺值", "标准", "换算", "结论", "依据"],
                (a.Evaluation?.Lines ?? []).Select(l => (IReadOnlyList<string?>)[l.Subject, l.Committed, l.Threshold, l.Conversion ?? "—", Outcome(l), l.Clause]))
            .Paragraph($"审查结论：{Verdict(a.Evaluation?.Verdict)}")
            .Fields(OtherConditions.Select((c, i) => (i == 0 ? "其它条件" : "", (string?)c)));
        foreach (var d in a.Decisions)
        {
            page.Paragraph($"区政府决定（{(d.Kind == DistrictDecision.OutputExemption ? "产出效率指标豁免" : "产业类型同意")}）{d.DocumentNumber}：{d.Reasons}（{d.DecidedBy}，{Day(d.DecidedAt)}）");
        }

        page.Subheading($"联审意见（{pack.Rules.JointReview.Convener}召集）")
            .Table(["单位", "意见人", "时间", "意见", "理由"],
                a.Opinions.Select(o => (IReadOnlyList<string?>)[o.BureauName, o.Person, Time(o.At), o.Agree ? "同意" : "不同意", o.Reasons]))
            .Subheading("遴选论证意见")
            .Fields(
            [
                ("区发改经信局遴选论证意见", Proposal(a)),
                ("区政府审查意见", a.ApprovalOpinion),
            ])
            .Signatures(
            [
                ("区发改经信局（盖章）", ProposedBy(a), ProposedOn(a)),
                ("区政府（盖章）", a.ApprovedBy, Day(a.ApprovedAt)),
            ]);
        return new PrintableDocument(title, $"遴选论证意见表-{terms.ParcelCode}-{a.Uscc}", page.ToHtml());
    }

    private static string? Proposal(LandApplication a) => a.Proposal;

    private static string? ProposedBy(LandApplication a) => a.History.LastOrDefault(h => h.Step == Domain.Applications.ApplicationStep.Propose)?.By;

    private static string? ProposedOn(LandApplication a) =>
        a.History.LastOrDefault(h => h.Step == Domain.Applications.ApplicationStep.Propose) is { } h ? Day(h.At) : null;

    private static string Outcome(VerdictLine l) => l.Outcome switch
    {
        LineOutcome.Pass => l.Kind == VerdictLine.Alternative ? "达到" : "符合",
        LineOutcome.Fail => l.Kind == VerdictLine.Alternative ? "未达到" : "不符合",
        LineOutcome.NeedsDecision => "待区政府决定",
        _ => "经区政府决定豁免",
    };

    private static string Verdict(Verdict? v) => v switch
    {
        Domain.Evaluation.Verdict.Meets => "符合准入条件",
        Domain.Evaluation.Verdict.NeedsExemption => "需经区政府决定",
        _ => "不符合准入条件",
    };

    private static string SupplyMode(string mode) => mode switch
    {
        "Grant" => "出让",
        "Lease" => "租赁",
        "LeaseThenTransfer" => "先租后让",
        _ => mode,
    };

    private static string Number(decimal value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);

    private static string? Day(DateTimeOffset? at) => at?.ToOffset(ChinaOffset).ToString("yyyy年M月d日", CultureInfo.InvariantCulture);

    private static string Time(DateTimeOffset at) => at.ToOffset(ChinaOffset).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
