using LandPlatform.AppHost.Hosting.Processes;
using LandPlatform.AppHost.Hosting.Resources;

namespace LandPlatform.AppHost.Hosting;

/// <summary>AddExecutable / AddProject / AddRabbitMQ, as Aspire names them.</summary>
public static class ResourceFactoryExtensions
{
    public static IResourceBuilder<ExecutableResource> AddExecutable(
        this DistributedApplicationBuilder builder, string name, string command, string workingDirectory, params string[] args) =>
        builder.AddResource(new ExecutableResource(name, command, args, Path.GetFullPath(workingDirectory, builder.Options.RepositoryRoot)));

    /// <summary>
    /// A project of this repository by folder (relative to the root), started from
    /// <c>bin/&lt;Configuration&gt;/net10.0/LandPlatform.&lt;Project&gt;.dll</c>, with an "http" and a "grpc"
    /// endpoint and a health check on the configured path.
    /// </summary>
    public static IResourceBuilder<ProjectResource> AddProject(this DistributedApplicationBuilder builder, string name, string projectDirectory)
    {
        var directory = Path.GetFullPath(projectDirectory, builder.Options.RepositoryRoot);
        var assembly = Path.Combine(directory, "bin", builder.Options.Configuration, "net10.0", $"LandPlatform.{ProjectName(directory)}.dll");
        var project = new ProjectResource(name, directory, assembly, ExecutableLookup.DotnetHost())
        {
            HttpHealthCheckPath = builder.Options.HealthPath,
        };
        return builder.AddResource(project)
            .WithEndpoint("http")
            .WithEndpoint("grpc", http2Only: true);
    }

    /// <summary>A private RabbitMQ node for this run (see <see cref="RabbitMQServerResource"/>).</summary>
    public static IResourceBuilder<RabbitMQServerResource> AddRabbitMQ(this DistributedApplicationBuilder builder, string name)
    {
        var options = builder.Options;
        var node = $"lp-{options.RunId}@localhost";
        return builder.AddResource(new RabbitMQServerResource(name, node, builder.Ports.Allocate(), builder.Ports.Allocate(), options.DataDirectory));
    }

    /// <summary>
    /// The assembly is named after the .csproj (Directory.Build.props: LandPlatform.$(MSBuildProjectName)),
    /// which is not always the folder's name (gateway/Gateway.csproj) and Linux paths are case-sensitive.
    /// </summary>
    private static string ProjectName(string directory)
    {
        var projects = Directory.Exists(directory) ? Directory.GetFiles(directory, "*.csproj") : [];
        return projects.Length == 1 ? Path.GetFileNameWithoutExtension(projects[0]) : Path.GetFileName(directory);
    }
}
