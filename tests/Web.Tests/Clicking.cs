using System.Globalization;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LandPlatform.Web.Tests;

/// <summary>Forms more than one test fills the same way, by clicking and typing as a person would.</summary>
public static class Clicking
{
    /// <summary>
    /// The application form for a Binhai M0 standard (Setup.ApprovedStandardAsync), filled with a project that meets it
    /// (the same figures as tests/Testing/Admission's body); the project name left empty when <paramref name="projectName"/> is null.
    /// </summary>
    public static async Task FillBinhaiApplicationAsync(this IPage page, string? projectName)
    {
        await Expect(page.GetByLabel("统一社会信用代码")).ToHaveValueAsync(Setup.EnterpriseA);
        await Expect(page.Locator("#commitment-tax-per-mu-standard")).ToContainTextAsync("万元/亩");
        if (projectName is not null)
        {
            await page.GetByLabel("项目名称").FillAsync(projectName);
        }

        await page.GetByLabel("产业类别").SelectOptionAsync("artificial-intelligence");
        await page.GetByLabel("国民经济行业代码").FillAsync("C39");
        await page.GetByLabel("项目总投资（万元）").FillAsync("60000");
        await page.GetByLabel("固定资产投资（万元）").FillAsync("45000");
        await page.GetByLabel("自持比例（%）").FillAsync("80");
        await page.GetByLabel("总建筑面积（平方米）").FillAsync("20000");
        await page.GetByLabel("生产用房面积（平方米）").FillAsync("10000");
        await page.GetByLabel("研发用房面积（平方米）").FillAsync("6000");
        await page.GetByLabel("配套用房面积（平方米）").FillAsync("4000");
        await page.GetByLabel("最小研发单元面积（平方米）").FillAsync("100");
        await page.GetByLabel("最小生产单元面积（平方米）").FillAsync("300");
        await page.GetByLabel("建筑密度（%）").FillAsync("35");
        await page.GetByLabel("绿地率（%）").FillAsync("20");
        await page.GetByLabel("绿色建筑星级").FillAsync("2");
        await page.GetByLabel("固定资产投资强度").FillAsync("600");
        await page.GetByLabel("亩均税收").FillAsync("50");
        await page.GetByLabel("亩均产值").FillAsync("900");
        await page.GetByLabel("可行性研究报告等材料（可选）").SetInputFilesAsync(new FilePayload
        {
            Name = "可行性研究报告.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4 可行性研究报告"u8.ToArray(),
        });
    }

    /// <summary>The three bureaus' agreeing opinions of the joint review (联审), recorded by a development clerk on the application page.</summary>
    public static async Task RecordJointReviewAsync(this IPage page)
    {
        foreach (var (bureau, person) in new[] { ("park-committee", "王主任"), ("planning", "赵科长"), ("industry", "钱处长") })
        {
            await page.GetByLabel("联审部门代码").FillAsync(bureau);
            await page.GetByLabel("经办人").FillAsync(person);
            await page.GetByRole(AriaRole.Radio, new() { Name = "是" }).CheckAsync();
            await page.GetByLabel("理由", new() { Exact = true }).First.FillAsync($"{person}：同意");
            await page.GetByRole(AriaRole.Button, new() { Name = "录入联审意见" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Table, new() { Name = "联审意见" })).ToContainTextAsync(person);
        }
    }

    /// <summary>
    /// 政府复审 by a development leader on the assessment page: deciding the joint review's failure under the decision
    /// document (达产验收意见 <paramref name="number"/>, dated today), which credit's notice would rest on.
    /// </summary>
    public static async Task DecideTheFailureAsync(this IPage page, string number)
    {
        var review = page.Locator("form").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "政府复审" }) });
        await review.GetByLabel("意见").FillAsync("经区政府研究，认定未达标");
        await review.GetByLabel("文书类型").FillAsync("达产验收意见");
        await review.GetByLabel("文号").FillAsync(number);
        await review.GetByLabel("文书日期").FillAsync(Setup.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await review.GetByRole(AriaRole.Button, new() { Name = "政府复审" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("已办理：政府复审。");
        await Expect(page.Locator("dl.facts")).ToContainTextAsync("未达标");
    }

    /// <summary>
    /// 达产初审 and 部门联审 by a development clerk on the assessment page; the joint review finds tax per mu short
    /// (the figures every assessing test reports). Returns the result's table, line by line.
    /// </summary>
    public static async Task<ILocator> CheckAndReviewJointlyAsync(this IPage page)
    {
        await page.GetByLabel("意见").FillAsync("达产材料初审通过");
        await page.GetByRole(AriaRole.Button, new() { Name = "达产初审" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("已办理：达产初审。");
        await page.GetByLabel("意见").FillAsync("经部门联审，亩均税收未达到约定");
        await page.GetByRole(AriaRole.Button, new() { Name = "部门联审" }).ClickAsync();
        var lines = page.GetByRole(AriaRole.Table, new() { Name = "逐项考核结果（依据条款）" });
        await Expect(lines.GetByRole(AriaRole.Row).Filter(new() { HasText = "亩均税收" })).ToContainTextAsync("未达标");
        return lines;
    }
}
