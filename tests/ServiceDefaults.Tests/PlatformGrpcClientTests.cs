using LandPlatform.IntegrationContracts.Credit;
using LandPlatform.ServiceDefaults.ServiceCalls;
using LandPlatform.ServiceDefaults.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Http.Resilience;

namespace LandPlatform.ServiceDefaults.Tests;

public sealed class PlatformGrpcClientTests
{
    /// <summary>
    /// The standard HTTP handler's 10 s attempt timeout ended admission's 30 s start-up call to credit after 10 s,
    /// and its circuit breaker would refuse calls their deadline still allows: gRPC clients carry none of it,
    /// while every other HttpClient keeps it.
    /// </summary>
    [Fact]
    public void GrpcClientOfAPlatformServiceCarriesNoHttpResilienceHandlerWhileOtherClientsDo()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.AddServiceDefaults();
        builder.Services.AddPlatformGrpcClient<CreditCheck.CreditCheckClient>("credit");
        builder.Services.AddHttpClient("plain");
        using var host = builder.Build();
        var handlers = host.Services.GetRequiredService<IHttpMessageHandlerFactory>();

        Assert.DoesNotContain(HandlerChain.Of(handlers.CreateHandler(nameof(CreditCheck.CreditCheckClient))), h => h is ResilienceHandler);
        Assert.Contains(HandlerChain.Of(handlers.CreateHandler("plain")), h => h is ResilienceHandler);
    }
}
