using LandPlatform.Messaging.Outbox;
using RabbitMQ.Client;

namespace LandPlatform.Messaging.Operations;

/// <summary>
/// Short-lived AMQP connections for operators' requests, separate from MassTransit's: passive declares and
/// basic.get are not exposed by MassTransit, and a channel error here (a 404 on a missing queue) must not
/// disturb the service's consumers.
/// </summary>
internal sealed class OperationsBroker(AmqpUri broker, EventBusOptions options)
{
    private static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(5);

    public async Task<IConnection> ConnectAsync(CancellationToken cancellationToken)
    {
        var factory = new ConnectionFactory
        {
            HostName = broker.Host,
            Port = broker.Port,
            VirtualHost = broker.VirtualHost,
            UserName = broker.Username,
            Password = broker.Password,
            ClientProvidedName = $"{options.ServiceName}-operations",
            RequestedConnectionTimeout = ConnectTimeout,
            // One request, one connection: recovering it would only retry behind the operator's back.
            AutomaticRecoveryEnabled = false,
        };
        try
        {
            return await factory.CreateConnectionAsync(cancellationToken);
        }
        catch (Exception e) when (BrokerFailure.IsUnavailable(e) && !cancellationToken.IsCancellationRequested)
        {
            throw new OperationsBrokerUnavailableException($"Broker {broker.Host}:{broker.Port} unreachable: {e.Message}", e);
        }
    }
}
