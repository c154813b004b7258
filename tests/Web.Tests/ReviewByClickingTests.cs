using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LandPlatform.Web.Tests;

[Collection(PortalCollection.Name)]
public sealed class ReviewByClickingTests(PortalPlatform platform)
{
    [Fact]
    public async Task BureausTakeAnApplicationFromTheQueueThroughJointReviewToApprovalAndPrintTheQualificationOpinion()
    {
        var (standard, parcel) = await Setup.ApprovedStandardAsync(platform);
        var (id, enterprise) = await Setup.SubmittedApplicationAsync(platform, standard);
        var page = await platform.NewPageAsync();

        await page.SignInAsync(platform, "development.clerk");
        await page.OpenFromMenuAsync("待办审查");
        await page.GetByRole(AriaRole.Link, new() { Name = "已提交，待材料审查" }).ClickAsync();
        await page.CheckAsync(platform, "10-queue-submitted");
        await page.GetByRole(AriaRole.Link, new() { Name = $"办理 {enterprise} 对地块 {parcel} 的申请" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "逐项评审说明（依据条款）" })).ToContainTextAsync("符合");
        await page.CheckAsync(platform, "11-application-explained");

        await page.GetByLabel("说明").FillAsync("材料齐全");
        await page.GetByRole(AriaRole.Button, new() { Name = "材料审查通过" }).ClickAsync();
        await Expect(page.Locator("dl.facts")).ToContainTextAsync("联审中");

        // A reason left out is a sentence next to the field, and nothing is recorded.
        await page.GetByLabel("联审部门代码").FillAsync("park-committee");
        await page.GetByLabel("经办人").FillAsync("王主任");
        await page.GetByRole(AriaRole.Radio, new() { Name = "是" }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "录入联审意见" }).ClickAsync();
        await Expect(page.Locator("#reasons-error")).ToHaveTextAsync("请填写理由。");
        await page.CheckAsync(platform, "12-opinion-field-error");

        await page.RecordJointReviewAsync();
        await page.CheckAsync(platform, "13-joint-review");
        await page.SignOutAsync();

        await page.SignInAsync(platform, "development.reviewer");
        await page.GotoAsync(new Uri(platform.Portal, $"/applications/{id}").ToString());
        await page.GetByLabel("初审意见").FillAsync("经初步遴选论证，拟同意其参与地块竞买，报请区政府审定");
        await page.GetByRole(AriaRole.Button, new() { Name = "提出初审意见" }).ClickAsync();
        await Expect(page.Locator("dl.facts")).ToContainTextAsync("待区政府审批");
        await page.SignOutAsync();

        await page.SignInAsync(platform, "district.leader");
        await page.OpenFromMenuAsync("待办审查");
        await page.GetByRole(AriaRole.Link, new() { Name = "待区政府审批" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = $"办理 {enterprise} 对地块 {parcel} 的申请" }).ClickAsync();
        await page.GetByRole(AriaRole.Radio, new() { Name = "同意", Exact = true }).CheckAsync();
        await page.GetByLabel("审批意见").FillAsync("经审查，同意参与地块竞买");
        await page.GetByRole(AriaRole.Button, new() { Name = "审批", Exact = true }).ClickAsync();
        await Expect(page.Locator("dl.facts")).ToContainTextAsync("已批准");
        await page.CheckAsync(platform, "14-approved");

        // The qualification opinion, printed by admission and handed over by the portal with the leader's token.
        var link = page.GetByRole(AriaRole.Link, new() { Name = "打印遴选论证意见表" });
        var href = await link.GetAttributeAsync("href");
        await page.GotoAsync(new Uri(platform.Portal, href).ToString());
        await Expect(page.Locator("body")).ToContainTextAsync(enterprise);
        await page.ScreenshotAsync(new() { Path = Path.Combine(platform.ScreenshotFolder, "15-qualification-opinion.png"), FullPage = true });
    }

    [Fact]
    public async Task LeadersSeeTheDistrictDashboardAsChartsWithTheNumbersInTables()
    {
        var page = await platform.NewPageAsync();
        await page.SignInAsync(platform, "district.leader");
        await page.GetByRole(AriaRole.Link, new() { Name = "区级监管看板" }).First.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("区级监管看板");
        // ECharts drew each chart (as SVG) from the data the server wrote beside its table.
        await Expect(page.Locator(".chart svg")).ToHaveCountAsync(3);
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "亩均效益（已确认的年度数据）" })).ToBeVisibleAsync();
        await page.CheckAsync(platform, "20-dashboard");
    }
}
