using System.Collections.Concurrent;
using System.Net;
using LandPlatform.Grpc.Clients;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;

namespace LandPlatform.Grpc.Tests.TestServer;

/// <summary>
/// A real Kestrel on loopback: one HTTP/2-only (h2c prior knowledge) listener for gRPC and one
/// HTTP/1.1 listener for REST, both on ephemeral ports — the deployment shape, minus configuration.
/// </summary>
public sealed class GrpcTestServer : IAsyncLifetime
{
    private WebApplication? _app;
    private ListenOptions? _grpcListener;
    private ListenOptions? _restListener;

    public CallSignals Signals { get; } = new();

    public bool Healthy { get; set; } = true;

    public Support.CapturingLoggerProvider Logs { get; } = new();

    public Uri GrpcAddress => new($"http://127.0.0.1:{_grpcListener!.IPEndPoint!.Port}");

    public Uri RestAddress => new($"http://127.0.0.1:{_restListener!.IPEndPoint!.Port}");

    public IServiceProvider Services => _app!.Services;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(Logs);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, 0, listen =>
            {
                listen.Protocols = HttpProtocols.Http2;
                _grpcListener = listen;
            });
            kestrel.Listen(IPAddress.Loopback, 0, listen =>
            {
                listen.Protocols = HttpProtocols.Http1;
                _restListener = listen;
            });
        });

        builder.Services.AddGrpcTransport();
        builder.Services.AddHealthChecks().AddCheck("toggle", () => Healthy ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy());

        _app = builder.Build();
        _app.MapGet("/api/ping", () => "pong");
        _app.MapGrpcHealthService();
        _app.MapGrpcService(CreditCheckClient.ServiceName).MapUnary<IntegrationContracts.Credit.CheckRequest, IntegrationContracts.Credit.CheckResponse>("Check", CreditHandlers.CheckAsync);
        ProbeService.Map(_app, Signals);
        BrokenProxy.Map(_app);

        await _app.StartAsync();
    }

    public HttpClient CreateHttpClient() => new(new SocketsHttpHandler())
    {
        BaseAddress = GrpcAddress,
        DefaultRequestVersion = HttpVersion.Version20,
        DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact,
        Timeout = TimeSpan.FromSeconds(30),
    };

    public GrpcChannel CreateChannel() => GrpcChannel.ForAddress(GrpcAddress);

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}

/// <summary>Lets a test observe a handler it started: keyed by a value the test chose.</summary>
public sealed class CallSignals
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _signals = new();

    public TaskCompletionSource Get(string name) =>
        _signals.GetOrAdd(name, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
}

[CollectionDefinition(Name)]
public sealed class GrpcServerCollection : ICollectionFixture<GrpcTestServer>
{
    public const string Name = "gRPC server";
}
