using System.Globalization;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LandPlatform.Web.Tests;

[Collection(PortalCollection.Name)]
public sealed class ContractPageTests(PortalPlatform platform)
{
    [Fact]
    public async Task AnEnterpriseReadsItsContractWithDeadlinesDepositInstalmentsAndCommittedIndicators()
    {
        var (id, parcel) = await Setup.DeliveredContractAsync(platform);
        var page = await platform.NewPageAsync();

        await page.SignInAsync(platform, "enterprise.a");
        await page.OpenFromMenuAsync("我的合同");
        await page.CheckAsync(platform, "40-contracts-enterprise");
        await page.GetByRole(AriaRole.Link, new() { Name = $"查看 闽侯示范智能制造有限公司 地块 {parcel} 的合同" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Uri(platform.Portal, $"/contracts/{id}").ToString());

        // 30% of the 12,000,000 yuan price is held as the deposit (Binhai 第八条), start and completion counted from delivery.
        await Expect(page.Locator("dl.facts")).ToContainTextAsync("3,600,000（已缴纳，由政府代管）");
        await Expect(page.Locator("dl.facts")).ToContainTextAsync("已交地");
        var deadlines = page.GetByRole(AriaRole.Table, new() { Name = "履约期限" });
        await Expect(deadlines).ToContainTextAsync("开工（交地后");
        await Expect(deadlines).ToContainTextAsync("未到期");
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "分期缴款计划" })).ToContainTextAsync("6,000,000");
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "约定的达产指标" })).ToContainTextAsync("亩均税收");
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "履约记录" })).ToContainTextAsync("交付土地");
        // An enterprise records no clerk's step: the form is not offered once it has signed.
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "登记履约节点" })).ToHaveCountAsync(0);
        await page.CheckAsync(platform, "41-contract-enterprise");
    }

    [Fact]
    public async Task AClerkRecordsTheNextStepAndAStepTheStateDoesNotAllowIsRefusedWithTheStepsItAllows()
    {
        var (id, parcel) = await Setup.DeliveredContractAsync(platform);
        var today = Setup.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var page = await platform.NewPageAsync();

        await page.SignInAsync(platform, "district.clerk");
        await page.OpenFromMenuAsync("履约合同");
        await page.GetByRole(AriaRole.Link, new() { Name = "已交地" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = $"查看 闽侯示范智能制造有限公司 地块 {parcel} 的合同" }).ClickAsync();
        await Expect(page.GetByLabel("办理事项")).ToHaveValueAsync("construction-start");

        // No date: the service's "on is required" is a sentence next to the date field, and nothing is recorded.
        await page.GetByRole(AriaRole.Button, new() { Name = "登记", Exact = true }).ClickAsync();
        await Expect(page.Locator("#on-error")).ToHaveTextAsync("请填写发生日期。");
        await Expect(page.GetByLabel("发生日期")).ToHaveAttributeAsync("aria-invalid", "true");
        await page.CheckAsync(platform, "42-contract-step-field-error");

        // Completion before the start: contracts answers 409 with the state and the steps it allows, shown as sentences.
        await page.GetByLabel("办理事项").SelectOptionAsync("completion");
        await page.GetByLabel("发生日期").FillAsync(today);
        await page.GetByRole(AriaRole.Button, new() { Name = "登记", Exact = true }).ClickAsync();
        var refusal = page.GetByRole(AriaRole.Alert);
        await Expect(refusal).ToContainTextAsync("合同当前状态为「已交地」，不能办理「竣工（规划核实）」。");
        await Expect(refusal).ToContainTextAsync("当前可办理：开工");
        await page.CheckAsync(platform, "43-contract-step-not-allowed");

        await page.GetByLabel("办理事项").SelectOptionAsync("construction-start");
        await page.GetByLabel("发生日期").FillAsync(today);
        await page.GetByRole(AriaRole.Button, new() { Name = "登记", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("已登记：开工。");
        await Expect(page.Locator("dl.facts")).ToContainTextAsync("已开工");
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "履约记录" })).ToContainTextAsync("已交地 → 已开工");
        await Expect(page.GetByLabel("办理事项")).ToHaveValueAsync("completion");
        await page.CheckAsync(platform, "44-contract-step-recorded");
        Assert.Contains(id.ToString(), page.Url, StringComparison.Ordinal);
    }
}
