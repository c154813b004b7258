using LandPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace LandPlatform.Security.Tests;

/// <summary>Bearer-only services do not build a data-protection key ring at start-up, yet could still protect.</summary>
public sealed class DataProtectionStartupTests
{
    private static bool StartsKeyRing(IServiceCollection services) =>
        services.Any(d => d.ServiceType == typeof(IHostedService)
            && d.ImplementationType?.FullName == DataProtectionStartup.HostedServiceTypeName);

    [Fact]
    public void AddAuthentication_on_its_own_still_starts_the_key_ring()
    {
        // Guards the removal below: were ASP.NET Core to rename the hosted service, this fails first.
        var services = new ServiceCollection();
        services.AddAuthentication();

        Assert.True(StartsKeyRing(services));
    }

    [Fact]
    public void Platform_authentication_does_not_start_the_key_ring_but_keeps_data_protection_available()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Identity:Authority"] = "http://127.0.0.1:1",
        });
        builder.AddPlatformAuthentication();

        Assert.False(StartsKeyRing(builder.Services));
        using var host = builder.Build();
        Assert.NotNull(host.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test"));
    }
}
