using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace LandPlatform.Web.Tests;

/// <summary>What every browser test does on a page: sign in by clicking, look with axe-core, keep a screenshot.</summary>
public static class Browsing
{
    /// <summary>From the portal's home page: the sign-in button, the issuer's form, back to the portal signed in.</summary>
    public static async Task SignInAsync(this IPage page, PortalPlatform platform, string username, string password = "dev")
    {
        await page.GotoAsync(platform.Portal.ToString());
        await page.GetByRole(AriaRole.Link, new() { Name = "登录", Exact = true }).First.ClickAsync();
        await page.GetByLabel("用户名").FillAsync(username);
        await page.GetByLabel("密码").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        // Back on the portal once a navigation there commits; the signal that sign-in finished is the sign-out button.
        // Waiting for that navigation's load event instead timed out once in CI (the callback's redirect replaced it).
        await page.WaitForURLAsync(url => url.StartsWith(platform.Portal.ToString(), StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.Commit });
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "退出登录" })).ToBeVisibleAsync();
    }

    public static async Task SignOutAsync(this IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "退出登录" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "登录", Exact = true }).First).ToBeVisibleAsync();
    }

    /// <summary>The page a person reaches by the item of that name in the portal's main menu.</summary>
    public static Task OpenFromMenuAsync(this IPage page, string item) =>
        page.GetByRole(AriaRole.Navigation, new() { Name = "主导航" }).GetByRole(AriaRole.Link, new() { Name = item }).ClickAsync();

    /// <summary>axe-core on the page as it is now: no serious or critical violation; and a full-page screenshot at 1366 wide.</summary>
    public static async Task CheckAsync(this IPage page, PortalPlatform platform, string name)
    {
        await page.ScreenshotAsync(new() { Path = Path.Combine(platform.ScreenshotFolder, $"{name}.png"), FullPage = true });
        var result = await page.RunAxe();
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, $"{name} ({page.Url}): " + string.Join("; ", serious.Select(Describe)));
    }

    private static string Describe(AxeResultItem v) =>
        $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}";
}
