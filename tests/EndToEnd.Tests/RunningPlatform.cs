using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using LandPlatform.Testing;
using TempDirectory = LandPlatform.Testing.TempDirectory;
using LandPlatform.Testing.Telemetry;

namespace LandPlatform.EndToEnd.Tests;

/// <summary>
/// The whole platform as the real AppHost declares it (AppHost/Program.cs), run by Aspire's testing builder over
/// the built services, exporting its telemetry to a receiver the tests read. One platform serves every test.
/// </summary>
public sealed class RunningPlatform : IAsyncLifetime
{
    public static readonly string[] Resources = ["bus", "identity", "credit", "admission", "pricing", "contracts", "monitoring", "gateway"];

    private readonly TempDirectory _data = TempDirectory.Create("lp-e2e-");
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(60) };

    public DistributedApplication App { get; private set; } = null!;

    public OtlpReceiver Telemetry { get; private set; } = null!;

    public Uri Gateway => Url("gateway");

    public async Task InitializeAsync()
    {
        Telemetry = await OtlpReceiver.StartAsync();
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.AppHost>(
            ["--http-port", "0", "--data", _data.Path, $"--LandPlatform:OtlpEndpoint={Telemetry.Endpoint}"]);
        App = await builder.BuildAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await App.StartAsync(timeout.Token);
        await Task.WhenAll(Resources.Select(r => App.ResourceNotifications.WaitForResourceHealthyAsync(r, timeout.Token)));
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await Telemetry.DisposeAsync();
        _http.Dispose();
        _data.Dispose();
    }

    /// <summary>The resource's HTTP endpoint as the services see it (DCP's proxy).</summary>
    public Uri Url(string resource) => App.GetEndpoint(resource, "http");

    /// <summary>The process id DCP reports for the resource now.</summary>
    public int Pid(string resource)
    {
        Assert.True(App.ResourceNotifications.TryGetCurrentState(resource, out var state), $"{resource} has no state");
        return Convert.ToInt32(state.Snapshot.Properties.Single(p => p.Name == "executable.pid").Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>A client of the gateway acting as one of the development issuer's seeded users.</summary>
    public async Task<HttpClient> ClientFor(string username)
    {
        using var response = await _http.PostAsync(new Uri(Url("identity"), "/connect/token"), new FormUrlEncodedContent(
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
