using System.Diagnostics;
using System.Text.Json;
using LandPlatform.IntegrationContracts.Events;
using LandPlatform.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LandPlatform.Messaging.Outbox;

/// <summary>
/// Publishes committed outbox rows in commit order. One instance per process (a single loop, never concurrent
/// passes), so a row is not published twice by this process; consumers still dedupe because a crash between
/// publish and marking SentAt re-sends the row.
/// </summary>
public sealed partial class OutboxDispatcher<TDbContext>(
    IServiceScopeFactory scopes,
    IBus bus,
    OutboxSignal signal,
    IOptions<OutboxOptions> options,
    EventBusOptions busOptions,
    TimeProvider time,
    ILogger<OutboxDispatcher<TDbContext>> logger) : BackgroundService
    where TDbContext : DbContext
{
    private readonly OutboxOptions _options = options.Value;

    // Message types this process has published since the broker was last unreachable (one loop: no locking).
    private readonly HashSet<string> _warmMessageTypes = new(StringComparer.Ordinal);

    // The previous batch's outcomes being committed, and the ids of its rows (one loop: no locking).
    private Task? _commit;
    private long[] _committing = [];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await DispatchLoopAsync(stoppingToken);
        }
        finally
        {
            // Rows already published should be marked, also on the way out.
            await FinishCommitAsync();
        }
    }

    private async Task DispatchLoopAsync(CancellationToken stoppingToken)
    {
        var outageDelay = _options.InitialBackoff;
        while (!stoppingToken.IsCancellationRequested)
        {
            PassResult result;
            try
            {
                result = await DispatchPassAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The database itself failed (locked, unreachable); retry on the next poll rather than die.
                LogPassFailed(e);
                result = PassResult.Idle;
            }

            try
            {
                switch (result)
                {
                    case PassResult.BatchFull:
                        // The batch's commit runs on while the next batch is read and published.
                        outageDelay = _options.InitialBackoff;
                        continue;
                    case PassResult.BrokerUnavailable:
                        await FinishCommitAsync();
                        // New rows do not bring the broker back, so wait out the delay instead of the signal.
                        await Task.Delay(outageDelay, time, stoppingToken);
                        outageDelay = Min(outageDelay * 2, _options.MaxOutageBackoff);
                        break;
                    default:
                        await FinishCommitAsync();
                        outageDelay = _options.InitialBackoff;
                        await signal.WaitAsync(_options.PollInterval, stoppingToken);
                        break;
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    private async Task<PassResult> DispatchPassAsync(CancellationToken stoppingToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        if (!await db.HasRowsAsync<OutboxMessage>(
                stoppingToken,
                ColumnCondition.IsNull(nameof(OutboxMessage.SentAt)),
                ColumnCondition.IsNull(nameof(OutboxMessage.ParkedAt))))
        {
            // Nothing waiting: the probe spared the LINQ query (see RowExistence for why that matters when idle).
            return PassResult.Idle;
        }

        if (_commit is { IsCompleted: true })
        {
            await FinishCommitAsync();
        }

        // Read without tracking: the outcomes are written by CommitOutcomesAsync, the sent rows with one statement.
        // Rows of the previous batch whose commit is still running were handled already: leave them out.
        var now = time.GetUtcNow();
        var waiting = db.Set<OutboxMessage>()
            .AsNoTracking()
            .Where(m => m.SentAt == null && m.ParkedAt == null && (m.NextAttemptAt == null || m.NextAttemptAt <= now));
        if (_committing.Length > 0)
        {
            var unmarked = _committing;
            waiting = waiting.Where(m => !unmarked.Contains(m.Id));
        }

        var rows = await waiting.OrderBy(m => m.Id).Take(_options.BatchSize).ToListAsync(stoppingToken);
        if (rows.Count == 0)
        {
            return PassResult.Idle;
        }

        var result = rows.Count == _options.BatchSize ? PassResult.BatchFull : PassResult.Idle;
        // Publishes start in commit order and up to PublishesInFlight wait for the broker's confirmation together:
        // awaited one by one, each row waited a full round trip to the broker before the next could start, which
        // capped the path at one confirm per row (issue 15). Overlapping keeps commit order only once the bus has
        // the message type's exchange and a channel: before that, the waiting publishes resume from the thread
        // pool's queue, which is last-in first-out, and leave reversed (seen in CI). So the first row of each type,
        // and the first after an outage, goes alone once everything before it is confirmed.
        var outcomes = new Outcomes();
        var inFlight = new Queue<(OutboxMessage Row, Task<PassResult> Publish)>();
        foreach (var row in rows)
        {
            var warm = _warmMessageTypes.Contains(row.MessageType);
            var window = warm ? Math.Max(1, _options.PublishesInFlight) : 1;
            while (inFlight.Count >= window)
            {
                if (await CompleteAsync(inFlight.Dequeue(), outcomes) == PassResult.BrokerUnavailable)
                {
                    // The rows behind would only time out too; stop and probe again later.
                    result = PassResult.BrokerUnavailable;
                    break;
                }
            }

            if (result == PassResult.BrokerUnavailable)
            {
                break;
            }

            var publish = PublishAsync(row, stoppingToken);
            inFlight.Enqueue((row, publish));
            if (!warm && await CompleteAsync(inFlight.Dequeue(), outcomes) == PassResult.BrokerUnavailable)
            {
                result = PassResult.BrokerUnavailable;
                break;
            }
        }

        while (inFlight.Count > 0)
        {
            if (await CompleteAsync(inFlight.Dequeue(), outcomes) == PassResult.BrokerUnavailable)
            {
                result = PassResult.BrokerUnavailable;
            }
        }

        if (result == PassResult.BrokerUnavailable)
        {
            // The connection and its channels are rebuilt when the broker is back: cold again.
            _warmMessageTypes.Clear();
        }

        // One commit for the batch's outcomes (sent, failed, parked), not one per row: each commit is a disk sync
        // (issue 15). It runs while the next batch is read and published, one commit at a time, in batch order; a
        // crash before it re-sends the batch, which the consumers' inboxes absorb, as they absorb any re-send. Until
        // it has committed, the next pass leaves this batch's rows alone: the sent ones went out, and a failed one
        // must not be tried again before its attempt and backoff are written.
        await FinishCommitAsync();
        _committing = [.. outcomes.Sent, .. outcomes.Changed.Select(r => r.Id)];
        _commit = CommitOutcomesAsync(outcomes);
        return result;
    }

    /// <summary>Waits for the previous batch's commit; a failed one leaves its rows unsent, to be sent again.</summary>
    private async Task FinishCommitAsync()
    {
        if (_commit is null)
        {
            return;
        }

        try
        {
            await _commit;
        }
        catch (Exception e)
        {
            LogPassFailed(e);
        }
        finally
        {
            _commit = null;
            _committing = [];
        }
    }

    /// <summary>
    /// Writes a batch's outcomes in one transaction: the sent rows with one set-based UPDATE (not a tracked entity
    /// and an UPDATE statement per row, which also held the file's write gate longer), the few failed rows each with
    /// its own attempts, error, next attempt and parking. Not cancelled by shutdown: rows already published should
    /// be marked. Queues with the process's other writers of a SQLite file (SqliteWriteGate).
    /// </summary>
    private async Task CommitOutcomesAsync(Outcomes outcomes)
    {
        if (outcomes.Sent.Count == 0 && outcomes.Changed.Count == 0)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        using var writer = await SqliteWriteGate.EnterAsync(db, CancellationToken.None);
        await using var transaction = await db.Database.BeginTransactionAsync(CancellationToken.None);
        if (outcomes.Sent.Count > 0)
        {
            var sent = outcomes.Sent;
            var sentAt = time.GetUtcNow();
            await db.Set<OutboxMessage>()
                .Where(m => sent.Contains(m.Id))
                .ExecuteUpdateAsync(
                    u => u.SetProperty(m => m.SentAt, sentAt).SetProperty(m => m.LastError, (string?)null),
                    CancellationToken.None);
        }

        foreach (var row in outcomes.Changed)
        {
            var entry = db.Set<OutboxMessage>().Attach(row);
            entry.Property(m => m.Attempts).IsModified = true;
            entry.Property(m => m.LastError).IsModified = true;
            entry.Property(m => m.NextAttemptAt).IsModified = true;
            entry.Property(m => m.ParkedAt).IsModified = true;
        }

        await db.SaveChangesAsync(CancellationToken.None);
        await transaction.CommitAsync(CancellationToken.None);
    }

    private async Task<PassResult> CompleteAsync((OutboxMessage Row, Task<PassResult> Publish) pending, Outcomes outcomes)
    {
        var outcome = await pending.Publish;
        if (pending.Row.SentAt is not null)
        {
            _warmMessageTypes.Add(pending.Row.MessageType);
            outcomes.Sent.Add(pending.Row.Id);
        }
        else
        {
            // Failed, parked or met an outage: its own attempts, error and next attempt are written.
            outcomes.Changed.Add(pending.Row);
        }

        return outcome;
    }

    private async Task<PassResult> PublishAsync(OutboxMessage row, CancellationToken stoppingToken)
    {
        object message;
        Type type;
        try
        {
            (message, type) = Materialize(row);
        }
        catch (Exception e)
        {
            // The row itself is bad; retrying with backoff only helps if a deploy fixes it, and parking bounds that.
            RecordFailure(row, e);
            return PassResult.Idle;
        }

        using var activity = StartPublishActivity(row);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        timeout.CancelAfter(_options.PublishTimeout);
        try
        {
            await bus.Publish(message, type, Pipe.Execute<PublishContext>(c =>
            {
                c.MessageId = row.MessageId;
                // Consumers record who published what they acted on (the audit trail's actor).
                c.Headers.Set(MessageHeadersExtensions.PublisherHeader, busOptions.ServiceName);
            }), timeout.Token);
            row.SentAt = time.GetUtcNow();
            row.LastError = null;
            return PassResult.Idle;
        }
        catch (Exception e) when (!stoppingToken.IsCancellationRequested && BrokerFailure.IsUnavailable(e))
        {
            activity?.SetStatus(ActivityStatusCode.Error, e.Message);
            row.LastError = Truncate($"Broker unavailable: {e.Message}");
            LogBrokerUnavailable(row.MessageId, row.MessageType, e.Message);
            return PassResult.BrokerUnavailable;
        }
        catch (Exception e) when (!stoppingToken.IsCancellationRequested)
        {
            activity?.SetStatus(ActivityStatusCode.Error, e.Message);
            RecordFailure(row, e);
            return PassResult.Idle;
        }
    }

    private static (object Message, Type Type) Materialize(OutboxMessage row)
    {
        if (!IntegrationEventCatalog.TryResolve(row.MessageType, out var type))
        {
            throw new InvalidOperationException($"Unknown integration event type '{row.MessageType}'.");
        }

        var message = JsonSerializer.Deserialize(row.Body, type, OutboxJson.Options)
            ?? throw new InvalidOperationException("The outbox body is JSON null.");
        return (message, type);
    }

    private void RecordFailure(OutboxMessage row, Exception e)
    {
        row.Attempts++;
        row.LastError = Truncate($"{e.GetType().Name}: {e.Message}");
        if (row.Attempts >= _options.MaxAttempts)
        {
            row.ParkedAt = time.GetUtcNow();
            LogParked(row.MessageId, row.MessageType, row.Attempts, e);
        }
        else
        {
            row.NextAttemptAt = time.GetUtcNow() + _options.BackoffFor(row.Attempts);
            LogAttemptFailed(row.MessageId, row.MessageType, row.Attempts, e);
        }
    }

    /// <summary>
    /// Continues the trace of the request that enqueued the event, so MassTransit's send span (and through its
    /// headers the consumer's span) belongs to it. Falls back to a bare Activity when nobody listens to our source,
    /// because the parent must still be current for MassTransit to propagate it.
    /// </summary>
    private static Activity? StartPublishActivity(OutboxMessage row)
    {
        if (row.TraceParent is null || !ActivityContext.TryParse(row.TraceParent, row.TraceState, out var parent))
        {
            return MessagingTelemetry.Source.StartActivity($"outbox publish {row.MessageType}", ActivityKind.Internal);
        }

        var activity = MessagingTelemetry.Source.StartActivity(
            $"outbox publish {row.MessageType}", ActivityKind.Internal, parent);
        if (activity is null)
        {
            activity = new Activity($"outbox publish {row.MessageType}").SetParentId(row.TraceParent);
            activity.TraceStateString = row.TraceState;
            activity.Start();
        }

        activity.SetTag("messaging.message.id", row.MessageId.ToString());
        return activity;
    }

    private static string Truncate(string text) => text.Length <= 4000 ? text : text[..4000];

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private sealed class Outcomes
    {
        public List<long> Sent { get; } = [];

        public List<OutboxMessage> Changed { get; } = [];
    }

    private enum PassResult
    {
        Idle,
        BatchFull,
        BrokerUnavailable,
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox pass failed; retrying on the next poll")]
    private partial void LogPassFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Broker unavailable while publishing {MessageId} ({MessageType}): {Reason}; rows wait for it")]
    private partial void LogBrokerUnavailable(Guid messageId, string messageType, string reason);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Outbox message {MessageId} ({MessageType}) failed attempt {Attempts}; will retry")]
    private partial void LogAttemptFailed(Guid messageId, string messageType, int attempts, Exception exception);

    [LoggerMessage(Level = LogLevel.Error,
        Message = "Outbox message {MessageId} ({MessageType}) parked after {Attempts} attempts; clear ParkedAt to replay")]
    private partial void LogParked(Guid messageId, string messageType, int attempts, Exception exception);
}
