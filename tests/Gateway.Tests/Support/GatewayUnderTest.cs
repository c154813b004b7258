using System.Net.Http.Headers;
using LandPlatform.Gateway.Routing;
using LandPlatform.Testing;
using LandPlatform.Testing.Identity;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace LandPlatform.Gateway.Tests.Support;

/// <summary>
/// The real gateway (its Program) on a real Kestrel port, with a stand-in backend per platform
/// service and the development issuer as its identity authority. Settings go in with UseSetting:
/// Program.cs reads them while it builds.
/// </summary>
public sealed class GatewayUnderTest : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;

    public GatewayUnderTest(IssuerFixture issuer, IReadOnlyDictionary<string, Uri> destinations, params (string Key, string Value)[] settings)
    {
        Port = FreePort.Next();
        _settings = new Dictionary<string, string?>
        {
            ["Kestrel:Endpoints:http:Url"] = $"http://127.0.0.1:{Port}",
            ["Identity:Authority"] = issuer.Url.ToString(),
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (service, address) in destinations)
        {
            _settings[$"services:{service}:http:0"] = address.ToString();
        }

        foreach (var (key, value) in settings)
        {
            _settings[key] = value;
        }

        UseKestrel();
    }

    public int Port { get; }

    public Uri Url => new($"http://127.0.0.1:{Port}");

    public HttpClient Client(string? token = null)
    {
        StartServer();
        var client = new HttpClient { BaseAddress = Url };
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>One echo backend per platform service.</summary>
    public static async Task<Dictionary<string, EchoBackend>> StartBackendsAsync()
    {
        var backends = new Dictionary<string, EchoBackend>();
        foreach (var service in PlatformServices.Names)
        {
            backends[service] = await EchoBackend.StartAsync(service);
        }

        return backends;
    }
}
