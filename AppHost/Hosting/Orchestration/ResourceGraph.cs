using LandPlatform.AppHost.Hosting.Resources;

namespace LandPlatform.AppHost.Hosting.Orchestration;

/// <summary>
/// The WaitFor graph: start order (dependencies first), shutdown order (the reverse), and the
/// checks that would otherwise surface as a hang at run time (cycles, undeclared resources).
/// </summary>
public sealed class ResourceGraph
{
    private readonly Dictionary<ExecutableResource, List<ExecutableResource>> _dependents = [];

    public ResourceGraph(IReadOnlyList<ExecutableResource> resources)
    {
        Resources = resources;
        var declared = resources.ToHashSet();
        foreach (var resource in resources)
        {
            _dependents[resource] = [];
        }

        foreach (var resource in resources)
        {
            foreach (var target in resource.WaitsFor.Concat(resource.References))
            {
                if (target is not ExecutableResource executable || !declared.Contains(executable))
                {
                    throw new InvalidOperationException(
                        $"'{resource.Name}' refers to '{target.Name}', which was not added to this application.");
                }
            }

            foreach (var dependency in DependenciesOf(resource))
            {
                _dependents[dependency].Add(resource);
            }
        }

        StartOrder = TopologicalOrder(resources);
        ShutdownOrder = [.. StartOrder.Reverse()];
    }

    public IReadOnlyList<ExecutableResource> Resources { get; }

    /// <summary>Every resource after all it waits for (declaration order among independent ones).</summary>
    public IReadOnlyList<ExecutableResource> StartOrder { get; }

    /// <summary>Every resource before all it waits for: nobody loses a dependency while still running.</summary>
    public IReadOnlyList<ExecutableResource> ShutdownOrder { get; }

    public static IEnumerable<ExecutableResource> DependenciesOf(ExecutableResource resource) =>
        resource.WaitsFor.Cast<ExecutableResource>().Distinct();

    public IReadOnlyList<ExecutableResource> DependentsOf(ExecutableResource resource) => _dependents[resource];

    private static List<ExecutableResource> TopologicalOrder(IReadOnlyList<ExecutableResource> resources)
    {
        var order = new List<ExecutableResource>(resources.Count);
        var done = new HashSet<ExecutableResource>();
        var path = new List<ExecutableResource>();
        foreach (var resource in resources)
        {
            Visit(resource, order, done, path);
        }

        return order;
    }

    private static void Visit(ExecutableResource resource, List<ExecutableResource> order, HashSet<ExecutableResource> done, List<ExecutableResource> path)
    {
        if (done.Contains(resource))
        {
            return;
        }

        var index = path.IndexOf(resource);
        if (index >= 0)
        {
            var cycle = path.Skip(index).Append(resource).Select(r => r.Name);
            throw new InvalidOperationException($"WaitFor cycle: {string.Join(" -> ", cycle)}. Nothing in a cycle could ever start.");
        }

        path.Add(resource);
        foreach (var dependency in DependenciesOf(resource))
        {
            Visit(dependency, order, done, path);
        }

        path.RemoveAt(path.Count - 1);
        done.Add(resource);
        order.Add(resource);
    }
}
