using LandPlatform.AppHost.Hosting.Resources;

namespace LandPlatform.AppHost.Hosting;

/// <summary>Aspire's fluent vocabulary for wiring resources together.</summary>
public static class ResourceBuilderExtensions
{
    /// <summary>Injects the target's address (<c>services__x__http__0</c>) or connection string (<c>ConnectionStrings__x</c>).</summary>
    public static IResourceBuilder<T> WithReference<T>(this IResourceBuilder<T> builder, IResourceBuilder<IResource> source)
        where T : ExecutableResource
    {
        builder.Resource.References.Add(source.Resource);
        return builder;
    }

    /// <summary>Starts this resource only once <paramref name="dependency"/> is healthy; stops it before.</summary>
    public static IResourceBuilder<T> WaitFor<T>(this IResourceBuilder<T> builder, IResourceBuilder<IResource> dependency)
        where T : ExecutableResource
    {
        builder.Resource.WaitsFor.Add(dependency.Resource);
        return builder;
    }

    public static IResourceBuilder<T> WithEnvironment<T>(this IResourceBuilder<T> builder, string name, string value)
        where T : ExecutableResource
    {
        builder.Resource.Environment[name] = value;
        return builder;
    }

    public static IResourceBuilder<T> WithArgs<T>(this IResourceBuilder<T> builder, params string[] args)
        where T : ExecutableResource
    {
        builder.Resource.Args.AddRange(args);
        return builder;
    }

    /// <summary>Healthy when GET http-endpoint + <paramref name="path"/> answers 200.</summary>
    public static IResourceBuilder<T> WithHttpHealthCheck<T>(this IResourceBuilder<T> builder, string path)
        where T : ExecutableResource
    {
        builder.Resource.HttpHealthCheckPath = path;
        return builder;
    }

    public static IResourceBuilder<T> WithRestartPolicy<T>(this IResourceBuilder<T> builder, RestartPolicy policy)
        where T : ExecutableResource
    {
        builder.Resource.RestartPolicy = policy;
        return builder;
    }

    /// <summary>
    /// The resource's only endpoint becomes "http" on a fixed operator-facing port (0 = any free
    /// port). The gateway is the front door: it needs no internal gRPC port.
    /// </summary>
    public static IResourceBuilder<T> WithExternalHttpEndpoint<T>(this IResourceBuilder<T> builder, int port)
        where T : ExecutableResource
    {
        var resolved = port == 0 ? builder.ApplicationBuilder.Ports.Allocate() : port;
        builder.Resource.Endpoints.Clear();
        builder.Resource.Endpoints.Add(new EndpointAnnotation("http", resolved, IsExternal: true));
        return builder;
    }

    /// <summary>A line printed under the status table once everything is healthy.</summary>
    public static IResourceBuilder<T> WithStartupNote<T>(this IResourceBuilder<T> builder, string note)
        where T : ExecutableResource
    {
        builder.Resource.StartupNotes.Add(note);
        return builder;
    }

    /// <summary>Adds a named endpoint on a free loopback port.</summary>
    public static IResourceBuilder<T> WithEndpoint<T>(this IResourceBuilder<T> builder, string name, bool http2Only = false)
        where T : ExecutableResource
    {
        builder.Resource.Endpoints.RemoveAll(e => e.Name == name);
        builder.Resource.Endpoints.Add(new EndpointAnnotation(name, builder.ApplicationBuilder.Ports.Allocate(), http2Only));
        return builder;
    }
}
