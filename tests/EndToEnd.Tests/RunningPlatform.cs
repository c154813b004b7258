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
/// the built services, exporting its telemetry to a receiver the tests read. One platform serves the gateway tests
/// (<see cref="PlatformCollection"/>), whose clock stays on the real day; each whole life has one of its own (Lives/WholeLife.cs).
/// It runs with <c>--controllable-clock</c>, so tests move every service's clock to the same later day
/// (<see cref="MoveClockToAsync"/>), and the issuer knows a few more enterprises (<see cref="Enterprises"/>) so each
/// whole-life test acts as an enterprise of its own.
/// </summary>
public sealed class RunningPlatform : IAsyncLifetime
{
    public static readonly string[] Resources = ["bus", "identity", "credit", "admission", "pricing", "contracts", "monitoring", "gateway"];

    /// <summary>The services whose clocks move together.</summary>
    public static readonly string[] DatedServices = ["admission", "pricing", "contracts", "monitoring", "credit"];

    /// <summary>Enterprise users the issuer is given for this run (user name, unified social credit code).</summary>
    public static readonly IReadOnlyList<(string User, string Uscc)> Enterprises = [.. Enumerable.Range(1, 10).Select(i =>
        ($"e2e.enterprise{i}", LandPlatform.IntegrationContracts.Enterprises.UnifiedSocialCreditCode
            .WithCheckDigit("911200007" + (20_261_200 + i).ToString(System.Globalization.CultureInfo.InvariantCulture)).Value))];

    private readonly SemaphoreSlim _clock = new(1, 1);

    private readonly TempDirectory _data = TempDirectory.Create("lp-e2e-");
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(60) };

    public DistributedApplication App { get; private set; } = null!;

    public OtlpReceiver Telemetry { get; private set; } = null!;

    public Uri Gateway => Url("gateway");

    public async Task InitializeAsync()
    {
        Telemetry = await OtlpReceiver.StartAsync();
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.AppHost>(
            ["--http-port", "0", "--data", _data.Path, $"--LandPlatform:OtlpEndpoint={Telemetry.Endpoint}", "--controllable-clock"]);
        var identity = builder.CreateResourceBuilder(builder.Resources.OfType<ProjectResource>().Single(r => r.Name == "identity"));
        foreach (var (user, uscc) in Enterprises)
        {
            identity.WithEnvironment($"DevUsers__Accounts__{user}__Name", $"端到端示范企业{user[^1..]}有限公司")
                .WithEnvironment($"DevUsers__Accounts__{user}__Bureau", "enterprise")
                .WithEnvironment($"DevUsers__Accounts__{user}__Uscc", uscc);
        }

        // Whole lives write far more than a clerk's minute allows (gateway limits: 60 per user, 300 per address); the
        // limits stay on, raised through the gateway's own options as scripts/bench-gateway.sh does.
        builder.CreateResourceBuilder(builder.Resources.OfType<ProjectResource>().Single(r => r.Name == "gateway"))
            .WithEnvironment("Gateway__RateLimit__WritesPerUser", "100000")
            .WithEnvironment("Gateway__RateLimit__WritesPerAddress", "100000");
        App = await builder.BuildAsync();
        // Start-up speed is the benchmark's business (scripts/bench-startup.sh); here a start only has to finish. On a
        // shared 2-core machine (load average 50–65 beside other builds and browsers) five minutes was not enough once.
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(15));
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

    /// <summary>The platform's day in the bureaus' calendar (UTC+8), as contracts' clock reads it.</summary>
    public async Task<DateOnly> TodayAsync()
    {
        using var operations = await ClientFor("operator");
        var now = (await operations.GetFromJsonAsync<JsonElement>("/api/contracts/operations/clock")).GetProperty("now").GetDateTimeOffset();
        return DateOnly.FromDateTime(now.ToOffset(TimeSpan.FromHours(8)).DateTime);
    }

    /// <summary>
    /// Moves every service's clock to noon (UTC+8) of <paramref name="day"/>, as the operator; a service already on
    /// that day stays where it is (clocks never go backward). Only a whole life, alone on its platform, moves it.
    /// </summary>
    public async Task MoveClockToAsync(DateOnly day)
    {
        var to = new DateTimeOffset(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.FromHours(8));
        await _clock.WaitAsync();
        try
        {
            using var operations = await ClientFor("operator");
            foreach (var service in DatedServices)
            {
                using var moved = await operations.PostAsJsonAsync($"/api/{service}/operations/clock", new { to });
                var body = await moved.Content.ReadAsStringAsync();
                var state = JsonDocument.Parse(body).RootElement;
                var now = state.GetProperty("now").GetDateTimeOffset();
                Assert.True(moved.StatusCode == System.Net.HttpStatusCode.OK || DateOnly.FromDateTime(now.ToOffset(TimeSpan.FromHours(8)).DateTime) >= day,
                    $"{service}'s clock: {(int)moved.StatusCode} {body}");
            }
        }
        finally
        {
            _clock.Release();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class PlatformCollection : ICollectionFixture<RunningPlatform>
{
    public const string Name = "platform";
}
