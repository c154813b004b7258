using Microsoft.EntityFrameworkCore;

namespace LandPlatform.Messaging.Tests.Support;

/// <summary>A service's database in miniature: its own state plus the outbox and inbox.</summary>
public sealed class TestDb(DbContextOptions<TestDb> options) : DbContext(options)
{
    /// <summary>Publisher-side state whose change emits an event.</summary>
    public DbSet<LandApplication> Applications => Set<LandApplication>();

    /// <summary>Consumer-side effect: one row per applied event, so "exactly once" is a row count.</summary>
    public DbSet<AppliedEvent> AppliedEvents => Set<AppliedEvent>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.AddOutboxAndInbox();
}

public sealed class LandApplication
{
    public Guid Id { get; set; }

    public required string Uscc { get; set; }
}

public sealed class AppliedEvent
{
    public long Id { get; set; }

    public Guid ApplicationId { get; set; }

    public Guid MessageId { get; set; }

    public string? TraceId { get; set; }
}
