using LandPlatform.Auditing;
using LandPlatform.Credit.Domain;
using LandPlatform.Credit.Infrastructure.Mapping;
using LandPlatform.Messaging;
using Microsoft.EntityFrameworkCore;

namespace LandPlatform.Credit.Infrastructure;

/// <summary>
/// The credit office's store: one file per enterprise (一主体一档案, RULES.md §0) and its listings with
/// their full history, plus the outbox/inbox and the audit trail, so every change, its events and its
/// audit record commit in one SaveChanges.
/// </summary>
public abstract class CreditDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Listing> Listings => Set<Listing>();

    public DbSet<Enterprise> Enterprises => Set<Enterprise>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot compare or order DateTimeOffset: every instant is stored as Unix milliseconds
        // (the same convention as the outbox), which sorts and compares the same on PostgreSQL.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UnixMillisecondsConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<UnixMillisecondsConverter>();
        // Enums as their names: readable by an auditor in the database, stable when members are added.
        configurationBuilder.Properties<ListingStatus>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<ListingReason>().HaveConversion<string>().HaveMaxLength(64);
        configurationBuilder.Properties<ListingStep>().HaveConversion<string>().HaveMaxLength(64);
        configurationBuilder.Properties<ListingSourceKind>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<TriggeringEventType>().HaveConversion<string>().HaveMaxLength(64);
        configurationBuilder.Properties<ObjectionOutcome>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<DelistingKind>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<RelationKind>().HaveConversion<string>().HaveMaxLength(32);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new ListingMapping());
        modelBuilder.ApplyConfiguration(new ListingHistoryEntryMapping());
        modelBuilder.ApplyConfiguration(new ObjectionMapping());
        modelBuilder.ApplyConfiguration(new EnterpriseMapping());
        modelBuilder.ApplyConfiguration(new RelatedSubjectMapping());
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.AddAuditTrail();
    }
}
