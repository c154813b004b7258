using System.Net;
using System.Net.Http.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LandPlatform.Web.Tests;

[Collection(PortalCollection.Name)]
public sealed class CreditObjectionTests(PortalPlatform platform)
{
    [Fact]
    public async Task AnEnterpriseObjectsToABlacklistNoticeWithinItsPeriodAndAnEmptyObjectionIsASentenceNextToTheField()
    {
        using (var credit = await platform.ApiAs("credit.clerk"))
        {
            // A notice rests on the enterprise's credit file (一主体一档案): the clerk opens it first.
            using var file = await credit.PostAsJsonAsync("/api/credit/enterprises", new { uscc = "91110000802100433B", name = "北京示范科技有限公司" });
            Assert.Equal(HttpStatusCode.Created, file.StatusCode);
            using var notice = await credit.PostAsJsonAsync("/api/credit/listings", new
            {
                uscc = "91110000802100433B",
                reason = "BreachOfContract",
                document = new { type = "解除合同通知书", number = "区政地〔2026〕21号", date = "2026-02-03" },
                evidence = new[] { new { id = "ev-21", title = "履约监管协议" } },
            });
            Assert.Equal(HttpStatusCode.Created, notice.StatusCode);
        }

        var page = await platform.NewPageAsync();
        await page.SignInAsync(platform, "enterprise.b");
        await page.OpenFromMenuAsync("我的信用");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "违反监管协议 · 拟列入告知" })).ToBeVisibleAsync();
        await Expect(page.Locator(".listing dl")).ToContainTextAsync("异议截止日");

        await page.GetByRole(AriaRole.Button, new() { Name = "提出异议" }).ClickAsync();
        await Expect(page.Locator(".field-error")).ToHaveTextAsync("请填写异议理由。");
        await page.CheckAsync(platform, "30-objection-field-error");

        await page.GetByLabel("异议理由").FillAsync("已于期限内开工建设，附开工许可证");
        await page.GetByRole(AriaRole.Button, new() { Name = "提出异议" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("异议已提交，请等待信用办审核。");
        await Expect(page.Locator(".listing dl")).ToContainTextAsync("已于期限内开工建设");
        await page.CheckAsync(platform, "31-objection-filed");
    }
}
