using LandPlatform.Auditing;
using LandPlatform.Messaging;
using LandPlatform.Reporting.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace LandPlatform.Reporting.Infrastructure;

public abstract class ReportingDbContext(DbContextOptions options) : DbContext(options)
{
    /// <summary>Unix milliseconds: SQLite cannot compare or order DateTimeOffset columns, and the delivery query does both.</summary>
    private static readonly ValueConverter<DateTimeOffset, long> UnixMilliseconds = new(
        v => v.ToUnixTimeMilliseconds(),
        v => DateTimeOffset.FromUnixTimeMilliseconds(v));

    public DbSet<UpwardRecord> Records => Set<UpwardRecord>();

    public DbSet<ContractParcel> ContractParcels => Set<ContractParcel>();

    public DbSet<SupplyAwaitingContract> SuppliesAwaitingContract => Set<SupplyAwaitingContract>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<UpwardRecord>(r =>
        {
            r.ToTable("upward_records");
            r.HasKey(x => x.Id);
            r.Property(x => x.Id).ValueGeneratedOnAdd();
            r.HasIndex(x => x.IdempotencyKey).IsUnique();
            r.HasIndex(x => new { x.State, x.NextAttemptAt });
            r.HasIndex(x => new { x.ParcelCode, x.State });
            r.Property(x => x.IdempotencyKey).HasMaxLength(200).IsRequired();
            r.Property(x => x.Kind).HasMaxLength(40).IsRequired();
            r.Property(x => x.ParcelCode).HasMaxLength(100).IsRequired();
            r.Property(x => x.State).HasConversion<string>().HasMaxLength(20);
            r.Property(x => x.ReceiptNumber).HasMaxLength(100);
            r.Property(x => x.RejectionReason).HasMaxLength(2000);
            r.Property(x => x.LastError).HasMaxLength(2000);
            r.Property(x => x.TraceParent).HasMaxLength(128);
            r.Property(x => x.TraceState).HasMaxLength(512);
            r.Property(x => x.ChangedBy).HasMaxLength(200);
            r.Property(x => x.FactOccurredAt).HasConversion(UnixMilliseconds);
            r.Property(x => x.NextAttemptAt).HasConversion(UnixMilliseconds);
            r.Property(x => x.CreatedAt).HasConversion(UnixMilliseconds);
            r.Property(x => x.DeliveredAt).HasConversion(UnixMilliseconds);
            r.Property(x => x.ChangedAt).HasConversion(UnixMilliseconds);
        });

        modelBuilder.Entity<ContractParcel>(c =>
        {
            c.ToTable("contract_parcels");
            c.HasKey(x => x.ContractId);
            c.Property(x => x.ParcelCode).HasMaxLength(100).IsRequired();
            c.HasIndex(x => new { x.ParcelCode, x.ApplicationId });
        });

        modelBuilder.Entity<SupplyAwaitingContract>(s =>
        {
            s.ToTable("supplies_awaiting_contract");
            s.HasKey(x => x.SupplyId);
            s.Property(x => x.ParcelCode).HasMaxLength(100).IsRequired();
            s.Property(x => x.TraceParent).HasMaxLength(128);
            s.Property(x => x.TraceState).HasMaxLength(512);
            s.HasIndex(x => new { x.ParcelCode, x.ApplicationId });
        });

        modelBuilder.AddOutboxAndInbox();
        modelBuilder.AddAuditTrail();
    }
}
