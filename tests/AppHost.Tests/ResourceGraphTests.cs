using LandPlatform.AppHost.Hosting;
using LandPlatform.AppHost.Hosting.Orchestration;
using LandPlatform.AppHost.Hosting.Resources;

namespace LandPlatform.AppHost.Tests;

public sealed class ResourceGraphTests
{
    private static (DistributedApplicationBuilder Builder, Func<string, IResourceBuilder<ExecutableResource>> Add) NewBuilder()
    {
        var builder = DistributedApplication.CreateBuilder(TestOptions.Create());
        return (builder, name => builder.AddExecutable(name, "true", "."));
    }

    [Fact]
    public void Start_order_puts_every_resource_after_everything_it_waits_for()
    {
        var (builder, add) = NewBuilder();
        // Declared in an order that is NOT already a valid start order.
        var gateway = add("gateway");
        var admission = add("admission");
        var credit = add("credit");
        var bus = add("bus");
        credit.WaitFor(bus);
        admission.WaitFor(bus).WaitFor(credit);
        gateway.WaitFor(admission).WaitFor(credit);

        var order = builder.Build().Graph.StartOrder.Select(r => r.Name).ToList();

        Assert.Equal(["bus", "credit", "admission", "gateway"], order);
    }

    [Fact]
    public void Shutdown_order_stops_every_resource_before_what_it_waits_for()
    {
        var (builder, add) = NewBuilder();
        var bus = add("bus");
        var contracts = add("contracts").WaitFor(bus);
        add("monitoring").WaitFor(bus).WaitFor(contracts);
        add("pricing").WaitFor(bus);

        var graph = builder.Build().Graph;
        var order = graph.ShutdownOrder.Select(r => r.Name).ToList();

        Assert.Equal(graph.StartOrder.Select(r => r.Name).Reverse(), order);
        foreach (var resource in graph.Resources)
        {
            foreach (var dependency in ResourceGraph.DependenciesOf(resource))
            {
                Assert.True(order.IndexOf(resource.Name) < order.IndexOf(dependency.Name), $"{resource.Name} must stop before {dependency.Name}");
            }
        }

        Assert.Equal("bus", order[^1]);
    }

    [Fact]
    public void A_WaitFor_cycle_is_rejected_with_its_path()
    {
        var (builder, add) = NewBuilder();
        var a = add("a");
        var b = add("b");
        var c = add("c");
        a.WaitFor(b);
        b.WaitFor(c);
        c.WaitFor(a);

        var error = Assert.Throws<InvalidOperationException>(builder.Build);

        Assert.Contains("a -> b -> c -> a", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Waiting_for_a_resource_of_another_application_is_rejected()
    {
        var (builder, add) = NewBuilder();
        var (_, addElsewhere) = NewBuilder();
        add("a").WaitFor(addElsewhere("stranger"));

        var error = Assert.Throws<InvalidOperationException>(builder.Build);

        Assert.Contains("'stranger'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_and_malformed_names_are_rejected()
    {
        var (_, add) = NewBuilder();
        add("credit");

        Assert.Throws<InvalidOperationException>(() => add("credit"));
        Assert.Throws<ArgumentException>(() => add("Credit"));
        Assert.Throws<ArgumentException>(() => add("credit api"));
    }
}
