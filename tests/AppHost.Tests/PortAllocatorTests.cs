using LandPlatform.AppHost.Hosting;
using LandPlatform.AppHost.Hosting.Orchestration;

namespace LandPlatform.AppHost.Tests;

public sealed class PortAllocatorTests
{
    [Fact]
    public void Allocated_ports_are_distinct_and_free()
    {
        var allocator = new PortAllocator();

        var ports = Enumerable.Range(0, 50).Select(_ => allocator.Allocate()).ToList();

        Assert.Equal(ports.Count, ports.Distinct().Count());
        Assert.All(ports, port => Assert.True(PortAllocator.IsFree(port), $"port {port} should be free"));
    }

    [Fact]
    public void Every_endpoint_of_an_application_gets_its_own_port()
    {
        var builder = DistributedApplication.CreateBuilder(TestOptions.Create());
        builder.AddRabbitMQ("bus");
        foreach (var name in new[] { "admission", "pricing", "contracts", "monitoring", "credit" })
        {
            builder.AddProject(name, $"services/{char.ToUpperInvariant(name[0])}{name[1..]}");
        }

        var app = builder.Build();
        var ports = app.Graph.Resources.SelectMany(r => r.Endpoints.Select(e => e.Port))
            .Concat(app.Graph.Resources.OfType<LandPlatform.AppHost.Hosting.Resources.RabbitMQServerResource>().SelectMany(b => new[] { b.AmqpPort, b.DistributionPort }))
            .ToList();

        Assert.Equal(12, ports.Count);
        Assert.Equal(ports.Count, ports.Distinct().Count());
    }
}
