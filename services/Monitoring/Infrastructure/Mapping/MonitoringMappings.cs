using LandPlatform.Monitoring.Domain;
using LandPlatform.Monitoring.Domain.AnnualChecks;
using LandPlatform.Monitoring.Domain.Assessments;
using LandPlatform.Monitoring.Domain.Contracts;
using LandPlatform.Monitoring.Domain.Ledger;
using LandPlatform.Monitoring.Domain.Reports;
using LandPlatform.Monitoring.Domain.Supervision;
using Microsoft.EntityFrameworkCore;

namespace LandPlatform.Monitoring.Infrastructure.Mapping;

internal static class MonitoringMappings
{
    public static void MapReports(this ModelBuilder model) => model.Entity<IndicatorReport>(report =>
    {
        report.ToTable("indicator_reports");
        report.HasKey(r => r.Id);
        report.Property(r => r.Id).ValueGeneratedNever();
        report.Property(r => r.Uscc).HasMaxLength(18).IsRequired();
        report.Property<string>("PeriodKey").HasMaxLength(6).IsRequired();
        // One report per contract and period (the API answers 409 first; the index holds under races).
        report.HasIndex("ContractId", "PeriodKey").IsUnique();
        report.Ignore(r => r.Period);
        report.Ignore(r => r.Current);
        report.Ignore(r => r.Confirmed);
        report.Ignore(r => r.IsConfirmed);
        report.Property<List<ReportVersion>>("_versions").HasColumnName("Versions").AsJson().IsRequired();
        report.Property<List<FigureConfirmation>>("_confirmations").HasColumnName("Confirmations").AsJson().IsRequired();
        report.Ignore(r => r.Versions);
        report.Ignore(r => r.Confirmations);
        // Versions and confirmations are one column: two bureaus confirming at once must not overwrite each other.
        report.Property<int>("Revision").IsConcurrencyToken();
    });

    public static void MapAssessments(this ModelBuilder model) => model.Entity<Assessment>(assessment =>
    {
        assessment.ToTable("assessments");
        assessment.HasKey(a => a.Id);
        assessment.Property(a => a.Id).ValueGeneratedNever();
        assessment.Property(a => a.Uscc).HasMaxLength(18).IsRequired();
        assessment.Property(a => a.EnterpriseName).HasMaxLength(200).IsRequired();
        assessment.Property(a => a.Kind).HasConversion<string>().HasMaxLength(20);
        assessment.Property(a => a.Outcome).HasConversion<string>().HasMaxLength(10);
        assessment.Property(a => a.Standard).AsJson().IsRequired();
        assessment.Property(a => a.Result).AsJson();
        assessment.Property(a => a.MakeUp).AsJson();
        assessment.Property(a => a.Decision).AsJson();
        assessment.Property<List<RecordedStep>>("_steps").HasColumnName("Steps").AsJson().IsRequired();
        assessment.Ignore(a => a.Steps);
        assessment.Ignore(a => a.IsDecided);
        // Guards the step-by-step read-modify-write: two reviewers recording at once cannot both win.
        assessment.Property<int>("Revision").IsConcurrencyToken();
        assessment.HasIndex(a => a.ContractId);
        assessment.HasIndex(a => a.RectificationDeadline);
    });

    public static void MapAnnualChecks(this ModelBuilder model) => model.Entity<AnnualCheck>(check =>
    {
        check.ToTable("annual_checks");
        check.HasKey(c => c.Id);
        check.Property(c => c.Id).ValueGeneratedNever();
        check.Property(c => c.Uscc).HasMaxLength(18).IsRequired();
        check.Property(c => c.Clause).HasMaxLength(1000).IsRequired();
        check.Property(c => c.Result).AsJson().IsRequired();
        check.Ignore(c => c.Reason);
        check.Ignore(c => c.WithoutReport);
        // One run per contract and year, however often the job runs.
        check.HasIndex(c => new { c.ContractId, c.Year }).IsUnique();
    });

    public static void MapLedger(this ModelBuilder model) => model.Entity<LedgerEntry>(entry =>
    {
        entry.ToTable("ledger_entries");
        entry.HasKey(e => e.ParcelCode);
        entry.Property(e => e.ParcelCode).HasMaxLength(100);
        entry.Property(e => e.Uscc).HasMaxLength(18).IsRequired();
        entry.Property(e => e.EnterpriseName).HasMaxLength(200);
        entry.Property(e => e.PolicyPackId).HasMaxLength(100);
        entry.Property(e => e.IdleConsequence).HasMaxLength(1000);
        entry.Property(e => e.Category).HasConversion<string>().HasMaxLength(30);
        entry.Property(e => e.Plan).AsJson();
        entry.Property<List<LedgerChange>>("_history").HasColumnName("History").AsJson().IsRequired();
        entry.Ignore(e => e.History);
        entry.Property<int>("Revision").IsConcurrencyToken();
        entry.HasIndex(e => e.Category);
    });

    public static void MapSupplies(this ModelBuilder model) => model.Entity<LandSupply>(supply =>
    {
        supply.ToTable("land_supplies");
        supply.HasKey(s => s.SupplyId);
        supply.Property(s => s.SupplyId).ValueGeneratedNever();
        supply.Property(s => s.Uscc).HasMaxLength(18).IsRequired();
        supply.Property(s => s.EnterpriseName).HasMaxLength(200);
        supply.Property(s => s.ParcelCode).HasMaxLength(100).IsRequired();
        supply.Property(s => s.SupplyMode).HasMaxLength(30).IsRequired();
        supply.Property(s => s.PolicyPackId).HasMaxLength(100);
        supply.Property(s => s.AdministrativeArea).HasMaxLength(100);
        supply.Property(s => s.ProjectName).HasMaxLength(200);
        supply.Property(s => s.Location).HasMaxLength(300);
        supply.Property(s => s.LandUse).HasMaxLength(100);
        supply.Property(s => s.LandAreaM2).HasPrecision(18, 2);
        supply.Property(s => s.TransactionPrice).HasPrecision(18, 2);
        supply.HasIndex(s => s.ApplicationId);
        supply.HasIndex(s => s.ParcelCode);
    });

    public static void MapSupervision(this ModelBuilder model) => model.Entity<SupervisionDocument>(document =>
    {
        document.ToTable("supervision_documents");
        document.HasKey(d => d.Id);
        document.Property(d => d.Id).ValueGeneratedNever();
        document.Property(d => d.Kind).HasConversion<string>().HasMaxLength(30);
        document.Property(d => d.Period).HasMaxLength(10).IsRequired();
        document.Property(d => d.Content).AsJson().IsRequired();
        // One document per kind and period, however often the job runs.
        document.HasIndex(d => new { d.Kind, d.Period }).IsUnique();
    });

    public static void MapContracts(this ModelBuilder model) => model.Entity<MonitoredContract>(contract =>
    {
        contract.ToTable("contracts");
        contract.HasKey(c => c.ContractId);
        contract.Property(c => c.ContractId).ValueGeneratedNever();
        contract.Property(c => c.Uscc).HasMaxLength(18).IsRequired();
        contract.Property(c => c.EnterpriseName).HasMaxLength(200);
        contract.Property(c => c.ParcelCode).HasMaxLength(100).IsRequired();
        contract.Property(c => c.PolicyPackId).HasMaxLength(100);
        contract.Property(c => c.AdministrativeArea).HasMaxLength(100);
        contract.Property(c => c.ProjectName).HasMaxLength(200);
        contract.Property(c => c.TerminationCause).HasMaxLength(500);
        contract.Property(c => c.LandAreaM2).HasPrecision(18, 2);
        contract.Property(c => c.LandPrice).HasPrecision(18, 2);
        contract.Ignore(c => c.EfficiencyGroup);
        contract.Ignore(c => c.ClosedOn);
        contract.HasIndex(c => c.ApplicationId);
        contract.HasIndex(c => c.ParcelCode);
    });
}
