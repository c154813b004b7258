using LandPlatform.Auditing;
using LandPlatform.Messaging;
using LandPlatform.Monitoring.Domain;
using LandPlatform.Monitoring.Domain.AnnualChecks;
using LandPlatform.Monitoring.Domain.Assessments;
using LandPlatform.Monitoring.Domain.Contracts;
using LandPlatform.Monitoring.Domain.Ledger;
using LandPlatform.Monitoring.Domain.Reports;
using LandPlatform.Monitoring.Domain.Supervision;
using LandPlatform.Monitoring.Infrastructure.Mapping;
using Microsoft.EntityFrameworkCore;

namespace LandPlatform.Monitoring.Infrastructure;

public abstract class MonitoringDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<PipelineProject> Pipeline => Set<PipelineProject>();

    public DbSet<MonitoredContract> Contracts => Set<MonitoredContract>();

    public DbSet<LandSupply> Supplies => Set<LandSupply>();

    public DbSet<IndicatorReport> Reports => Set<IndicatorReport>();

    public DbSet<Assessment> Assessments => Set<Assessment>();

    public DbSet<AnnualCheck> AnnualChecks => Set<AnnualCheck>();

    public DbSet<LedgerEntry> Ledger => Set<LedgerEntry>();

    public DbSet<SupervisionDocument> SupervisionDocuments => Set<SupervisionDocument>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        StampChanges();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        StampChanges();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

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
        modelBuilder.MapContracts();
        modelBuilder.MapSupplies();
        modelBuilder.MapReports();
        modelBuilder.MapAssessments();
        modelBuilder.MapAnnualChecks();
        modelBuilder.MapLedger();
        modelBuilder.MapSupervision();
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.AddAuditTrail();
    }

    /// <summary>The period key of new reports, and the revision of changed aggregates guarded by one.</summary>
    private void StampChanges()
    {
        foreach (var entry in ChangeTracker.Entries<IndicatorReport>().Where(e => e.State == EntityState.Added))
        {
            entry.Property("PeriodKey").CurrentValue = entry.Entity.Period.ToString();
        }

        foreach (var entry in ChangeTracker.Entries().Where(e => e.State == EntityState.Modified && e.Metadata.FindProperty("Revision") is not null))
        {
            entry.Property("Revision").CurrentValue = (int)entry.Property("Revision").CurrentValue! + 1;
        }
    }
}
