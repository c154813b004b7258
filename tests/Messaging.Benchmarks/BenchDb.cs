using Microsoft.EntityFrameworkCore;

namespace LandPlatform.Messaging.Benchmarks;

/// <summary>One service's database in the platform path: its state, the effects it applied, outbox and inbox.</summary>
public sealed class BenchDb(DbContextOptions<BenchDb> options) : DbContext(options)
{
    /// <summary>The publisher's state change; its row and the event's outbox row commit together.</summary>
    public DbSet<SubmittedApplication> Applications => Set<SubmittedApplication>();

    /// <summary>The consumer's effect: one row per applied event, so "nothing lost or doubled" is a count.</summary>
    public DbSet<AppliedSubmission> Effects => Set<AppliedSubmission>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.AddOutboxAndInbox();
}

public sealed class SubmittedApplication
{
    public Guid Id { get; set; }

    public required string Uscc { get; set; }
}

public sealed class AppliedSubmission
{
    public long Id { get; set; }

    public Guid ApplicationId { get; set; }

    public Guid MessageId { get; set; }
}
