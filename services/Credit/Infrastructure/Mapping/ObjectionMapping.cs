using LandPlatform.Credit.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LandPlatform.Credit.Infrastructure.Mapping;

/// <summary>At most one objection per notice (OnlyOneObjectionPerNotice): keyed by the listing's id.</summary>
internal sealed class ObjectionMapping : IEntityTypeConfiguration<Objection>
{
    public void Configure(EntityTypeBuilder<Objection> objection)
    {
        objection.ToTable("objections");
        objection.Property<Guid>(ListingColumns.ListingId);
        objection.HasKey(ListingColumns.ListingId);
        objection.Property(o => o.Grounds).HasMaxLength(4000).IsRequired();
        objection.Property(o => o.ReviewReasons).HasMaxLength(4000);
        objection.ComplexProperty(o => o.FiledBy, ActorMapping.Configure);
        objection.ComplexProperty(o => o.ReviewedBy, ActorMapping.Configure);
        objection.OwnsMany(o => o.Evidence, EvidenceMapping.Configure<Objection>("objection_evidence", "ObjectionListingId"));
        objection.Navigation(o => o.Evidence).UsePropertyAccessMode(PropertyAccessMode.Field);
        objection.Ignore(o => o.IsPending);
    }
}
