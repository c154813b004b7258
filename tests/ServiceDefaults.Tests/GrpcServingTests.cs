using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace LandPlatform.ServiceDefaults.Tests;

public sealed class GrpcServingTests
{
    /// <summary>The gateway, the issuer and services that only call others carry no gRPC server (see DefaultEndpointsTests for one that does).</summary>
    [Fact]
    public async Task AProcessThatServesNoGrpcMapsNoGrpcHealthProbe()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.AddServiceDefaults();
        await using var app = builder.Build();
        app.MapDefaultEndpoints();

        var routes = ((IEndpointRouteBuilder)app).DataSources.SelectMany(d => d.Endpoints).OfType<RouteEndpoint>()
            .Select(e => e.RoutePattern.RawText ?? string.Empty).ToList();
        Assert.Contains(routes, r => r.StartsWith("/health", StringComparison.Ordinal));
        Assert.DoesNotContain(routes, r => r.Contains("grpc.health", StringComparison.OrdinalIgnoreCase));
    }
}
