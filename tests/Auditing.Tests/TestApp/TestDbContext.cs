using LandPlatform.Auditing;
using Microsoft.EntityFrameworkCore;

namespace LandPlatform.Auditing.Tests.TestApp;

public sealed record Parcel(Guid Id, string Name);

public sealed class TestDbContext(DbContextOptions<TestDbContext> options) : DbContext(options)
{
    public DbSet<Parcel> Parcels => Set<Parcel>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Parcel>(p =>
        {
            p.ToTable("parcels");
            p.HasKey(x => x.Id);
            // Unique, so a second parcel of the same name makes SaveChanges fail.
            p.HasIndex(x => x.Name).IsUnique();
        });
        modelBuilder.AddAuditTrail();
    }
}
