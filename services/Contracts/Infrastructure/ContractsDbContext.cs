using LandPlatform.Auditing;
using LandPlatform.Messaging;
using Microsoft.EntityFrameworkCore;

namespace LandPlatform.Contracts.Infrastructure;

public abstract class ContractsDbContext(DbContextOptions options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.AddAuditTrail();
    }
}
