using LandPlatform.BadInput.Tests.Drill;
using LandPlatform.Testing;
using LandPlatform.Testing.Identity;
using LandPlatform.Testing.Services;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace LandPlatform.BadInput.Tests.Services;

/// <summary>One service under the drill: its endpoints, its ports and its SQLite file.</summary>
public sealed class DrilledService : IAsyncDisposable
{
    /// <summary>The servers' body limit in the drill, by configuration (Kestrel's default is 30 MB), so bodies over it stay cheap to send.</summary>
    public const long MaxRequestBodyBytes = 256 * 1024;

    // Calls to other services never happen (no malformed body reaches a handler); an address that refuses
    // connections makes any that did fail loudly instead of reaching a real service.
    private const string Nowhere = "http://127.0.0.1:9";

    private readonly TempDirectory _data;
    private readonly IAsyncDisposable _host;

    private DrilledService(string name, TempDirectory data, IAsyncDisposable host, IServiceProvider services, Uri http, Uri grpc)
    {
        Name = name;
        _data = data;
        _host = host;
        Services = services;
        HttpAddress = http;
        GrpcAddress = grpc;
    }

    public string Name { get; }

    public IServiceProvider Services { get; }

    public Uri HttpAddress { get; }

    public Uri GrpcAddress { get; }

    public string DatabaseFile => Path.Combine(_data.Path, Name + ".db");

    public EndpointDataSource Endpoints => Services.GetRequiredService<EndpointDataSource>();

    /// <summary>Starts the service; the drill begins once <paramref name="settled"/> holds for its stored data (work it does on its own at start-up is done).</summary>
    /// <param name="configuration">What this service needs besides the platform's settings (e.g. reporting's province).</param>
    public static async Task<DrilledService> StartAsync<TProgram>(
        string name, IssuerFixture issuer, RabbitMqNode bus, Func<StoredData, bool>? settled = null, IReadOnlyDictionary<string, string?>? configuration = null)
        where TProgram : class
    {
        ArgumentNullException.ThrowIfNull(bus);
        var data = TempDirectory.Create($"lp-drill-{name}-");
        var settings = new Dictionary<string, string?>
        {
            ["Kestrel:Limits:MaxRequestBodySize"] = MaxRequestBodyBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["services:credit:grpc:0"] = Nowhere,
            ["services:contracts:grpc:0"] = Nowhere,
            ["Logging:LogLevel:Default"] = "Error",
        };
        foreach (var (key, value) in configuration ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var host = new DevelopmentHost<TProgram>(name, issuer, bus.AmqpUri.ToString(), data, settings);
        host.StartServer();
        var service = new DrilledService(name, data, host, host.Services, host.HttpAddress, host.GrpcAddress);
        if (settled is not null)
        {
            await Eventually.HoldsAsync(async () => settled(await StoredData.ReadAsync(service.DatabaseFile)), $"{name} finishes its start-up work", TimeSpan.FromSeconds(60));
        }

        return service;
    }

    public async ValueTask DisposeAsync()
    {
        await _host.DisposeAsync();
        _data.Dispose();
    }
}
