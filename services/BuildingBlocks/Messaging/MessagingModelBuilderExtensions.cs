using LandPlatform.Messaging.Inbox;
using LandPlatform.Messaging.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace LandPlatform.Messaging;

public static class MessagingModelBuilderExtensions
{
    /// <summary>
    /// Stored as Unix milliseconds because SQLite cannot compare or order DateTimeOffset columns, and the
    /// dispatcher's query does both; bigint works the same on PostgreSQL.
    /// </summary>
    private static readonly ValueConverter<DateTimeOffset, long> UnixMilliseconds = new(
        v => v.ToUnixTimeMilliseconds(),
        v => DateTimeOffset.FromUnixTimeMilliseconds(v));

    /// <summary>Adds the outbox and inbox tables to a service's model; call from OnModelCreating.</summary>
    public static ModelBuilder AddOutboxAndInbox(this ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);

        modelBuilder.Entity<OutboxMessage>(e =>
        {
            e.ToTable("OutboxMessages");
            e.HasKey(m => m.Id);
            e.HasIndex(m => m.MessageId).IsUnique();
            e.HasIndex(m => new { m.SentAt, m.ParkedAt, m.Id });
            e.Property(m => m.MessageType).HasMaxLength(200);
            e.Property(m => m.TraceParent).HasMaxLength(128);
            e.Property(m => m.TraceState).HasMaxLength(512);
            e.Property(m => m.LastError).HasMaxLength(4000);
            e.Property(m => m.OccurredAt).HasConversion(UnixMilliseconds);
            e.Property(m => m.NextAttemptAt).HasConversion(UnixMilliseconds);
            e.Property(m => m.SentAt).HasConversion(UnixMilliseconds);
            e.Property(m => m.ParkedAt).HasConversion(UnixMilliseconds);
        });

        modelBuilder.Entity<InboxMessage>(e =>
        {
            e.ToTable("InboxMessages");
            // The key is the uniqueness guarantee behind the explicit duplicate check in IdempotentConsumer.
            e.HasKey(m => new { m.MessageId, m.Consumer });
            e.Property(m => m.Consumer).HasMaxLength(256);
            e.Property(m => m.ProcessedAt).HasConversion(UnixMilliseconds);
        });

        return modelBuilder;
    }
}
