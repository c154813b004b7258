using LandPlatform.Messaging.Tests.Support;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace LandPlatform.Messaging.Tests;

/// <summary>The bus never reports usage to MassTransit's servers (a government platform sends nothing out).</summary>
public sealed class UsageTelemetryTests
{
    [Fact]
    public void The_event_bus_switches_MassTransit_usage_telemetry_off()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:bus"] = "amqp://guest:guest@127.0.0.1:1/",
        });
        builder.Services.AddDbContext<TestDb>(o => o.UseSqlite("Data Source=:memory:"));
        builder.AddEventBus<TestDb>();

        using var services = builder.Services.BuildServiceProvider();

        Assert.False(services.GetRequiredService<IOptions<UsageTelemetryOptions>>().Value.Enabled);
    }

    [Fact]
    public void Without_the_switch_MassTransit_would_report()
    {
        // The assertion above can fail: MassTransit's own default is on.
        var services = new ServiceCollection();
        services.AddMassTransit(bus => bus.UsingInMemory());

        using var provider = services.BuildServiceProvider();

        Assert.True(provider.GetRequiredService<IOptions<UsageTelemetryOptions>>().Value.Enabled);
    }
}
