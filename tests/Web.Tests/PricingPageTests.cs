using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LandPlatform.Web.Tests;

/// <summary>Planning's quote and reserve price by clicking: the form with the pack's limits, a field's error, the price line by line, fixing it.</summary>
[Collection(PortalCollection.Name)]
public sealed class PricingPageTests(PortalPlatform platform)
{
    [Fact]
    public async Task APlanningClerkQuotesByClickingSeesEveryStepWithItsClauseAndFixesTheReservePrice()
    {
        var parcel = $"津滨工价{Random.Shared.Next(1000, 9999)}";
        var application = Guid.NewGuid();
        var page = await platform.NewPageAsync();
        await page.SignInAsync(platform, "planning.clerk");
        await page.OpenFromMenuAsync("出让底价");
        await page.GetByRole(AriaRole.Link, new() { Name = "新建报价" }).ClickAsync();

        // Binhai's pack is the one in force that prices reserve prices; its limits stand beside the fields with their clauses.
        await Expect(page.GetByLabel("政策包")).ToHaveValueAsync("tianjin-binhai-m0-2023");
        await Expect(page.Locator("#floorAreaRatio-standard")).ToContainTextAsync("第五条");
        await Expect(page.Locator("#floorAreaRatio-standard")).ToContainTextAsync("≥ 1.5");
        await Expect(page.Locator("#termYears-standard")).ToContainTextAsync("第九条");
        await Expect(page.Locator("#selfHeldShare-standard")).ToContainTextAsync("第十条（一）");

        // A floor-area ratio below the pack's range: pricing's sentence next to the field, the field marked and described by it.
        await page.GetByLabel("规划用途").SelectOptionAsync("M0");
        await page.GetByLabel("土地面积（平方米）").FillAsync("10000");
        await page.GetByLabel("容积率").FillAsync("1.2");
        await page.GetByLabel("土地等别").FillAsync("5");
        await page.GetByLabel("出让年限（年）").FillAsync("40");
        await page.GetByLabel("工业用途基准地价").FillAsync("560");
        await page.GetByLabel("自持比例").FillAsync("0.7");
        await page.GetByLabel("承接北京非首都功能疏解项目").SelectOptionAsync("false");
        await page.GetByRole(AriaRole.Button, new() { Name = "测算出让底价" }).ClickAsync();
        var far = page.GetByLabel("容积率");
        await Expect(page.Locator("#floorAreaRatio-error")).ToContainTextAsync("容积率：floorAreaRatio must be in [1.5, 4) for M0");
        await Expect(far).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(far).ToHaveAttributeAsync("aria-describedby", "floorAreaRatio-standard floorAreaRatio-error");
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("请按提示修改标红的项目后重新提交。");
        // What the clerk typed is still there.
        await Expect(page.GetByLabel("工业用途基准地价")).ToHaveValueAsync("560");
        await page.CheckAsync(platform, "80-pricing-field-error");

        await far.FillAsync("2");
        await page.GetByRole(AriaRole.Button, new() { Name = "测算出让底价" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("已测算并保存该报价。");
        // Annex 3's cell: 560 × 1.5 = 840 元/m² of floor, × 0.7 for 70% self-held = 588, × 20,000 m² of floor = 11,760,000 元.
        await Expect(page.Locator("p.price")).ToContainTextAsync("11,760,000 元");
        var steps = page.GetByRole(AriaRole.Table, new() { Name = "逐步计算过程（依据条款）" });
        var multiple = steps.GetByRole(AriaRole.Row).Filter(new() { HasText = "BenchmarkMultiple" });
        await Expect(multiple).ToContainTextAsync("560 × 1.5");
        await Expect(multiple).ToContainTextAsync("840");
        await Expect(multiple).ToContainTextAsync("第十条 新型产业用地的市场评估地价不得低于相同地段工业用途基准地价的1.5倍");
        await Expect(steps.GetByRole(AriaRole.Row).Filter(new() { HasText = "SelfHeldCorrection" })).ToContainTextAsync("840 × 0.7（自持 70%）");
        await Expect(steps.GetByRole(AriaRole.Row).Filter(new() { HasText = "FloorArea" }).First).ToContainTextAsync("10000 m² × FAR 2");
        await Expect(steps.GetByRole(AriaRole.Row).Filter(new() { HasText = "TotalPrice" })).ToContainTextAsync("11,760,000");
        await Expect(steps.GetByRole(AriaRole.Row).Filter(new() { HasText = "NationalMinimumMet" })).ToContainTextAsync("全国工业用地出让最低价标准");
        await Expect(page.Locator("dl.facts").First).ToContainTextAsync("planning.clerk");
        var quoteUrl = page.Url;
        await page.CheckAsync(platform, "81-pricing-quote");

        // Fixed as the parcel's reserve price: pricing's answer as a sentence, then the fixing on the page.
        await page.GetByLabel("用地申请编号").FillAsync(application.ToString());
        await page.GetByLabel("地块编号").FillAsync(parcel);
        await page.GetByRole(AriaRole.Button, new() { Name = "确定为出让底价" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync($"已将本报价确定为宗地 {parcel} 的出让底价：11,760,000 元。");
        var reserve = page.Locator("section.reserve");
        await Expect(reserve).ToContainTextAsync(parcel);
        await Expect(reserve).ToContainTextAsync(application.ToString());
        await Expect(reserve.GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
        await page.CheckAsync(platform, "82-pricing-reserve-fixed");

        // A second quote for the same parcel: pricing's 409, said as a sentence naming the price already fixed.
        var second = await Setup.QuoteAsync(platform);
        await page.GotoAsync(new Uri(platform.Portal, $"/pricing/quotes/{second}").ToString());
        await page.GetByLabel("用地申请编号").FillAsync(application.ToString());
        await page.GetByLabel("地块编号").FillAsync(parcel);
        await page.GetByRole(AriaRole.Button, new() { Name = "确定为出让底价" }).ClickAsync();
        var alert = page.GetByRole(AriaRole.Alert);
        await Expect(alert).ToContainTextAsync("出让底价已经确定，不能再次确定。");
        await Expect(alert).ToContainTextAsync($"宗地 {parcel}（申请 {application}）已有出让底价 11,760,000 元");
        await page.CheckAsync(platform, "83-pricing-reserve-conflict");

        // The work list, by parcel: the quote that was fixed, and the link back to it.
        await page.OpenFromMenuAsync("出让底价");
        await page.GetByLabel("地块编号").FillAsync(parcel);
        await page.GetByRole(AriaRole.Button, new() { Name = "按地块查询" }).ClickAsync();
        var list = page.GetByRole(AriaRole.Table, new() { Name = "共 1 份报价" });
        await Expect(list).ToContainTextAsync($"已定为 {parcel} 的底价");
        await Expect(list).ToContainTextAsync("11,760,000");
        await page.CheckAsync(platform, "84-pricing-list");
        await list.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(page).ToHaveURLAsync(quoteUrl.Split('?')[0]);
    }

    [Fact]
    public async Task AnAuditorReadsAQuoteButIsNotOfferedToPriceOrFixIt()
    {
        var quote = await Setup.QuoteAsync(platform);
        var page = await platform.NewPageAsync();
        await page.SignInAsync(platform, "auditor");
        await page.OpenFromMenuAsync("出让底价");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "新建报价" })).ToHaveCountAsync(0);
        await page.GotoAsync(new Uri(platform.Portal, $"/pricing/quotes/{quote}").ToString());
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "逐步计算过程（依据条款）" })).ToContainTextAsync("第十条");
        await Expect(page.GetByText("本报价尚未确定为任何宗地的出让底价。")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "确定为出让底价" })).ToHaveCountAsync(0);
    }
}
