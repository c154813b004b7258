using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LandPlatform.Web.Tests;

[Collection(PortalCollection.Name)]
public sealed class PublicPagesTests(PortalPlatform platform)
{
    [Fact]
    public async Task AnyoneReadsTheBlacklistAndTheSuppliedParcelsWithoutSigningIn()
    {
        var page = await platform.NewPageAsync();
        await page.GotoAsync(platform.Portal.ToString());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("欢迎使用产业用地全生命周期管理平台");
        await page.CheckAsync(platform, "01-home");

        await page.OpenFromMenuAsync("失信名单公示");
        await Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync("已生效名单，共");
        await page.GetByLabel("企业名称或信用代码").FillAsync("示范");
        await page.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("search=%E7%A4%BA%E8%8C%83|search=示范"));
        await page.CheckAsync(platform, "02-public-blacklist");

        await page.GetByRole(AriaRole.Link, new() { Name = "供地结果公示" }).First.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync("供地结果，共");
        await page.CheckAsync(platform, "02-public-supplies");
    }

    [Fact]
    public async Task PagesCarryChineseAsUtf8RatherThanCharacterReferences()
    {
        using var http = new HttpClient();
        var html = await http.GetStringAsync(new Uri(platform.Portal, "/public/blacklist"));

        Assert.Contains("<h1>失信名单公示</h1>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("&#x5931;", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task EnglishIsOneClickAwayAndChineseStaysTheDefault()
    {
        var page = await platform.NewPageAsync();
        await page.GotoAsync(platform.Portal.ToString());
        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Welcome to the industrial land lifecycle platform");
        Assert.Equal("en", await page.Locator("html").GetAttributeAsync("lang"));
        await page.CheckAsync(platform, "01-home-english");
        await page.GetByRole(AriaRole.Link, new() { Name = "中文" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("欢迎使用产业用地全生命周期管理平台");
    }
}
