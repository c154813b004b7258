using System.Net.Sockets;
using MassTransit;

namespace LandPlatform.Messaging.Outbox;

/// <summary>
/// Tells a broker outage from a failure of the message itself. Outages are not the row's fault, so they must not
/// count towards parking it: otherwise a long outage would park healthy events.
/// </summary>
internal static class BrokerFailure
{
    public static bool IsUnavailable(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is OperationCanceledException or TimeoutException or ConnectionException
                or TransportUnavailableException or SocketException
                || e.GetType().Namespace?.StartsWith("RabbitMQ.Client", StringComparison.Ordinal) == true)
            {
                return true;
            }
        }

        return exception is AggregateException aggregate && aggregate.InnerExceptions.Any(IsUnavailable);
    }
}
