using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LandPlatform.Web.Tests;

[Collection(PortalCollection.Name)]
public sealed class EnterpriseApplicationTests(PortalPlatform platform)
{
    [Fact]
    public async Task AnEnterpriseSignsInByClickingAndAppliesForAParcelSeeingTheStandardBesideEachFieldAndTheVerdictLineByLine()
    {
        var (_, parcel) = await Setup.ApprovedStandardAsync(platform);
        var page = await platform.NewPageAsync();

        // The issuer's sign-in page: a wrong password is a sentence next to the fields, then the right one gets in.
        await page.GotoAsync(platform.Portal.ToString());
        await page.GetByRole(AriaRole.Link, new() { Name = "登录", Exact = true }).First.ClickAsync();
        await page.GetByLabel("用户名").FillAsync("enterprise.a");
        await page.GetByLabel("密码").FillAsync("wrong");
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("用户名或密码不正确");
        await page.CheckAsync(platform, "03-sign-in-wrong-password");
        await page.GetByLabel("密码").FillAsync("dev");
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await Expect(page.GetByText("闽侯示范智能制造有限公司")).ToBeVisibleAsync();

        await page.OpenFromMenuAsync("申请用地");
        await page.CheckAsync(platform, "04-parcels");
        await page.GetByRole(AriaRole.Link, new() { Name = $"申请地块 {parcel}" }).ClickAsync();
        await page.FillBinhaiApplicationAsync(projectName: null);

        // The project name left out: the service's objection comes back as a sentence next to that field.
        await page.GetByRole(AriaRole.Button, new() { Name = "提交申请" }).ClickAsync();
        await Expect(page.Locator("#projectName-error")).ToHaveTextAsync("请填写项目名称。");
        await Expect(page.GetByLabel("项目名称")).ToHaveAttributeAsync("aria-invalid", "true");
        await page.CheckAsync(platform, "05-apply-field-error");

        await page.GetByLabel("项目名称").FillAsync("智能传感器研发生产基地");
        await page.GetByLabel("可行性研究报告等材料（可选）").SetInputFilesAsync(new FilePayload
        {
            Name = "可行性研究报告.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4 可行性研究报告"u8.ToArray(),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "提交申请" }).ClickAsync();
        var result = page.GetByRole(AriaRole.Status);
        await Expect(result).ToContainTextAsync("申请已受理");
        await Expect(result).ToContainTextAsync("符合");
        await Expect(result.GetByRole(AriaRole.Table)).ToContainTextAsync("第");
        await page.CheckAsync(platform, "06-apply-verdict");

        await page.GetByRole(AriaRole.Link, new() { Name = "查看并跟踪该申请" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("申请详情");
        await Expect(page.Locator("dl.facts")).ToContainTextAsync("已提交，待材料审查");
        await page.CheckAsync(platform, "07-application-followed");

        await page.OpenFromMenuAsync("我的申请");
        await Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync(parcel);

        // Signed out, the portal's pages send the person to the issuer again.
        await page.SignOutAsync();
        await page.GotoAsync(new Uri(platform.Portal, "/apply").ToString());
        await Expect(page.GetByLabel("密码")).ToBeVisibleAsync();
        Assert.StartsWith(platform.Identity.GetLeftPart(UriPartial.Authority), page.Url, StringComparison.Ordinal);
    }
}
