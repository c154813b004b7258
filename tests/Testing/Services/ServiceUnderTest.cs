using System.Net.Http.Headers;
using LandPlatform.Testing.Identity;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LandPlatform.Testing.Services;

/// <summary>
/// One of the platform's services, in-process but on real Kestrel ports: REST on HTTP/1.1 and gRPC on
/// an HTTP/2-only port, its own SQLite file, the private broker and the development issuer — the same
/// configuration keys the AppHost injects, so the service runs exactly as it does in the platform.
/// </summary>
public class ServiceUnderTest<TProgram> : WebApplicationFactory<TProgram>
    where TProgram : class
{
    private readonly string _name;
    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;

    public ServiceUnderTest(
        string name,
        IssuerFixture issuer,
        string? amqpUri,
        TempDirectory data,
        IReadOnlyDictionary<string, string?>? extraSettings = null,
        Action<IServiceCollection>? services = null)
    {
        ArgumentNullException.ThrowIfNull(issuer);
        ArgumentNullException.ThrowIfNull(data);
        _name = name;
        _services = services;
        HttpPort = FreePort.Next();
        GrpcPort = FreePort.Next();
        _settings = new Dictionary<string, string?>
        {
            ["Kestrel:Endpoints:http:Url"] = $"http://127.0.0.1:{HttpPort}",
            ["Kestrel:Endpoints:grpc:Url"] = $"http://127.0.0.1:{GrpcPort}",
            ["Kestrel:Endpoints:grpc:Protocols"] = "Http2",
            [$"ConnectionStrings:{name}db"] = $"Data Source={Path.Combine(data.Path, name + ".db")}",
            ["ConnectionStrings:bus"] = amqpUri,
            ["Identity:Authority"] = issuer.Url.ToString(),
            ["Identity:ClientId"] = name,
            ["Identity:ClientSecret"] = issuer.Secrets.TryGetValue(name, out var secret) ? secret : null,
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in extraSettings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }

        UseKestrel();
    }

    public int HttpPort { get; }

    public int GrpcPort { get; }

    public Uri HttpAddress => new($"http://127.0.0.1:{HttpPort}");

    public Uri GrpcAddress => new($"http://127.0.0.1:{GrpcPort}");

    /// <summary>An HttpClient on the real REST port, optionally carrying a bearer token.</summary>
    public HttpClient Client(string? token = null)
    {
        StartServer();
        var client = new HttpClient { BaseAddress = HttpAddress };
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
        // UseSetting rather than ConfigureAppConfiguration: Program.cs reads some settings while it
        // builds (the identity authority, the broker), before late configuration sources apply.
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (_services is not null)
        {
            builder.ConfigureServices(_services);
        }
    }

    public override string ToString() => _name;
}
