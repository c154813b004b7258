using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using LandPlatform.DevTokenIssuer;
using LandPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace LandPlatform.Testing.Identity;

/// <summary>The development issuer on a real port, with client secrets made up for this run.</summary>
public sealed class IssuerFixture : IAsyncLifetime
{
    private WebApplication? _app;

    public ShiftableClock Clock { get; } = new();

    public Uri Url { get; private set; } = null!;

    public IReadOnlyDictionary<string, string> Secrets { get; } = ServiceIdentities.All.ToDictionary(
        s => s, _ => Convert.ToHexString(RandomNumberGenerator.GetBytes(24)));

    public SigningKey Key => _app!.Services.GetRequiredService<SigningKey>();

    public HttpClient Http { get; } = new();

    public async Task InitializeAsync()
    {
        string[] clients = [.. Secrets.Where(s => s.Key != ServiceIdentities.Pricing).Select(s => $"--Clients:{s.Key}:Secret={s.Value}")];
        _app = IssuerApplication.Build(Hosts.Args(clients), services => services.AddSingleton<TimeProvider>(Clock));
        Url = await Hosts.StartAsync(_app);
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    public Task<HttpResponseMessage> RequestAsync(params (string Key, string Value)[] form) =>
        Http.PostAsync(new Uri(Url, "/connect/token"), new FormUrlEncodedContent(form.Select(f => KeyValuePair.Create(f.Key, f.Value))));

    public async Task<string> PersonTokenAsync(string username, string password = "dev")
    {
        using var response = await RequestAsync(("grant_type", "password"), ("username", username), ("password", password));
        return await AccessToken(response);
    }

    public async Task<string> ServiceTokenAsync(string service)
    {
        using var response = await RequestAsync(
            ("grant_type", "client_credentials"), ("client_id", service), ("client_secret", Secrets[service]));
        return await AccessToken(response);
    }

    private static async Task<string> AccessToken(HttpResponseMessage response)
    {
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.GetProperty("access_token").GetString()!;
    }
}
