using LandPlatform.Auditing;
using LandPlatform.Credit.Domain;
using LandPlatform.Messaging;
using LandPlatform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LandPlatform.Credit.Infrastructure;

[SchemaVersion(1)]
public sealed class CreditDbContext(DbContextOptions<CreditDbContext> options) : DbContext(options)
{
    public DbSet<Listing> Listings => Set<Listing>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Listing>(listing =>
        {
            listing.ToTable("listings");
            listing.HasKey(l => l.Id);
            listing.Property(l => l.Uscc).HasMaxLength(18).IsRequired();
            listing.Property(l => l.EnterpriseName).HasMaxLength(200).IsRequired();
            listing.Property(l => l.Reason).HasMaxLength(1000).IsRequired();
            // Check is an index lookup by code, never a scan.
            listing.HasIndex(l => l.Uscc);
        });
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.AddAuditTrail();
    }
}
