using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LandPlatform.Web.Tests;

[Collection(PortalCollection.Name)]
public sealed class ReportPageTests(PortalPlatform platform)
{
    [Fact]
    public async Task AnEnterpriseReportsAPeriodAndStatisticsAndTaxConfirmOrCorrectTheFiguresTheyOwn()
    {
        var (contract, parcel) = await Setup.DeliveredContractAsync(platform);
        await Setup.MonitoringFileAsync(platform, contract);
        var page = await platform.NewPageAsync();

        await page.SignInAsync(platform, "enterprise.a");
        await page.OpenFromMenuAsync("指标报送");
        await page.GetByLabel("合同（地块）").SelectOptionAsync(contract.ToString());

        // A period monitoring cannot read and a negative tax: each a sentence next to its field, nothing stored.
        await page.GetByLabel("报告期").FillAsync("2025年");
        await page.GetByLabel("产值（元）").FillAsync("13500000");
        await page.GetByLabel("在区内缴纳的税收（元）").FillAsync("-1");
        await page.GetByRole(AriaRole.Button, new() { Name = "报送", Exact = true }).ClickAsync();
        await Expect(page.Locator("#period-error")).ToHaveTextAsync("报告期：应为年度（如 2025）或季度（如 2025Q3）。");
        await Expect(page.Locator("#figure-taxPaid-error")).ToHaveTextAsync("在区内缴纳的税收（元）：不能为负数。");
        await Expect(page.GetByLabel("在区内缴纳的税收（元）")).ToHaveAttributeAsync("aria-invalid", "true");
        await page.CheckAsync(platform, "50-report-field-errors");

        await page.GetByLabel("报告期").FillAsync("2025");
        await page.GetByLabel("在区内缴纳的税收（元）").FillAsync("750000");
        await page.GetByLabel("固定资产投资（元）").FillAsync("9000000");
        await page.GetByLabel("主营业务收入（元）").FillAsync("13500000");
        await page.GetByRole(AriaRole.Button, new() { Name = "报送", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("已报送 2025 的指标，等待统计局、税务局核实。");
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = parcel });
        await Expect(row).ToContainTextAsync("待核实（统计局、税务局）");
        await page.CheckAsync(platform, "51-report-submitted");
        await page.SignOutAsync();

        // Statistics confirms what it owns (output, investment, revenue); tax still has to.
        await page.SignInAsync(platform, "statistics.clerk");
        await page.OpenFromMenuAsync("指标核实");
        await page.GetByRole(AriaRole.Link, new() { Name = $"查看 {parcel} 的 2025 指标报告" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "确认本部门负责的数据" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("已确认本部门负责的数据。");
        await Expect(page.Locator("dl.facts")).ToContainTextAsync("待核实部门：税务局");
        await page.CheckAsync(platform, "52-report-confirmed-by-statistics");
        var report = page.Url;
        await page.SignOutAsync();

        // Tax corrects its figure: without a value or a reason the service says so beside each field.
        await page.SignInAsync(platform, "tax.clerk");
        await page.GotoAsync(report);
        await page.GetByLabel("数据项").SelectOptionAsync("taxPaid");
        await page.GetByRole(AriaRole.Button, new() { Name = "更正数据" }).ClickAsync();
        await Expect(page.Locator("#value-error")).ToHaveTextAsync("更正后的数值：请至少填写一项数据。");
        await Expect(page.Locator("#reason-error")).ToHaveTextAsync("请填写更正理由。");
        await page.CheckAsync(platform, "53-report-correction-field-errors");

        await page.GetByLabel("更正后的数值").FillAsync("720000");
        await page.GetByLabel("更正理由").FillAsync("以税务系统入库数为准");
        await page.GetByRole(AriaRole.Button, new() { Name = "更正数据" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("已更正并生成新版本。");
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "各版本数据" })).ToContainTextAsync("720,000");
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "版本记录" })).ToContainTextAsync("以税务系统入库数为准");
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "核实记录" })).ToContainTextAsync("税务局");
        await page.CheckAsync(platform, "54-report-corrected-by-tax");
    }
}
