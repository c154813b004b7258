using LandPlatform.Auditing;
using LandPlatform.Messaging;
using LandPlatform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LandPlatform.Contracts.Infrastructure;

[SchemaVersion(1)]
public sealed class ContractsDbContext(DbContextOptions<ContractsDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.AddAuditTrail();
    }
}
