using LandPlatform.Auditing;
using LandPlatform.Messaging;
using LandPlatform.Monitoring.Domain;
using Microsoft.EntityFrameworkCore;

namespace LandPlatform.Monitoring.Infrastructure;

public abstract class MonitoringDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<PipelineProject> Pipeline => Set<PipelineProject>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<PipelineProject>(project =>
        {
            project.ToTable("pipeline_projects");
            project.HasKey(p => p.ApplicationId);
            project.Property(p => p.Uscc).HasMaxLength(18).IsRequired();
            project.Property(p => p.EnterpriseName).HasMaxLength(200).IsRequired();
            project.Property(p => p.Industry).HasMaxLength(200).IsRequired();
            project.Property(p => p.AdmissionStatus).HasMaxLength(20).IsRequired();
            project.Property(p => p.RequestedLandAreaM2).HasPrecision(18, 2);
            project.HasIndex(p => p.Uscc);
        });
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.AddAuditTrail();
    }
}
