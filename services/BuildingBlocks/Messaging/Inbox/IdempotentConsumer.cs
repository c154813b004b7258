using System.Text.Json;
using LandPlatform.Auditing;
using LandPlatform.Persistence;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace LandPlatform.Messaging.Inbox;

/// <summary>
/// Applies each message at most once per consumer: the inbox row, the handler's changes and any outbox rows the
/// handler adds are committed in one transaction, so "processed" and "effect" cannot diverge.
/// </summary>
public abstract partial class IdempotentConsumer<TMessage, TDbContext>(TDbContext db, ILogger logger) : IConsumer<TMessage>
    where TMessage : class
    where TDbContext : DbContext
{
    /// <summary>The inbox key's consumer part; override only to keep history when renaming the class.</summary>
    protected virtual string ConsumerName => GetType().FullName ?? GetType().Name;

    public async Task Consume(ConsumeContext<TMessage> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var messageId = context.MessageId ?? throw new MissingMessageIdException();
        var cancellationToken = context.CancellationToken;

        // One writer of the service's SQLite file at a time from this process (see SqliteWriteGate).
        using var writer = await SqliteWriteGate.EnterAsync(db, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // Explicit check first: a redelivery is normal (broker reconnects, outbox re-sends after a crash) and is
        // answered by logging, not by an exception. The primary key remains the backstop for two deliveries racing.
        // A plain SELECT in this transaction rather than LINQ's AnyAsync: EF's query pipeline (parameter extraction,
        // cache lookup, shaper) was a fifth of the consumer's CPU per message in issue 15's profile.
        var alreadyProcessed = await db.HasRowsAsync<InboxMessage>(
            cancellationToken,
            ColumnCondition.EqualTo(nameof(InboxMessage.MessageId), messageId),
            ColumnCondition.EqualTo(nameof(InboxMessage.Consumer), ConsumerName));
        if (alreadyProcessed)
        {
            LogDuplicate(messageId, typeof(TMessage).Name, ConsumerName);
            return;
        }

        db.Set<InboxMessage>().Add(new InboxMessage
        {
            MessageId = messageId,
            Consumer = ConsumerName,
            ProcessedAt = DateTimeOffset.UtcNow,
        });

        try
        {
            await HandleAsync(context.Message, db, context);
            RecordInAuditTrail(context, messageId);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch
        {
            // A retry may reuse this DbContext; half-applied tracked changes must not leak into the next attempt.
            db.ChangeTracker.Clear();
            throw;
        }
    }

    /// <summary>The resource the message acted on, for the audit record (type, id); null when none stands out.</summary>
    protected virtual (string Type, string Id)? AuditedResource(TMessage message) => null;

    /// <summary>
    /// Every consumed event is recorded in the service's audit trail (when it keeps one), in the same
    /// transaction as its effect: the actor is the publishing service, the source the message id.
    /// </summary>
    private void RecordInAuditTrail(ConsumeContext<TMessage> context, Guid messageId)
    {
        if (!context.TryGetPayload<IServiceProvider>(out var services)
            || services.GetService<IAuditTrail>() is not { } audit)
        {
            return;
        }

        var resource = AuditedResource(context.Message);
        audit.RecordConsumed(
            typeof(TMessage).Name,
            messageId.ToString(),
            $"consume:{typeof(TMessage).Name}",
            resource?.Type,
            resource?.Id,
            AuditSummary(context.Message),
            context.Publisher());
    }

    private static string AuditSummary(TMessage message)
    {
        var json = JsonSerializer.Serialize(message, SummaryOptions);
        return json.Length <= 2000 ? json : json[..2000];
    }

    // Chinese names stay readable in the audit trail rather than \u-escaped.
    private static readonly JsonSerializerOptions SummaryOptions = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Apply the message to <paramref name="db"/>; do not call SaveChanges or commit (the base does).</summary>
    protected abstract Task HandleAsync(TMessage message, TDbContext db, ConsumeContext<TMessage> context);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Message {MessageId} ({MessageType}) already processed by {Consumer}; skipped")]
    private partial void LogDuplicate(Guid messageId, string messageType, string consumer);
}
