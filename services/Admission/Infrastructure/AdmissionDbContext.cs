using LandPlatform.Auditing;
using LandPlatform.Admission.Domain;
using LandPlatform.Admission.Domain.Standards;
using LandPlatform.Messaging;
using Microsoft.EntityFrameworkCore;

namespace LandPlatform.Admission.Infrastructure;

public abstract class AdmissionDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<LandApplication> Applications => Set<LandApplication>();

    public DbSet<ParcelStandard> Standards => Set<ParcelStandard>();

    // Rows lodged before the review existed read as empty lists, not as "" (which is no JSON).
    private const string EmptyList = "'[]'";

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
            application.Property(a => a.RefusalReason).HasMaxLength(4000);
            application.Property(a => a.RequestedLandAreaM2).HasPrecision(18, 2);
            application.Property(a => a.SubmittedBy).HasMaxLength(200);
            application.Property(a => a.ParcelCode).HasMaxLength(100);
            application.Property(a => a.Content).AsJson();
            application.Property(a => a.Evaluation).AsJson();
            application.Property(a => a.Opinions).AsJson().HasDefaultValueSql(EmptyList);
            application.Property(a => a.Decisions).AsJson().HasDefaultValueSql(EmptyList);
            application.Property(a => a.History).AsJson().HasDefaultValueSql(EmptyList);
            application.Property(a => a.Proposal).HasMaxLength(4000);
            application.Property(a => a.ApprovedBy).HasMaxLength(200);
            application.Property(a => a.ApprovalOpinion).HasMaxLength(4000);
            application.Property(a => a.SuspendedFrom).HasConversion<string>().HasMaxLength(20);
            application.Property(a => a.SuspensionReason).HasMaxLength(4000);
            application.Property(a => a.Revision).IsConcurrencyToken();
            application.HasIndex(a => a.Uscc);
            application.HasIndex(a => new { a.Status, a.SubmittedAt });
            application.HasIndex(a => a.ParcelCode);
        });
        modelBuilder.Entity<ParcelStandard>(standard =>
        {
            standard.ToTable("parcel_standards");
            standard.HasKey(s => s.Id);
            standard.HasIndex(s => new { s.StandardId, s.Version }).IsUnique();
            standard.Property(s => s.PackId).HasMaxLength(100).IsRequired();
            standard.Property(s => s.Terms).AsJson();
            standard.Property(s => s.Check).AsJson();
            standard.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
            standard.Property(s => s.DraftedBy).HasMaxLength(200);
            standard.Property(s => s.ApprovedBy).HasMaxLength(200);
            standard.Property(s => s.ApprovalOpinion).HasMaxLength(4000);
            standard.Ignore(s => s.PassesCheck);
            standard.Property(s => s.ParcelCode).HasMaxLength(100).IsRequired();
            standard.HasIndex(s => s.ParcelCode);
        });
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.AddAuditTrail();
    }
}
