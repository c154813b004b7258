using LandPlatform.Credit.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LandPlatform.Credit.Infrastructure.Mapping;

/// <summary>The credit file, keyed by the unified social credit code (一主体一档案).</summary>
internal sealed class EnterpriseMapping : IEntityTypeConfiguration<Enterprise>
{
    public void Configure(EntityTypeBuilder<Enterprise> enterprise)
    {
        enterprise.ToTable("enterprises");
        enterprise.HasKey(e => e.Uscc);
        enterprise.Property(e => e.Uscc).HasMaxLength(18).ValueGeneratedNever();
        enterprise.Property(e => e.Name).HasMaxLength(200).IsRequired();
        enterprise.ComplexProperty(e => e.OpenedBy, ActorMapping.Configure);
        enterprise.HasMany(e => e.RelatedSubjects).WithOne().HasForeignKey(ListingColumns.EnterpriseUscc).OnDelete(DeleteBehavior.Restrict);
        enterprise.Navigation(e => e.RelatedSubjects).UsePropertyAccessMode(PropertyAccessMode.Field);
        enterprise.Ignore(e => e.LegalRepresentative);
        enterprise.Ignore(e => e.ControlledCompanies);
    }
}
