namespace LandPlatform.AppHost.RabbitMQ;

/// <summary>
/// A private node of Debian's <c>rabbitmq-server</c> run by DCP as a process (there is no container engine
/// here, and <c>Aspire.Hosting.RabbitMQ</c> is container-only). The script under <c>/usr/lib/rabbitmq/bin</c>
/// runs the node in the foreground; <c>/usr/sbin/rabbitmq-server</c> would wrap it in <c>su</c>, which does not
/// pass DCP's SIGTERM on.
/// </summary>
public sealed class RabbitMQServerResource(string name, string workingDirectory)
    : ExecutableResource(name, ServerCommand, workingDirectory), IResourceWithConnectionString
{
    public const string ServerCommand = "/usr/lib/rabbitmq/bin/rabbitmq-server";
    public const string AmqpEndpointName = "amqp";
    public const string DistributionEndpointName = "dist";

    public EndpointReference AmqpEndpoint => field ??= new(this, AmqpEndpointName);

    /// <summary>guest/guest: the node lets guest in from loopback only (stated in its config file).</summary>
    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create(
        $"amqp://guest:guest@{AmqpEndpoint.Property(EndpointProperty.Host)}:{AmqpEndpoint.Property(EndpointProperty.Port)}/");
}
