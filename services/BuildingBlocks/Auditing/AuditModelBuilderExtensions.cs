using Microsoft.EntityFrameworkCore;

namespace LandPlatform.Auditing;

public static class AuditModelBuilderExtensions
{
    public const string Table = "audit_records";

    /// <summary>Maps <see cref="AuditRecord"/> into a service's own DbContext (table <c>audit_records</c>).</summary>
    public static ModelBuilder AddAuditTrail(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<AuditRecord>(r =>
        {
            r.ToTable(Table);
            r.HasKey(x => x.Id);
            r.Property(x => x.Id).HasColumnName("id").ValueGeneratedNever();
            // Unique: two writers that read the same chain head cannot both commit.
            r.Property(x => x.Sequence).HasColumnName("sequence");
            r.HasIndex(x => x.Sequence).IsUnique();
            // Stored as UTC DateTime (not DateTimeOffset) so SQLite can compare it in from/to filters;
            // SQLite hands it back unspecified, and the hash needs it as UTC.
            r.Property(x => x.RecordedAt).HasColumnName("recorded_at")
                .HasConversion(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
            Text(r.Property(x => x.PersonId), "person_id", AuditRecord.ShortText).IsRequired();
            Text(r.Property(x => x.ActorName), "actor_name", AuditRecord.ShortText).IsRequired();
            Text(r.Property(x => x.Bureau), "bureau", AuditRecord.ShortText).IsRequired();
            Text(r.Property(x => x.Role), "role", AuditRecord.ShortText).IsRequired();
            Text(r.Property(x => x.Uscc), "uscc", AuditRecord.ShortText);
            Text(r.Property(x => x.CallingService), "calling_service", AuditRecord.ShortText);
            Text(r.Property(x => x.Operation), "operation", AuditRecord.LongText).IsRequired();
            Text(r.Property(x => x.ResourceType), "resource_type", AuditRecord.ShortText);
            Text(r.Property(x => x.ResourceId), "resource_id", AuditRecord.ShortText);
            r.Property(x => x.BeforeSummary).HasColumnName("before_summary");
            r.Property(x => x.AfterSummary).HasColumnName("after_summary");
            Text(r.Property(x => x.TraceId), "trace_id", AuditRecord.ShortText);
            Text(r.Property(x => x.Outcome), "outcome", AuditRecord.ShortText).IsRequired();
            Text(r.Property(x => x.Source), "source", AuditRecord.LongText).IsRequired();
            Text(r.Property(x => x.PreviousHash), "previous_hash", 64).IsRequired();
            Text(r.Property(x => x.Hash), "hash", 64).IsRequired();
            r.Ignore(x => x.DraftOrder);
            r.Ignore(x => x.Committed);
            // The auditors' filters.
            r.HasIndex(x => x.PersonId);
            r.HasIndex(x => new { x.ResourceType, x.ResourceId });
            r.HasIndex(x => x.RecordedAt);
        });
        return modelBuilder;
    }

    private static Microsoft.EntityFrameworkCore.Metadata.Builders.PropertyBuilder<T> Text<T>(
        Microsoft.EntityFrameworkCore.Metadata.Builders.PropertyBuilder<T> property, string column, int maxLength) =>
        property.HasColumnName(column).HasMaxLength(maxLength);
}
