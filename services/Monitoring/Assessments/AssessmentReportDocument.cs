using System.Globalization;
using LandPlatform.Documents;
using LandPlatform.Monitoring.Domain.Assessments;
using LandPlatform.Monitoring.Domain.Indicators;

namespace LandPlatform.Monitoring.Assessments;

/// <summary>
/// The assessment report (达标考核报告) rendered from the stored assessment: the project, the steps with who and when,
/// and every indicator line — committed, actual, the unit conversion, pass or fail, the clause — then the decision.
/// Nothing is recomputed: the report prints what the joint review judged and the government decided.
/// </summary>
public static class AssessmentReportDocument
{
    public static PrintableDocument Render(Assessment a)
    {
        var title = $"达标考核报告 {a.Standard.ParcelCode}";
        var page = new HtmlPage(title).Heading("标准地投资建设合同达标考核报告")
            .Fields(
            [
                ("受让单位", a.EnterpriseName),
                ("统一社会信用代码", a.Uscc),
                ("宗地编号", a.Standard.ParcelCode),
                ("合同编号", a.ContractId.ToString()),
                ("政策依据", a.Result is { } r ? $"{r.PackId} 第{r.PackVersion}版" : a.Standard.PolicyPackId),
                ("考核类型", a.Kind == AssessmentKind.Initial ? "达标考核" : "整改期满复核"),
                ("项目类型", a.Result?.ProjectType switch { "self-use" => "自持自用为主", "market" => "面向市场租售为主", _ => "全部约定指标" }),
                ("计算面积", a.Result?.Basis.Note),
                ("考核数据", a.Result is { } res ? $"{res.Period} 年度报告 第{res.ReportVersion}版（统计、税务部门确认）" : "（尚未联审）"),
                ("申请日期", Day(a.AppliedOn)),
            ]);

        page.Subheading("一、考核程序").Table(["环节", "经办", "时间", "意见"],
            a.Steps.Select(s => (IReadOnlyList<string?>)[Step(s.Step), s.By.Name ?? s.By.PersonId, s.At.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), s.Opinion]));

        page.Subheading("二、指标考核");
        if (a.Result is { } result)
        {
            page.Table(["指标", "约定值", "实际值", "单位", "换算", "结论", "依据"],
                result.Lines.Select(l =>
                {
                    // The committed and actual columns at the same decimals, never showing an unmet figure as met.
                    var (actual, committed) = l.Actual is { } v ? ComparedFigures.Print(v, l.Committed) : ("未报", ComparedFigures.Number(l.Committed));
                    return (IReadOnlyList<string?>)[l.Indicator, committed, actual, l.Unit, l.Workings, Outcome(l.Outcome), $"{l.CommitmentClause}；{l.Clause}"];
                }));
        }
        else
        {
            page.Paragraph("部门联审尚未进行。");
        }

        if (a.MakeUp is { } makeUp)
        {
            page.Paragraph($"财政贡献补足：{makeUp.AmountYuan:0.00} 元，缴款日期 {Day(makeUp.PaidOn)}，凭证 {makeUp.Receipt}。");
        }

        page.Subheading("三、考核结论").Paragraph(a.Outcome switch
        {
            AssessmentOutcome.Passed => "考核通过。",
            AssessmentOutcome.Failed when a.Final => "考核未通过，整改后仍未达标（或不予整改），为最终结论。",
            AssessmentOutcome.Failed => $"考核未通过，整改期至 {Day(a.RectificationDeadline!.Value)}。",
            _ => "尚未作出结论。",
        });
        if (a.Overrule is { } overrule)
        {
            page.Paragraph(overrule.Explanation);
        }

        if (a.Decision is { } d)
        {
            page.Fields([("决定文书", $"{d.Type} {d.Number}"), ("决定日期", Day(d.Date))]);
        }

        return new PrintableDocument(title, $"assessment-{a.Id}", page.ToHtml());
    }

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Step(AssessmentStep step) => step switch
    {
        AssessmentStep.Application => "申请",
        AssessmentStep.InitialCheck => "达产初审",
        AssessmentStep.JointReview => "部门联审",
        AssessmentStep.FiscalMakeUp => "财政贡献补足",
        _ => "政府复审",
    };

    private static string Outcome(LineOutcome outcome) => outcome switch
    {
        LineOutcome.Passed => "达标",
        LineOutcome.Failed => "未达标",
        LineOutcome.PassedByMakeUp => "补足后视为达标",
        _ => "不考核",
    };
}
