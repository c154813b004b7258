using LandPlatform.Credit.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LandPlatform.Credit.Infrastructure.Mapping;

/// <summary>
/// Relations of a file. The person is an owned type in the same row (not a complex property) because
/// Check finds "the same legal representative" by an index on the ID number, and EF Core cannot index
/// complex-type columns.
/// </summary>
internal sealed class RelatedSubjectMapping : IEntityTypeConfiguration<RelatedSubject>
{
    public void Configure(EntityTypeBuilder<RelatedSubject> relation)
    {
        relation.ToTable("related_subjects");
        relation.HasKey(r => r.Id);
        relation.Property(r => r.Id).ValueGeneratedNever();
        relation.Property<string>(ListingColumns.EnterpriseUscc).HasMaxLength(18).IsRequired();
        relation.Property(r => r.CompanyUscc).HasMaxLength(18);
        relation.ComplexProperty(r => r.RecordedBy, ActorMapping.Configure);
        relation.ComplexProperty(r => r.EndedBy, ActorMapping.Configure);
        relation.OwnsOne(r => r.Person, person =>
        {
            person.Property(p => p.Name).HasColumnName("PersonName").HasMaxLength(100).IsRequired();
            person.Property(p => p.IdNumber).HasColumnName("PersonIdNumber").HasMaxLength(40).IsRequired();
            // Same legal representative behind another enterprise: an index lookup.
            person.HasIndex(p => p.IdNumber);
        });
        relation.Ignore(r => r.IsCurrent);
        // Which files control a given company: an index lookup.
        relation.HasIndex(r => r.CompanyUscc);
    }
}
