using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LandPlatform.Web.Tests;

[Collection(PortalCollection.Name)]
public sealed class AssessmentPageTests(PortalPlatform platform)
{
    /// <summary>15 mu (10,000 m²): the parcel of every contract the setup makes.</summary>
    private const decimal Mu = 15m;

    [Fact]
    public async Task AnEnterpriseAppliesTheBureausReviewAndTheFailedResultShowsEveryIndicatorWithItsClauseAndPrints()
    {
        var (contract, parcel) = await Setup.DeliveredContractAsync(platform);
        await Setup.InProductionAsync(platform, contract);
        // Tax of 10 万元 per mu against the 50 committed: the assessment fails on that line alone.
        await Setup.ConfirmedAnnualReportAsync(platform, contract, Setup.Today.Year - 1, new
        {
            fixedAssetInvestment = 700m * Mu * 10_000m,
            taxPaid = 10m * Mu * 10_000m,
            outputValue = 1000m * Mu * 10_000m,
            revenue = 1000m * Mu * 10_000m,
        });
        var page = await platform.NewPageAsync();

        await page.SignInAsync(platform, "enterprise.a");
        await page.OpenFromMenuAsync("达产考核");
        await page.GetByLabel("合同（地块）").SelectOptionAsync(contract.ToString());
        await page.GetByLabel("申请说明").FillAsync("项目已竣工投产，申请达产考核");
        await page.GetByRole(AriaRole.Button, new() { Name = "提交申请" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("已提交达产考核申请。");
        await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = parcel })).ToContainTextAsync("审查中");
        await page.CheckAsync(platform, "60-assessment-applied");
        await page.SignOutAsync();

        await page.SignInAsync(platform, "development.clerk");
        await page.OpenFromMenuAsync("达产考核");
        await page.GetByRole(AriaRole.Row).Filter(new() { HasText = parcel }).GetByRole(AriaRole.Link).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "达产初审" }).ClickAsync();
        await Expect(page.Locator("#initial-check-opinion-error")).ToHaveTextAsync("请填写意见。");
        await page.CheckAsync(platform, "61-assessment-field-error");
        var lines = await page.CheckAndReviewJointlyAsync();
        await Expect(lines.GetByRole(AriaRole.Row).Filter(new() { HasText = "亩均产值" })).ToContainTextAsync("达标");
        await page.CheckAsync(platform, "62-assessment-joint-review");
        var assessment = page.Url;
        await page.SignOutAsync();

        await page.SignInAsync(platform, "development.leader");
        await page.GotoAsync(assessment);
        await page.DecideTheFailureAsync($"滨政复〔{Setup.Today.Year}〕{parcel}号");
        await Expect(page.Locator("dl.facts")).ToContainTextAsync("达产验收意见");
        await page.CheckAsync(platform, "63-assessment-decided");

        // The printable assessment report, from monitoring, through the portal with the leader's token.
        var href = await page.GetByRole(AriaRole.Link, new() { Name = "打印达产考核报告" }).GetAttributeAsync("href");
        await page.GotoAsync(new Uri(platform.Portal, href).ToString());
        await Expect(page.Locator("body")).ToContainTextAsync("闽侯示范智能制造有限公司");
        await page.ScreenshotAsync(new() { Path = Path.Combine(platform.ScreenshotFolder, "64-assessment-report.png"), FullPage = true });
    }
}
