using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using LandPlatform.Testing;
using LandPlatform.Testing.Platform;
using LandPlatform.Testing.Telemetry;

namespace LandPlatform.EndToEnd.Tests;

/// <summary>
/// The whole platform as the README starts it (the AppHost over the built services), exporting its
/// telemetry to a receiver the tests read. One platform serves every end-to-end test.
/// </summary>
public sealed class RunningPlatform : IAsyncLifetime
{
    private readonly TempDirectory _data = TempDirectory.Create("lp-e2e-");
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(60) };

    public AppHostProcess AppHost { get; private set; } = null!;

    public OtlpReceiver Telemetry { get; private set; } = null!;

    public Uri Gateway => AppHost.Url("gateway");

    public async Task InitializeAsync()
    {
        Telemetry = await OtlpReceiver.StartAsync();
        AppHost = AppHostProcess.Start(
            ["--http-port", "0", "--data", _data.Path],
            new Dictionary<string, string>
            {
                ["OTEL_EXPORTER_OTLP_ENDPOINT"] = Telemetry.Endpoint.ToString(),
                ["OTEL_BSP_SCHEDULE_DELAY"] = "500",
            });
        await AppHost.WaitUntilHealthyAsync(TimeSpan.FromSeconds(120));
    }

    public async Task DisposeAsync()
    {
        await AppHost.StopAsync(TimeSpan.FromSeconds(60));
        AppHost.Dispose();
        await Telemetry.DisposeAsync();
        _http.Dispose();
        _data.Dispose();
    }

    /// <summary>A client of the gateway acting as one of the development issuer's seeded users.</summary>
    public async Task<HttpClient> ClientFor(string username)
    {
        using var response = await _http.PostAsync(new Uri(AppHost.Url("identity"), "/connect/token"), new FormUrlEncodedContent(
            new Dictionary<string, string> { ["grant_type"] = "password", ["username"] = username, ["password"] = "dev" }));
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString();
        var client = new HttpClient { BaseAddress = Gateway, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public HttpClient Anonymous() => new() { BaseAddress = Gateway };
}

[CollectionDefinition(Name)]
public sealed class PlatformCollection : ICollectionFixture<RunningPlatform>
{
    public const string Name = "platform";
}
