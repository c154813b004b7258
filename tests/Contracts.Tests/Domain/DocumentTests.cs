using LandPlatform.Contracts.Documents;

namespace LandPlatform.Contracts.Tests.Domain;

/// <summary>The printable contract follows seed 004 附件3 and is filled from the same data the rules use.</summary>
public sealed class DocumentTests
{
    [Fact]
    public void TheXihuContractFollowsTheTemplateWithTheParcelDepositLimitsAndPenalty()
    {
        var contract = A.Delivered(new DateOnly(2026, 3, 1));

        var html = SupervisionContractDocument.Render(contract, A.Xihu);

        Assert.Contains("<h1>西湖区标准地投资建设合同</h1>", html, StringComparison.Ordinal);
        Assert.Contains("宗地编号：XH-2026-01", html, StringComparison.Ordinal);
        Assert.Contains("项目在实际交地之日起 <b>6</b> 个月内开工建设", html, StringComparison.Ordinal);
        Assert.Contains("约定开工截止日 2026年9月1日", html, StringComparison.Ordinal);
        Assert.Contains("合计 370.37 万元（3,703,703.4 元）", html, StringComparison.Ordinal);
        Assert.Contains("项目亩均年税收不低于</td><td>100</td><td>万元/亩", html, StringComparison.Ordinal);
        Assert.Contains("最小分割单元建筑面积不得低于 500 平方米", html, StringComparison.Ordinal);
        Assert.Contains("每日按照成交价款的 1‰（12,345.68 元/日）", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ALeaseThenTransferContractSaysNoDepositIsDue()
    {
        var html = SupervisionContractDocument.Render(A.LeaseThenTransfer(), A.Beijing);

        Assert.Contains("<h1>履约监管协议</h1>", html, StringComparison.Ordinal);
        Assert.Contains("本宗地免收履约保证金", html, StringComparison.Ordinal);
        Assert.Contains("先租后让", html, StringComparison.Ordinal);
    }

    [Fact]
    public void TextFromTheDataIsEscaped()
    {
        var q = A.Qualification();
        q.Industry = "<script>x</script>";
        var contract = Contracts.Domain.SupervisionContract.Draft(Guid.NewGuid(), A.Supply(q), q, A.Xihu, null, null, null, A.Clerk, A.Today, A.Now);

        Assert.DoesNotContain("<script>", SupervisionContractDocument.Render(contract, A.Xihu), StringComparison.Ordinal);
    }
}
