using LandPlatform.Auditing;
using LandPlatform.Admission.Domain;
using LandPlatform.Messaging;
using Microsoft.EntityFrameworkCore;

namespace LandPlatform.Admission.Infrastructure;

public abstract class AdmissionDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<LandApplication> Applications => Set<LandApplication>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<LandApplication>(application =>
        {
            application.ToTable("applications");
            application.HasKey(a => a.Id);
            application.Property(a => a.EnterpriseName).HasMaxLength(200).IsRequired();
            application.Property(a => a.Uscc).HasMaxLength(18).IsRequired();
            application.Property(a => a.Industry).HasMaxLength(200).IsRequired();
            application.Property(a => a.PolicyPackId).HasMaxLength(100).IsRequired();
            application.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
            application.Property(a => a.RefusalReason).HasMaxLength(2000);
            application.Property(a => a.RequestedLandAreaM2).HasPrecision(18, 2);
            application.HasIndex(a => a.Uscc);
        });
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.AddAuditTrail();
    }
}
