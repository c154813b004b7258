using System.Diagnostics;
using LandPlatform.AppHost.Options;
using LandPlatform.AppHost.PostgreSql;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Aspire.Hosting;

public static class PostgresServerBuilderExtensions
{
    /// <summary>sun_path holds 108 bytes on Linux, the last one the terminating zero.</summary>
    private const int MaxSocketPath = 107;

    /// <summary>A private PostgreSQL cluster in <c>{dataDirectory}/{name}</c>, made on its first start.</summary>
    public static IResourceBuilder<PostgresServerResource> AddPostgresServer(
        this IDistributedApplicationBuilder builder, string name, string dataDirectory)
    {
        var binaries = PostgresBinaries.Find()
            ?? throw DebianPackage.Missing("/usr/lib/postgresql/*/bin/postgres", "postgresql", "--postgres");
        var cluster = Directory.CreateDirectory(Path.Combine(dataDirectory, name)).FullName;
        // The server refuses to run as root: as root, the cluster belongs to the package's 'postgres' user and
        // setpriv switches to it and then execs (no su in between, so DCP's SIGTERM reaches the server).
        var asRoot = Environment.UserName == "root";
        if (asRoot)
        {
            Process.Start("chown", ["postgres:postgres", cluster])!.WaitForExit();
        }

        // The socket sits in the cluster's folder unless its path passes the kernel's 107 bytes (a deep clone): the
        // server refuses to start when it can make no socket, so it then listens on TCP only ('' = no socket).
        var socketDirectory = Path.Combine(cluster, ".s.PGSQL.65535").Length <= MaxSocketPath ? cluster : string.Empty;
        var script = $"test -f '{cluster}/PG_VERSION' || {binaries}/initdb -D '{cluster}' -U postgres --auth=trust -E UTF8 >/dev/null && " +
            $"exec {binaries}/postgres -D '{cluster}' -k '{socketDirectory}' -c listen_addresses=127.0.0.1";
        string[] args = asRoot
            ? ["--reuid=postgres", "--regid=postgres", "--init-groups", "--", "/bin/sh", "-c", script]
            : ["-c", script];
        var resource = new PostgresServerResource(name, asRoot ? "setpriv" : "/bin/sh", cluster);

        var healthCheckKey = $"{name}_ready";
        builder.Services.AddHealthChecks().AddAsyncCheck(healthCheckKey, async cancellationToken =>
        {
            if (!resource.Endpoint.IsAllocated)
            {
                return HealthCheckResult.Unhealthy("no port yet");
            }

            // pg_isready speaks the protocol: healthy once the server accepts connections, not when a port opens.
            using var probe = Process.Start(new ProcessStartInfo($"{binaries}/pg_isready",
                ["-h", "127.0.0.1", "-p", resource.Endpoint.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-U", "postgres"])
            { RedirectStandardOutput = true })!;
            await probe.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
            return probe.ExitCode == 0 ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy($"pg_isready exited {probe.ExitCode}");
        });

        return builder.AddResource(resource)
            .WithArgs(args)
            // PGPORT is the server's default port (and initdb ignores it).
            .WithEndpoint(name: PostgresServerResource.EndpointName, scheme: "tcp", env: "PGPORT")
            .WithHealthCheck(healthCheckKey);
    }
}
