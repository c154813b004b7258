using System.Text.RegularExpressions;
using LandPlatform.AppHost.Hosting.Orchestration;
using LandPlatform.AppHost.Hosting.Resources;

namespace LandPlatform.AppHost.Hosting;

/// <summary>Collects resource declarations; <see cref="Build"/> checks the graph and fixes every environment.</summary>
public sealed partial class DistributedApplicationBuilder(DistributedApplicationOptions options)
{
    private readonly List<IResource> _resources = [];

    public DistributedApplicationOptions Options { get; } = options;

    public IReadOnlyList<IResource> Resources => _resources;

    public PortAllocator Ports { get; } = new();

    public IResourceBuilder<T> AddResource<T>(T resource)
        where T : IResource
    {
        // Names become parts of environment keys and RabbitMQ node names: keep them to Aspire's alphabet.
        if (!ValidName().IsMatch(resource.Name))
        {
            throw new ArgumentException($"resource name '{resource.Name}' must be lowercase letters, digits and '-', starting with a letter");
        }

        if (_resources.Any(r => r.Name == resource.Name))
        {
            throw new InvalidOperationException($"a resource named '{resource.Name}' was already added");
        }

        _resources.Add(resource);
        return new ResourceBuilder<T>(resource, this);
    }

    public DistributedApplication Build()
    {
        var executables = _resources.Select(r => r as ExecutableResource
            ?? throw new InvalidOperationException($"'{r.Name}' is not something the AppHost can run")).ToList();
        var graph = new ResourceGraph(executables);
        foreach (var resource in executables)
        {
            if (resource.HttpHealthCheckPath is { } path && resource.Endpoints.FirstOrDefault(e => e.Name == "http") is { } http)
            {
                resource.HealthCheck = new HttpHealthCheck(new Uri(http.Url + path));
            }

            resource.ResolvedEnvironment = EnvironmentResolver.Resolve(resource, Options);
        }

        return new DistributedApplication(graph, Options);
    }

    [GeneratedRegex("^[a-z][a-z0-9-]*$")]
    private static partial Regex ValidName();
}
