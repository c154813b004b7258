using System.Net;
using System.Text;
using LandPlatform.Contracts.Domain;
using LandPlatform.Contracts.Domain.Policy;
using LandPlatform.IntegrationContracts.Events;
using LandPlatform.IntegrationContracts.Indicators;
using static LandPlatform.Contracts.Documents.DocumentText;

namespace LandPlatform.Contracts.Documents;

/// <summary>
/// The supervision contract as a printable HTML page following the template of seed 004 附件3
/// (西湖区标准地投资建设合同): parties, 一 the parcel, 三 the enterprise's obligations with the committed indicators,
/// the deposit, reports and the transfer, lease, mortgage and subdivision limits, 五 the penalties — filled from
/// the same contract and pack the rules use, each limit quoting its clause. PDF comes later from the shared
/// Documents building block (HTML → PDF), not from a printer of this service.
/// </summary>
public static class SupervisionContractDocument
{
    private static readonly Dictionary<string, string> IndicatorNames = new(StringComparer.Ordinal)
    {
        [IndicatorCodes.TotalInvestment] = "项目总投资额",
        [IndicatorCodes.FixedAssetInvestmentIntensity] = "项目固定资产投资强度",
        [IndicatorCodes.OutputPerMu] = "项目亩均年产值",
        [IndicatorCodes.TaxPerMu] = "项目亩均年税收",
        [IndicatorCodes.ValueAddedPerEnergy] = "项目单位能耗增加值",
        [IndicatorCodes.ValueAddedPerEmission] = "项目单位排放增加值",
        [IndicatorCodes.RndExpenseRatio] = "项目研发经费支出与主营业务收入比",
        [IndicatorCodes.RndStaffRatio] = "研发人员与从业人员比",
        [IndicatorCodes.RevenuePerFloorArea] = "单位建筑面积年收入",
        [IndicatorCodes.FiscalContributionPerFloorArea] = "单位建筑面积区级财政贡献",
        [IndicatorCodes.QualityEnterprisesAttracted] = "优质企业招引数量",
    };

    public static string Render(SupervisionContract c, ContractsPolicy policy, string? districtGovernment = null)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(policy);
        var html = new StringBuilder();
        var title = policy.PackId == "hangzhou-xihu-2020" ? "西湖区标准地投资建设合同" : "履约监管协议";
        html.Append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>").Append(E(title)).Append("</title>")
            .Append("<style>body{font-family:'Noto Serif CJK SC','Noto Sans CJK SC',serif;max-width:48em;margin:2em auto;line-height:1.8}")
            .Append("h1{text-align:center}h2{font-size:1.1em;margin-top:1.5em}.clause{color:#555;font-size:.85em}td,th{border:1px solid #999;padding:.2em .5em}table{border-collapse:collapse}</style></head><body>");
        html.Append("<h1>").Append(E(title)).Append("</h1>");
        html.Append("<p class=\"meta\">合同编号：").Append(E(c.Id.ToString())).Append("　成交确认书：").Append(E(c.ConfirmationNumber))
            .Append("　政策依据：《").Append(E(policy.DocumentTitle)).Append("》（").Append(E(policy.PackId)).Append(" v").Append(policy.Version).Append("）</p>");
        html.Append("<p>甲方：").Append(E(districtGovernment ?? "区人民政府")).Append("</p>");
        html.Append("<p>乙方：").Append(E(c.EnterpriseName ?? c.Uscc)).Append("（统一社会信用代码 ").Append(E(c.Uscc)).Append("，土地竞得单位）</p>");
        html.Append("<p>丙方：＿＿＿＿（平台/属地镇街，代为行使甲方权利和义务）</p>");

        html.Append("<h2>一、地块基本情况</h2><ul>");
        Item(html, "宗地编号", c.ParcelCode);
        Item(html, "土地位置", c.Location ?? "＿＿＿＿");
        Item(html, "土地用途", c.LandUse ?? "＿＿＿＿");
        Item(html, "出让面积（平方米）", Num(c.LandAreaM2));
        Item(html, "建筑面积（平方米）", Num(c.FloorAreaM2));
        Item(html, "准入产业类别", c.Industry ?? "＿＿＿＿");
        Item(html, "供应方式", c.SupplyMode switch { SupplyModes.LeaseThenTransfer => "先租后让", SupplyModes.Lease => "租赁", _ => "出让" });
        Item(html, "成交价款（元）", Num(c.TransactionPrice));
        html.Append("</ul>");
        html.Append("<p>项目在实际交地之日起 <b>").Append(c.StartWithinMonths).Append("</b> 个月内开工建设；项目在实际开工之日起 <b>")
            .Append(c.CompleteWithinMonths).Append("</b> 个月内通过竣工规划核实。")
            .Append(c.DeliveredOn is { } delivered ? $"实际交地日 {Day(delivered)}，约定开工截止日 {Day(c.AgreedStartBy)}。" : "")
            .Append(c.StartedOn is { } started ? $"实际开工日 {Day(started)}，约定竣工截止日 {Day(c.AgreedCompletionBy)}。" : "")
            .Append("</p>");

        html.Append("<h2>三、乙方权利和义务</h2>");
        html.Append("<p>（一）乙方取得的上述产业用地只能用于（").Append(E(c.Industry ?? "准入产业类别")).Append("）的项目建设。</p>");
        html.Append("<p>（二）乙方同意按照本合同第一条约定的期限开工、竣工。</p>");
        html.Append("<p>（三）乙方承诺如下指标准入标准：</p><table><tr><th>指标</th><th>承诺值</th><th>单位</th><th>依据</th></tr>");
        foreach (var i in c.Indicators)
        {
            html.Append("<tr><td>").Append(E(IndicatorNames.GetValueOrDefault(i.Code, i.Code))).Append("不低于</td><td>").Append(Num(i.Value))
                .Append("</td><td>").Append(E(i.Unit)).Append("</td><td class=\"clause\">").Append(E(i.Clause)).Append("</td></tr>");
        }

        html.Append("</table>");
        html.Append("<p>该项目竣工验收通过后 ").Append(c.AssessmentWithinMonths / 12).Append(" 年 ").Append(c.AssessmentWithinMonths % 12)
            .Append(" 个月内，乙方应向甲方提出项目达标考核。").Append(Clause(policy.ApplyForAssessmentWithinMonthsOfCompletion.Clause)).Append("</p>");
        html.Append("<p>（四）").Append(c.DepositAmount > 0
            ? $"乙方应按照地块成交价款 {Num(policy.DepositShare.Value * 100)}% 的标准合计 {Num(c.DepositAmount / 10_000m)} 万元（{Num(c.DepositAmount)} 元）向甲方缴纳履约保证金，履约保证金按投资企业履约情况予以退还或没收。{Clause(policy.DepositShare.Clause)}"
            : $"本宗地免收履约保证金。{Clause(policy.DepositExemptForLeaseThenTransfer.Clause)}").Append("</p>");
        html.Append("<p>（五）转让：").Append(policy.TransferBeforeAssessment.Value == TransferBeforeAssessment.Forbidden
            ? "未通过达标考核之前不得转让土地使用权。"
            : "达标考核前原则上不得转让；确需转让的，须经监管小组审议同意，且政府按成本价优先回购。").Append(Clause(policy.TransferBeforeAssessment.Clause)).Append("</p>");
        html.Append("<p>（七）乙方应按季（每 ").Append(policy.QuarterlyReportsUntilProduction.Value).Append(" 个月）向甲方书面报告项目进展情况，直至项目投产。")
            .Append(Clause(policy.QuarterlyReportsUntilProduction.Clause)).Append("</p>");
        if (policy.MaxRentShareOfOfficeRent is { } rent)
        {
            html.Append("<p>（九）出租：承租企业须符合产业指导目录，租金不得超过同时期同区域商务办公用房租金的 ").Append(Num(rent.Value * 100)).Append("%。")
                .Append(Clause(rent.Clause)).Append("</p>");
        }

        if (policy.MortgageCappedAtLandPriceUntilAssessment is { Value: true } mortgage)
        {
            html.Append("<p>（十）达标验收通过前，以国有建设用地使用权作抵押物的，抵押价值以土地出让总价款（").Append(Num(c.TransactionPrice)).Append(" 元）为最高抵押额。")
                .Append(Clause(mortgage.Clause)).Append("</p>");
        }

        if (policy.MaxSubdivisionShareOfFloorArea is { } split)
        {
            html.Append("<p>（十一）分割转让的总面积不得超过建筑面积的 ").Append(Num(split.Value * 100)).Append("%（").Append(Num(c.FloorAreaM2 * split.Value)).Append(" 平方米）")
                .Append(policy.MinimumUnitFloorAreaM2 is { } unit ? $"，最小分割单元建筑面积不得低于 {Num(unit.Value)} 平方米" : "")
                .Append("。").Append(Clause(split.Clause)).Append("</p>");
        }

        html.Append("<h2>五、违约责任和本合同的终止</h2>");
        html.Append("<p>（一）乙方未能按照约定日期开工建设或竣工的，每日按照成交价款的 ").Append(Num(policy.LatePenaltyPerDay.Value * 1000)).Append("‰（")
            .Append(Num(c.TransactionPrice * policy.LatePenaltyPerDay.Value)).Append(" 元/日）向甲方支付违约金。").Append(Clause(policy.LatePenaltyPerDay.Clause)).Append("</p>");
        html.Append("<p>（二）未动工开发满一年的，按成交价款的 ").Append(Num(policy.National.IdleFeeShare.Value * 100)).Append("% 征缴土地闲置费；满两年的，无偿收回国有建设用地使用权。")
            .Append(Clause(policy.National.RecoveryAfterYears.Clause)).Append("</p>");
        html.Append("<p class=\"meta\">签订日期：").Append(c.SignedOn is { } signed ? Day(signed) : "＿＿＿＿年＿＿月＿＿日").Append("</p>");
        html.Append("</body></html>");
        return html.ToString();
    }

    private static void Item(StringBuilder html, string name, string value) =>
        html.Append("<li>").Append(E(name)).Append("：").Append(E(value)).Append("</li>");

    private static string Clause(string clause) => $"<span class=\"clause\">（{E(clause)}）</span>";

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
