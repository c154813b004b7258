using LandPlatform.Contracts.Domain;
using LandPlatform.Contracts.Domain.Lifecycle;
using LandPlatform.Contracts.Domain.Policy;
using LandPlatform.Documents;
using static LandPlatform.Contracts.Documents.DocumentText;

namespace LandPlatform.Contracts.Documents;

/// <summary>
/// The land contract as a printable page, its clauses in the order of the national model text
/// (国有建设用地使用权出让合同（示范文本）GF-2008-2601: 总则, 出让土地的交付与出让价款的缴纳, 土地开发建设与利用,
/// 转让出租抵押, 期限届满, 违约责任), worded as a lease (租赁合同) for a lease: filled from the same contract and
/// pack the rules use — the instalment schedule the job counts late payment on, the registration and renewal
/// rules that refuse steps, each quoting its clause.
/// </summary>
public static class LandContractDocument
{
    public static PrintableDocument Render(SupervisionContract c, ContractsPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(policy);
        var lease = c.IsLease;
        var (kind, owner, holder, price) = lease
            ? ("租赁", "出租人", "承租人", "租金")
            : ("出让", "出让人", "受让人", "出让价款");
        var title = $"国有建设用地使用权{kind}合同";
        var page = new HtmlPage(title).Heading(title)
            .Fields(
            [
                ("合同编号", c.LandContractNumber ?? "（未签订）"),
                ("成交确认书", c.ConfirmationNumber),
                ("政策依据", $"《{policy.DocumentTitle}》（{policy.PackId} v{policy.Version}）"),
            ]);

        page.Subheading("第一章　总则")
            .Paragraph($"第一条　本合同当事人：{owner}：规划和自然资源主管部门；{holder}：{c.EnterpriseName ?? c.Uscc}（统一社会信用代码 {c.Uscc}）。")
            .Paragraph($"第二条　{holder}已与区人民政府签订履约监管协议（合同编号 {c.Id}），该协议为本合同的附件，与本合同同时履行。");

        page.Subheading($"第二章　{kind}土地的交付与{price}的缴纳")
            .Fields(
            [
                ("宗地编号", c.ParcelCode),
                ("宗地坐落", c.Location ?? "＿＿＿＿"),
                ("宗地面积（平方米）", Num(c.LandAreaM2)),
                ("土地用途", c.LandUse ?? "＿＿＿＿"),
                ("建筑面积（平方米）", Num(c.FloorAreaM2)),
                ($"{kind}年期", lease && c.LeaseYears is { } years ? $"租赁 {years} 年（租赁和出让总年期 {c.TermYears} 年）" : $"{c.TermYears} 年"),
                ("年期起止", c.DeliveredOn is { } delivered ? $"{Day(delivered)} 至 {Day(c.TermEndsOn)}" : "自交付土地之日起算"),
                ($"{price}（元）", $"人民币 {Num(c.TransactionPrice)} 元"),
            ]);
        if (c.Instalments.Count == 0)
        {
            page.Paragraph($"第十条　{holder}同意在本合同签订后一次性付清{price}。");
        }
        else
        {
            page.Paragraph($"第十条　{holder}同意按以下时间和金额分 {c.Instalments.Count} 期向{owner}支付{price}（{policy.InstalmentMaxMonths?.Clause}）：")
                .Table(["期次", "付款时间（之前）", "金额（元）"],
                    c.Instalments.OrderBy(t => t.Number).Select(t => (IReadOnlyList<string?>)[$"第{t.Number}期", Day(t.DueOn), Num(t.Amount)]));
        }

        if (c.Payments.Count > 0)
        {
            page.Paragraph($"已缴{price}（截至最近一次登记）：")
                .Table(["缴款日", "金额（元）", "登记人"], c.Payments.Select(p => (IReadOnlyList<string?>)[Day(p.PaidOn), Num(p.Amount), p.RecordedByName]));
        }

        page.Paragraph($"第十一条　{holder}应在付清本宗地全部{price}后，申请国有建设用地使用权登记。（{policy.InstalmentMaxMonths?.Clause ?? policy.National.RegistrationAfterFullPaymentClause}）");

        page.Subheading("第三章　土地开发建设与利用")
            .Paragraph($"第十六条　{holder}同意本宗地建设项目在交付土地之日起 {c.StartWithinMonths} 个月内开工"
                + (c.AgreedStartBy is { } startBy ? $"（{Day(startBy)} 之前）" : "")
                + $"，在开工之日起 {c.CompleteWithinMonths} 个月内竣工"
                + (c.AgreedCompletionBy is { } completeBy ? $"（{Day(completeBy)} 之前）" : "") + "。");

        page.Subheading($"第四章　国有建设用地使用权转让、出租、抵押")
            .Paragraph((policy.TransferBeforeAssessment.Value == TransferBeforeAssessment.Forbidden
                ? "达标考核通过前不得转让国有建设用地使用权。"
                : "达标考核通过前原则上不得转让；确需转让的，须经监管小组审议同意，且政府按成本价优先回购。")
                + $"（{policy.TransferBeforeAssessment.Clause}）");

        var renewal = policy.RenewalApplyMonthsBeforeTermEnd ?? policy.National.RenewalApplyMonthsBeforeTermEnd;
        page.Subheading("第五章　期限届满")
            .Paragraph($"第二十六条　{kind}期限届满，{holder}需要继续使用本宗地的，应当至迟于届满前 {renewal.Value} 个月"
                + (c.TermEndsOn is { } ends ? $"（{Day(ends.AddMonths(-renewal.Value))} 之前）" : "")
                + $"向{owner}提交续期申请书。（{renewal.Clause}）");

        var rate = policy.National.LatePaymentPerDay;
        page.Subheading("第七章　违约责任")
            .Paragraph($"第三十条　{holder}应当按照本合同约定按时支付{price}；不能按时支付的，自滞纳之日起，每日按迟延支付款项的 {Num(rate.Value * 1000)}‰向{owner}缴纳违约金。（{rate.Clause}）");
        if (c.LatePaymentAccruedThrough is { } through && c.LatePaymentAccrued > 0)
        {
            var late = c.LatePaymentOn(through, policy);
            page.Paragraph($"截至 {Day(through)} 应缴违约金 {Num(late.Amount)} 元：")
                .Table(["期次", "逾期金额（元）", "起止", "日数", "违约金（元）"],
                    late.Steps.Select(s => (IReadOnlyList<string?>)[s.Label, Num(s.Overdue), $"{Day(s.From)} 至 {Day(s.Through)}", $"{s.Days}", Num(s.Amount)]));
        }

        page.Paragraph($"第三十四条　{holder}未能按照约定日期开工建设或竣工的，每延期一日，按{price}总额的 {Num(policy.LatePenaltyPerDay.Value * 1000)}‰"
                + $"（{Num(c.TransactionPrice * policy.LatePenaltyPerDay.Value)} 元/日）支付违约金。（{policy.LatePenaltyPerDay.Clause}）")
            .Paragraph($"第三十二条　未动工开发满一年的，按{price}的 {Num(policy.National.IdleFeeShare.Value * 100)}% 征缴土地闲置费；满两年的，无偿收回国有建设用地使用权。（{policy.National.RecoveryAfterYears.Clause}）");

        var signed = c.Steps.LastOrDefault(s => s.Action == ContractAction.SignLandContract);
        page.Signatures(
        [
            ($"{owner}（规划和自然资源主管部门）", signed?.ActorName, signed is null ? null : Day(signed.EffectiveOn)),
            ($"{holder}（{c.EnterpriseName ?? c.Uscc}）", signed is null ? null : c.EnterpriseName ?? c.Uscc, signed is null ? null : Day(signed.EffectiveOn)),
        ]);
        return new PrintableDocument(title, $"land-contract-{c.ParcelCode}", page.ToHtml());
    }

}
