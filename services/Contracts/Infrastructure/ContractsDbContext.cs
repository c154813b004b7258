using LandPlatform.Auditing;
using LandPlatform.Contracts.Domain;
using LandPlatform.Contracts.Domain.Lifecycle;
using LandPlatform.Contracts.Infrastructure.Mapping;
using LandPlatform.Messaging;
using Microsoft.EntityFrameworkCore;

namespace LandPlatform.Contracts.Infrastructure;

/// <summary>
/// The contracts office's store: supply results, supervision contracts with their steps, the local copies of
/// qualifications (admission) and reserve prices (pricing) it checks a supply against, plus the outbox/inbox
/// and the audit trail, so every change, its events and its audit record commit in one SaveChanges.
/// </summary>
public abstract class ContractsDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<SupervisionContract> Contracts => Set<SupervisionContract>();

    public DbSet<SupplyResult> Supplies => Set<SupplyResult>();

    public DbSet<Qualification> Qualifications => Set<Qualification>();

    public DbSet<ReservePrice> ReservePrices => Set<ReservePrice>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UnixMillisecondsConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<UnixMillisecondsConverter>();
        // Enums as their names: readable by an auditor in the database, stable when members are added.
        configurationBuilder.Properties<ContractState>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<ContractAction>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<DepositStatus>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<TerminationCause>().HaveConversion<string>().HaveMaxLength(64);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // Money stays decimal end to end: SQLite keeps it as TEXT (exact), PostgreSQL as numeric; nothing
        // orders or sums it in SQL.
        modelBuilder.ApplyConfiguration(new SupervisionContractMapping());
        modelBuilder.ApplyConfiguration<SupplyResult>(new SupplyMapping());
        modelBuilder.ApplyConfiguration<Qualification>(new SupplyMapping());
        modelBuilder.ApplyConfiguration<ReservePrice>(new SupplyMapping());
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.AddAuditTrail();
    }
}
