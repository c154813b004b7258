using LandPlatform.Credit.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LandPlatform.Credit.Infrastructure.Mapping;

/// <summary>Evidence references (id and title, never contents) as an owned collection in its own table.</summary>
internal static class EvidenceMapping
{
    public static Action<OwnedNavigationBuilder<TOwner, EvidenceReference>> Configure<TOwner>(string table, string ownerKey)
        where TOwner : class => evidence =>
    {
        evidence.ToTable(table);
        evidence.WithOwner().HasForeignKey(ownerKey);
        // A surrogate key of our own: EvidenceReference.Id is the document store's id, not unique here.
        evidence.Property<long>(ListingColumns.RowId).ValueGeneratedOnAdd();
        evidence.HasKey(ListingColumns.RowId);
        evidence.Property(e => e.Id).HasColumnName("EvidenceId").HasMaxLength(200).IsRequired();
        evidence.Property(e => e.Title).HasMaxLength(500).IsRequired();
    };
}
