using System.Net.Http.Json;
using LandPlatform.ProvincialPlatform;
using LandPlatform.ProvincialPlatform.Api;
using LandPlatform.ProvincialProtocol;
using LandPlatform.Testing;
using LandPlatform.Testing.Identity;
using Microsoft.AspNetCore.Builder;

namespace LandPlatform.Reporting.Tests.Support;

/// <summary>
/// The real simulator on Kestrel with its own SQLite file, knowing the reporting district by an HMAC secret and an SM2
/// key, and a neighbouring district by its own HMAC secret.
/// </summary>
public sealed class ProvincialSimulator : IAsyncDisposable
{
    public const string District = "410402";

    /// <summary>Another district the province knows (卫东区), sending with its own secret.</summary>
    public const string Neighbour = "410403";

    private readonly WebApplication _app;
    private readonly HttpClient _admin;

    private ProvincialSimulator(WebApplication app, Uri url, string hmacSecret, string sm2PrivateKey, string neighbourSecret)
    {
        _app = app;
        Url = url;
        HmacSecret = hmacSecret;
        Sm2PrivateKey = sm2PrivateKey;
        NeighbourSecret = neighbourSecret;
        _admin = new HttpClient { BaseAddress = url };
    }

    public Uri Url { get; }

    public string HmacSecret { get; }

    public string Sm2PrivateKey { get; }

    public string NeighbourSecret { get; }

    public HttpClient Http => _admin;

    public static async Task<ProvincialSimulator> StartAsync(TempDirectory data)
    {
        var secret = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24));
        var neighbourSecret = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24));
        var (privateKey, publicKey) = Sm2Keys.Generate();
        var app = SimulatorApplication.Build(Hosts.Args(
            $"--ConnectionStrings:provincialdb=Data Source={Path.Combine(data.Path, "provincial.db")}",
            $"--Simulator:Districts:{District}:HmacSecret={secret}",
            $"--Simulator:Districts:{District}:Sm2PublicKey={publicKey}",
            $"--Simulator:Districts:{Neighbour}:HmacSecret={neighbourSecret}"));
        var url = await Hosts.StartAsync(app);
        return new ProvincialSimulator(app, url, secret, privateKey, neighbourSecret);
    }

    public async Task SetAsync(string mode, int delayMs = 0)
    {
        using var response = await _admin.PutAsJsonAsync("/admin/faults", new { mode, delayMs });
        response.EnsureSuccessStatusCode();
    }

    public async Task<AdminApi.Stats> StatsAsync() => (await _admin.GetFromJsonAsync<AdminApi.Stats>("/admin/stats", WireJson.Options))!;

    public async Task<List<AdminApi.HeldRecord>> RecordsAsync() =>
        (await _admin.GetFromJsonAsync<List<AdminApi.HeldRecord>>("/admin/records", WireJson.Options))!;

    public async ValueTask DisposeAsync()
    {
        _admin.Dispose();
        await _app.DisposeAsync();
    }
}
