using LandPlatform.ServiceDefaults.BadRequests;
using LandPlatform.ServiceDefaults.Clock;
using LandPlatform.ServiceDefaults.Health;
using LandPlatform.ServiceDefaults.Json;
using LandPlatform.ServiceDefaults.Memory;
using LandPlatform.ServiceDefaults.Problems;
using LandPlatform.ServiceDefaults.Resilience;
using LandPlatform.ServiceDefaults.ServiceCalls;
using LandPlatform.ServiceDefaults.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// What every LandPlatform process gets, in the shape of Aspire's ServiceDefaults template: OpenTelemetry,
/// health, strict request reading (malformed input is a 400 problem naming the field), service discovery (<c>http://credit</c> resolves from <c>services:credit:http:0</c>, which the
/// AppHost injects), the standard resilience handler on every HttpClient, and problem details.
/// </summary>
public static class ServiceDefaultsExtensions
{
    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        builder.ConfigureOpenTelemetry();
        builder.AddDefaultHealthChecks();
        builder.Services.AddServiceDiscovery();
        builder.Services.ConfigureHttpClientDefaults(http =>
        {
            http.AddPlatformResilienceHandler();
            http.AddServiceDiscovery();
        });
        builder.Services.AddPlatformProblemDetails();
        builder.Services.AddReadableJson();
        // Strict request JSON and a 400 problem naming the field for anything unreadable (BadRequests/README.md).
        builder.Services.AddBadRequestProblems();
        // One clock for every rule that depends on dates, so tests can drive time instead of sleeping; under the
        // AppHost's --controllable-clock operators move it forward (ServiceDefaults/Clock).
        builder.AddPlatformClock();
        builder.AddStartupMemoryTrim();
        return builder;
    }

    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.UsePlatformProblemDetails();
        app.UseBadRequestProblems();
        app.MapHealthEndpoints();
        // In a process that serves gRPC (AddPlatformGrpcServer), the standard gRPC probe answers from the same
        // checks as /health, without a token like /health itself.
        app.MapGrpcHealthIfServed();
        app.MapPlatformClock();
        return app;
    }
}
