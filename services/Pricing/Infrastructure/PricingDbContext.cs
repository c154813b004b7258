using LandPlatform.Auditing;
using LandPlatform.Messaging;
using LandPlatform.Pricing.Quotes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LandPlatform.Pricing.Infrastructure;

public abstract class PricingDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<StoredQuote> Quotes => Set<StoredQuote>();

    public DbSet<ReservePriceAssignment> ReservePrices => Set<ReservePriceAssignment>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // Money stays decimal end to end: SQLite keeps it as TEXT (exact), PostgreSQL as numeric. Nothing
        // orders or compares by it in SQL, which SQLite could not do on TEXT.
        modelBuilder.Entity<StoredQuote>(quote =>
        {
            quote.ToTable("quotes");
            quote.HasKey(q => q.Id);
            quote.Property(q => q.Id).ValueGeneratedNever();
            quote.Property(q => q.PolicyPackId).HasMaxLength(100).IsRequired();
            quote.Property(q => q.UnitBasis).HasConversion<string>().HasMaxLength(10);
            quote.Property(q => q.InputJson).IsRequired();
            quote.Property(q => q.StepsJson).IsRequired();
            quote.Property(q => q.WarningsJson).IsRequired();
            quote.Property(q => q.CreatedBy).HasMaxLength(200).IsRequired();
            UtcInstant(quote.Property(q => q.CreatedAt));
        });

        modelBuilder.Entity<ReservePriceAssignment>(fixing =>
        {
            fixing.ToTable("reserve_prices");
            fixing.HasKey(f => f.Id);
            fixing.Property(f => f.Id).ValueGeneratedNever();
            fixing.Property(f => f.ParcelCode).HasMaxLength(ReservePriceRules.MaxParcelCodeLength).IsRequired();
            fixing.Property(f => f.PolicyPackId).HasMaxLength(100).IsRequired();
            fixing.Property(f => f.UnitBasis).HasConversion<string>().HasMaxLength(10);
            fixing.Property(f => f.FixedBy).HasMaxLength(200).IsRequired();
            UtcInstant(fixing.Property(f => f.FixedAt));
            fixing.HasOne<StoredQuote>().WithMany().HasForeignKey(f => f.QuoteId).OnDelete(DeleteBehavior.Restrict);
            // A quote is fixed once, and a parcel gets one reserve price: enforced here so concurrent
            // requests cannot both succeed.
            fixing.HasIndex(f => f.QuoteId).IsUnique();
            fixing.HasIndex(f => new { f.ApplicationId, f.ParcelCode }).IsUnique();
        });

        modelBuilder.AddOutboxAndInbox();
        modelBuilder.AddAuditTrail();
    }

    /// <summary>
    /// Stored as a UTC DateTime: SQLite cannot compare DateTimeOffset, and it hands values back unspecified.
    /// </summary>
    private static void UtcInstant(PropertyBuilder<DateTimeOffset> property) =>
        property.HasConversion(
            v => v.UtcDateTime,
            v => new DateTimeOffset(DateTime.SpecifyKind(v, DateTimeKind.Utc)));
}
