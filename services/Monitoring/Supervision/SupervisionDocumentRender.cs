using System.Globalization;
using LandPlatform.Documents;
using LandPlatform.Monitoring.Domain.Indicators;
using LandPlatform.Monitoring.Domain.Supervision;

namespace LandPlatform.Monitoring.Supervision;

/// <summary>A supervision document (季度通报, 半年约谈名单, 年度考评) printed from its stored content.</summary>
public static class SupervisionDocumentRender
{
    public static PrintableDocument Render(SupervisionDocument document)
    {
        var c = document.Content;
        var name = c.Kind switch
        {
            SupervisionKind.QuarterlyBulletin => "用地提质增效季度通报",
            SupervisionKind.SemiAnnualInterviewList => "半年约谈名单",
            _ => "年度考评",
        };
        var page = new HtmlPage($"{name} {c.Period}").Heading($"{name}（{c.Period}）")
            .Fields(
            [
                ("依据", c.Clause),
                ("截至", c.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                ("在管合同", N(c.Contracts)),
                ("达标考核", $"通过 {c.Assessments.Passed}，未通过整改中 {c.Assessments.Failed}，最终未通过 {c.Assessments.FailedFinally}，待考核 {c.Assessments.AwaitingAssessment}"),
                ("存量用地台账", $"批而未供 {c.Ledger.ApprovedNotSupplied}，闲置 {c.Ledger.Idle}，低效 {c.Ledger.Inefficient}；处置逾期 {c.Ledger.PlansOverdue}，未定方案 {c.Ledger.WithoutPlan}"),
            ]);
        if (c.Efficiency.Count > 0)
        {
            page.Subheading("亩均效益").Table(["园区/区域", "年度", "宗数", "用地（亩）", "指标", "数值（万元/亩）", "目标", "达标"],
                c.Efficiency.SelectMany(g => g.Figures.Select(f =>
                {
                    // Two decimals, more when a figure under its target would print equal to it.
                    var (value, target) = f.Target is { } t ? ComparedFigures.Print(f.Value, t, 2) : (D(f.Value), "—");
                    return (IReadOnlyList<string?>)
                    [
                        g.Group, N(g.Year), N(g.Parcels), D(g.LandAreaMu), f.Indicator, value, target,
                        f.MeetsTarget switch { true => "是", false => "否", _ => "—" },
                    ];
                })));
        }

        if (c.BehindCommitments.Count > 0)
        {
            page.Subheading(c.Kind == SupervisionKind.SemiAnnualInterviewList ? "约谈企业" : "未履约企业").Table(["企业", "统一社会信用代码", "宗地", "事由"],
                c.BehindCommitments.Select(e => (IReadOnlyList<string?>)[e.EnterpriseName, e.Uscc, e.ParcelCode, string.Join("；", e.Reasons)]));
        }

        return new PrintableDocument($"{name} {c.Period}", $"{c.Kind}-{c.Period}", page.ToHtml());
    }

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string D(decimal d) => ComparedFigures.Number(d, 2);
}
