using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Playwright;
using TempDirectory = LandPlatform.Testing.TempDirectory;

namespace LandPlatform.Web.Tests;

/// <summary>
/// The whole platform as AppHost/Program.cs declares it (the portal included), started once per run by Aspire's
/// testing builder, and Debian's chromium driven by Playwright. Screenshots go to <see cref="ScreenshotFolder"/>
/// (<c>bin/…/screenshots/&lt;run&gt;</c>, or <c>PORTAL_SCREENSHOTS</c>).
/// </summary>
public sealed class PortalPlatform : IAsyncLifetime
{
    public static readonly string[] Resources = ["bus", "identity", "credit", "admission", "pricing", "contracts", "monitoring", "gateway", "web"];

    private readonly TempDirectory _data = TempDirectory.Create("lp-web-");
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(60) };
    private IPlaywright? _playwright;

    public DistributedApplication App { get; private set; } = null!;

    /// <summary>The run's data folder: each service's SQLite file (<c>&lt;service&gt;.db</c>) and the broker's node.</summary>
    public string DataDirectory => _data.Path;

    public IBrowser Browser { get; private set; } = null!;

    public string ScreenshotFolder { get; } = Environment.GetEnvironmentVariable("PORTAL_SCREENSHOTS") is { Length: > 0 } folder
        ? folder
        : Path.Combine(AppContext.BaseDirectory, "screenshots", DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture));

    /// <summary>The portal as people reach it: through the gateway.</summary>
    public Uri Portal => App.GetEndpoint("gateway", "http");

    /// <summary>The development issuer, whose sign-in page the browser is sent to.</summary>
    public Uri Identity => App.GetEndpoint("identity", "http");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(ScreenshotFolder);
        // A shared two-core machine under load: a form post through gateway, portal, gateway and service can take
        // longer than Playwright's 5 s default before the page shows its answer.
        Assertions.SetDefaultExpectTimeout(120_000);
        // The portal's parcels are Binhai's (Setup.cs), so the platform reports to the province as 滨海新区: the province
        // takes a supply record only with an 电子监管号 of the reporting district.
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.AppHost>(
            ["--http-port", "0", "--data", _data.Path, "--Provincial:DistrictCode=120116", "--Provincial:DistrictName=滨海新区"]);
        // Reporting parks a record after two failed deliveries instead of fifteen (minutes of back-off), so the
        // ledger page's replay is reached within a test while the provincial simulator is down.
        builder.CreateResourceBuilder((IResourceWithEnvironment)builder.Resources.Single(r => r.Name == "reporting"))
            .WithEnvironment("Reporting__Delivery__MaxAttempts", "2");
        App = await builder.BuildAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(15));
        await App.StartAsync(timeout.Token);
        await Task.WhenAll(Resources.Select(r => App.ResourceNotifications.WaitForResourceHealthyAsync(r, timeout.Token)));

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Headless = true,
            // Tests run as root in development containers, where Chromium's sandbox cannot start.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        await App.DisposeAsync();
        _http.Dispose();
        _data.Dispose();
    }

    /// <summary>A fresh browser window of an office screen (1366×768), in Chinese, signed in as no one.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1366, Height = 768 }, Locale = "zh-CN" });
        context.SetDefaultTimeout(120_000);
        context.SetDefaultNavigationTimeout(120_000);
        return await context.NewPageAsync();
    }

    /// <summary>The provincial simulator's fault mode (Normal, Down, Slow, Reject, DropReply): its test-double control.</summary>
    public async Task ProvinceAsync(string mode)
    {
        using var response = await _http.PutAsJsonAsync(new Uri(App.GetEndpoint("provincial", "http"), "/admin/faults"), new { mode });
        response.EnsureSuccessStatusCode();
    }

    /// <summary>A client of the gateway acting as a seeded user (for setting up what a test does not click through).</summary>
    public async Task<HttpClient> ApiAs(string username)
    {
        using var response = await _http.PostAsync(new Uri(Identity, "/connect/token"), new FormUrlEncodedContent(
            new Dictionary<string, string> { ["grant_type"] = "password", ["username"] = username, ["password"] = "dev" }));
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString();
        var client = new HttpClient { BaseAddress = Portal, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}

[CollectionDefinition(Name)]
public sealed class PortalCollection : ICollectionFixture<PortalPlatform>
{
    public const string Name = "portal";
}
