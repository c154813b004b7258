using LandPlatform.ServiceDefaults.ServiceCalls;
using LandPlatform.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LandPlatform.ServiceDefaults.Tests.Support;

/// <summary>
/// The smallest service: AddServiceDefaults, MapDefaultEndpoints, a "ledger" readiness check that
/// can be switched off, and a few endpoints; REST on HTTP/1.1 and an HTTP/2-only port for gRPC.
/// </summary>
public sealed class DefaultsApp : IAsyncDisposable
{
    public const string LogMarker = "ledger entry written";

    /// <summary>What GET /clause answers, as JSON: Chinese text with markup in it.</summary>
    public const string ClauseWithMarkup = "《西湖区创新型产业用地管理实施细则（试行）》第九条 <b>整改</b>";

    private DefaultsApp(WebApplication app, int httpPort, int grpcPort)
    {
        App = app;
        Http = new Uri($"http://127.0.0.1:{httpPort}");
        Grpc = new Uri($"http://127.0.0.1:{grpcPort}");
    }

    public WebApplication App { get; }

    public Uri Http { get; }

    public Uri Grpc { get; }

    public bool LedgerHealthy { get; set; } = true;

    public static async Task<DefaultsApp> StartAsync(string environment = "Production", params string[] settings)
    {
        var httpPort = FreePort.Next();
        var grpcPort = FreePort.Next();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = environment,
            ApplicationName = typeof(DefaultsApp).Assembly.GetName().Name,
            Args =
            [
                $"--Kestrel:Endpoints:http:Url=http://127.0.0.1:{httpPort}",
                $"--Kestrel:Endpoints:grpc:Url=http://127.0.0.1:{grpcPort}",
                "--Kestrel:Endpoints:grpc:Protocols=Http2",
                "--Logging:LogLevel:Default=Warning",
                .. settings,
            ],
        });
        builder.AddServiceDefaults();
        builder.AddPlatformGrpcServer();
        DefaultsApp? self = null;
        builder.Services.AddHealthChecks().AddCheck("ledger", () => self!.LedgerHealthy
            ? HealthCheckResult.Healthy("ledger answers")
            : HealthCheckResult.Unhealthy("ledger offline"));

        var app = builder.Build();
        app.MapDefaultEndpoints();
        app.MapGet("/hello", (ILogger<DefaultsApp> logger) =>
        {
            logger.LogWarning(LogMarker + " for {Parcel}", "Binhai 7");
            return "hello";
        });
        app.MapGet("/clause", () => new { clause = ClauseWithMarkup });
        app.MapGet("/boom", string () => throw new InvalidOperationException("connection string Password=hunter2 at /srv/secret"));
        self = new DefaultsApp(app, httpPort, grpcPort);
        await app.StartAsync();
        return self;
    }

    public async ValueTask DisposeAsync() => await App.DisposeAsync();
}
