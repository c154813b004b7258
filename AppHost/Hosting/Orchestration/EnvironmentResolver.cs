using LandPlatform.AppHost.Hosting.Resources;

namespace LandPlatform.AppHost.Hosting.Orchestration;

/// <summary>
/// Builds a resource's environment with Aspire's keys, so a service reads its dependencies the
/// same way under this AppHost and under Aspire. Later layers win: defaults, references, WithEnvironment.
/// </summary>
public static class EnvironmentResolver
{
    public static Dictionary<string, string> Resolve(ExecutableResource resource, DistributedApplicationOptions options)
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        resource.AddDefaultEnvironment(environment, options);
        foreach (var reference in resource.References.Distinct())
        {
            AddReference(environment, reference);
        }

        foreach (var (key, value) in resource.Environment)
        {
            environment[key] = value;
        }

        return environment;
    }

    private static void AddReference(Dictionary<string, string> environment, IResource reference)
    {
        if (reference is IResourceWithConnectionString withConnectionString)
        {
            environment[$"ConnectionStrings__{reference.Name}"] = withConnectionString.ConnectionString;
        }

        if (reference is ExecutableResource executable and not RabbitMQServerResource)
        {
            foreach (var endpoint in executable.Endpoints)
            {
                // "__0": Aspire's service discovery reads a list of addresses per endpoint name.
                environment[$"services__{reference.Name}__{endpoint.Name}__0"] = endpoint.Url;
            }
        }
    }
}
