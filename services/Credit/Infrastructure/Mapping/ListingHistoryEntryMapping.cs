using LandPlatform.Credit.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LandPlatform.Credit.Infrastructure.Mapping;

/// <summary>History lines keyed (ListingId, Sequence): append-only, and a sequence cannot be written twice.</summary>
internal sealed class ListingHistoryEntryMapping : IEntityTypeConfiguration<ListingHistoryEntry>
{
    public void Configure(EntityTypeBuilder<ListingHistoryEntry> entry)
    {
        entry.ToTable("listing_history");
        entry.Property<Guid>(ListingColumns.ListingId);
        entry.HasKey(ListingColumns.ListingId, nameof(ListingHistoryEntry.Sequence));
        entry.Property(e => e.Sequence).ValueGeneratedNever();
        entry.Property(e => e.What).HasMaxLength(4000).IsRequired();
        entry.ComplexProperty(e => e.By, ActorMapping.Configure);
    }
}
