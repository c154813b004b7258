using LandPlatform.AppHost.Options;
using LandPlatform.AppHost.RabbitMQ;
using Microsoft.Extensions.DependencyInjection;

namespace Aspire.Hosting;

public static class RabbitMQServerBuilderExtensions
{
    /// <summary>
    /// A private RabbitMQ node: its own node name (unique per run, or per data folder when kept), ports and folders
    /// under <paramref name="dataDirectory"/>, so several runs and test fixtures can share the machine.
    /// </summary>
    public static IResourceBuilder<RabbitMQServerResource> AddRabbitMQServer(
        this IDistributedApplicationBuilder builder, string name, string dataDirectory, string nodeName)
    {
        DebianPackage.Require(RabbitMQServerResource.ServerCommand, "rabbitmq-server", "The message bus");
        var home = Path.Combine(dataDirectory, name);
        var etc = Directory.CreateDirectory(Path.Combine(home, "etc")).FullName;
        var config = Path.Combine(etc, "rabbitmq.conf");
        // guest may log in from loopback only (the default, stated so a machine-wide config cannot change it).
        File.WriteAllText(config, "loopback_users.guest = true\n");
        var plugins = Path.Combine(etc, "enabled_plugins");
        // No plugins: the management plugin would bind the machine-wide port 15672.
        File.WriteAllText(plugins, "[].\n");
        var envFile = Path.Combine(etc, "rabbitmq-env.conf");
        File.WriteAllText(envFile, string.Empty);

        var resource = new RabbitMQServerResource(name, home);
        var healthCheckKey = $"{name}_amqp";
        builder.Services.AddHealthChecks().AddCheck(healthCheckKey, new AmqpHealthCheck(() =>
            resource.AmqpEndpoint.IsAllocated ? (resource.AmqpEndpoint.Host, resource.AmqpEndpoint.Port) : null));

        return builder.AddResource(resource)
            .WithEndpoint(name: RabbitMQServerResource.AmqpEndpointName, scheme: "tcp", env: "RABBITMQ_NODE_PORT")
            // Not proxied: the default distribution port (AMQP port + 20000) can pass 65535.
            .WithEndpoint(name: RabbitMQServerResource.DistributionEndpointName, scheme: "tcp", env: "RABBITMQ_DIST_PORT", isProxied: false)
            .WithEnvironment("RABBITMQ_NODENAME", nodeName + "@localhost")
            .WithEnvironment("RABBITMQ_NODE_IP_ADDRESS", "127.0.0.1")
            .WithEnvironment("RABBITMQ_MNESIA_BASE", Path.Combine(home, "mnesia"))
            .WithEnvironment("RABBITMQ_LOG_BASE", Path.Combine(home, "log"))
            // "-": the node logs to standard output, which DCP shows as the resource's console log.
            .WithEnvironment("RABBITMQ_LOGS", "-")
            .WithEnvironment("RABBITMQ_CONFIG_FILE", config)
            .WithEnvironment("RABBITMQ_ENABLED_PLUGINS_FILE", plugins)
            .WithEnvironment("RABBITMQ_CONF_ENV_FILE", envFile)
            // Erlang's schedulers spin while idle, to answer sooner; on a 2-core machine that spinning takes the CPU
            // the services need to start (and keeps an idle platform busy). A broker of clerks' events does not
            // need microsecond wake-ups.
            .WithEnvironment("RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS", "+sbwt none +sbwtdcpu none +sbwtdio none")
            // The package's home: the same Erlang cookie as rabbitmqctl, so an operator can inspect the node.
            .WithEnvironment("HOME", "/var/lib/rabbitmq")
            .WithHealthCheck(healthCheckKey);
    }
}
