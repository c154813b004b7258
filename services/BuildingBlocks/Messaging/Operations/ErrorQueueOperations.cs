using LandPlatform.Auditing;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace LandPlatform.Messaging.Operations;

/// <summary>This service's <c>_error</c> queues: how full they are, and moving their messages back.</summary>
public interface IErrorQueueOperations
{
    /// <summary>The service's own queues, for validating a replay's target.</summary>
    IReadOnlyList<string> Queues { get; }

    Task<IReadOnlyList<ErrorQueueInfo>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Moves up to <paramref name="max"/> messages from <c>queue_error</c> back to <paramref name="queue"/>.</summary>
    Task<ErrorQueueReplay> ReplayAsync(string queue, int max, CancellationToken cancellationToken);
}

internal sealed partial class ErrorQueueOperations<TDbContext>(
    IBus bus,
    ServiceQueues queues,
    OperationsBroker broker,
    OperationsAudit<TDbContext> audit,
    ILogger<ErrorQueueOperations<TDbContext>> logger) : IErrorQueueOperations
    where TDbContext : DbContext
{
    private const int NotFound = 404;

    public IReadOnlyList<string> Queues
    {
        get
        {
            // Resolving IBus built the bus, which is when ConfigureEndpoints reported each queue to ServiceQueues.
            GC.KeepAlive(bus);
            return queues.Names;
        }
    }

    public async Task<IReadOnlyList<ErrorQueueInfo>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await broker.ConnectAsync(cancellationToken);
        var result = new List<ErrorQueueInfo>();
        foreach (var queue in Queues)
        {
            var errorQueue = queue + ServiceQueues.ErrorSuffix;
            // A passive declare of a missing queue closes its channel, so each queue gets its own.
            await using var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
            var count = await CountAsync(channel, errorQueue, cancellationToken);
            result.Add(new ErrorQueueInfo(queue, errorQueue, count is not null, count ?? 0));
        }

        return result;
    }

    public async Task<ErrorQueueReplay> ReplayAsync(string queue, int max, CancellationToken cancellationToken)
    {
        if (!Queues.Contains(queue))
        {
            throw new ArgumentException($"'{queue}' is not a queue of this service.", nameof(queue));
        }

        var errorQueue = queue + ServiceQueues.ErrorSuffix;
        await using var connection = await broker.ConnectAsync(cancellationToken);
        // Confirms with tracking: BasicPublishAsync returns only once the broker has the copy (and throws if it
        // was nacked or, being mandatory, could not be routed), so the original is acked only after that.
        await using var channel = await connection.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true),
            cancellationToken);

        var waiting = await CountAsync(channel, errorQueue, cancellationToken);
        var (moved, stoppedBecause) = waiting is > 0
            // At most what was waiting when we started: a message that fails again and returns to the error queue
            // during this loop is not picked up a second time.
            ? await MoveAsync(channel, queue, errorQueue, (int)Math.Min((uint)max, waiting.Value), cancellationToken)
            : (0, null);
        uint? remaining = channel.IsOpen ? await CountAsync(channel, errorQueue, CancellationToken.None) ?? 0 : null;

        var replay = new ErrorQueueReplay(queue, errorQueue, max, moved, remaining, stoppedBecause);
        LogReplayed(queue, moved, remaining, stoppedBecause);
        await audit.RecordAsync(new AuditEntry(
            OperationsAudit<TDbContext>.ReplayOperation, "queue", queue, After: AuditSummary.Json(replay)), CancellationToken.None);
        return replay;
    }

    private async Task<(int Moved, string? StoppedBecause)> MoveAsync(
        IChannel channel, string queue, string errorQueue, int limit, CancellationToken cancellationToken)
    {
        var moved = 0;
        while (moved < limit && !cancellationToken.IsCancellationRequested)
        {
            var message = await channel.BasicGetAsync(errorQueue, autoAck: false, cancellationToken);
            if (message is null)
            {
                break;
            }

            try
            {
                // The same body and properties, MessageId and headers included, so the consumer's inbox still
                // recognises a message it had in fact processed. Sent through the default exchange straight to the
                // queue: MassTransit's exchange of the same name would do too, but the queue is what we checked.
                // Not cancellable from here on: publish and ack belong together.
                await channel.BasicPublishAsync(
                    exchange: string.Empty,
                    routingKey: queue,
                    mandatory: true,
                    basicProperties: new BasicProperties(message.BasicProperties),
                    body: message.Body.ToArray(),
                    cancellationToken: CancellationToken.None);
            }
            catch (Exception e) when (e is RabbitMQ.Client.Exceptions.PublishException or OperationInterruptedException or AlreadyClosedException)
            {
                // Not acked, so the broker keeps the message in the error queue (requeued now, or when the channel closes).
                LogMoveFailed(queue, message.BasicProperties.MessageId, e);
                if (channel.IsOpen)
                {
                    await channel.BasicNackAsync(message.DeliveryTag, multiple: false, requeue: true, CancellationToken.None);
                }

                return (moved, e.Message);
            }

            // A failure between the publish and this ack leaves a copy in both queues; the inbox absorbs the duplicate.
            await channel.BasicAckAsync(message.DeliveryTag, multiple: false, CancellationToken.None);
            moved++;
        }

        return (moved, null);
    }

    /// <summary>Ready messages in <paramref name="queue"/>, or null when the broker says it does not exist.</summary>
    private static async Task<uint?> CountAsync(IChannel channel, string queue, CancellationToken cancellationToken)
    {
        try
        {
            return (await channel.QueueDeclarePassiveAsync(queue, cancellationToken)).MessageCount;
        }
        catch (OperationInterruptedException e) when (e.ShutdownReason?.ReplyCode == NotFound)
        {
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Replayed {Moved} message(s) from {Queue}_error to {Queue}; {Remaining} left; stopped early: {StoppedBecause}")]
    private partial void LogReplayed(string queue, int moved, uint? remaining, string? stoppedBecause);

    [LoggerMessage(Level = LogLevel.Error,
        Message = "Could not move message {MessageId} back to {Queue}; it stays in the error queue")]
    private partial void LogMoveFailed(string queue, string? messageId, Exception exception);
}
