using LandPlatform.Auditing;
using LandPlatform.Messaging;
using LandPlatform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LandPlatform.Pricing.Infrastructure;

[SchemaVersion(1)]
public sealed class PricingDbContext(DbContextOptions<PricingDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.AddAuditTrail();
    }
}
