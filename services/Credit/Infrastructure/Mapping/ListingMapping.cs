using LandPlatform.Credit.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LandPlatform.Credit.Infrastructure.Mapping;

/// <summary>
/// A listing: value records (document, source, periods, delisting decision) as complex properties in
/// the listing's row; evidence as an owned collection; history and objection as their own tables.
/// </summary>
internal sealed class ListingMapping : IEntityTypeConfiguration<Listing>
{
    public void Configure(EntityTypeBuilder<Listing> listing)
    {
        listing.ToTable("listings");
        listing.HasKey(l => l.Id);
        listing.Property(l => l.Id).ValueGeneratedNever();
        listing.Property(l => l.Uscc).HasMaxLength(18).IsRequired();
        listing.Property(l => l.EnterpriseName).HasMaxLength(200).IsRequired();
        listing.Property(l => l.LegalBasis).HasMaxLength(500).IsRequired();
        listing.Property(l => l.PolicyPackId).HasMaxLength(100).IsRequired();
        listing.Property(l => l.SourceEventKey).HasMaxLength(300);

        // Guards the read-modify-write of a listing (e.g. the scheduled job against a review):
        // bumped by ListingOutbox.Stage on every change, so the later of two racing saves fails.
        listing.Property<int>(ListingColumns.Revision).IsConcurrencyToken();

        listing.ComplexProperty(l => l.Document, d =>
        {
            d.Property(x => x.Type).HasMaxLength(100).IsRequired();
            d.Property(x => x.Number).HasMaxLength(100).IsRequired();
        });
        listing.ComplexProperty(l => l.Source, s =>
        {
            s.Property(x => x.EventId).HasMaxLength(200);
            s.ComplexProperty(x => x.DecidedBy, ActorMapping.Configure);
        });
        listing.ComplexProperty(l => l.ObjectionPeriod, p => p.Property(x => x.Clause).HasMaxLength(500));
        listing.ComplexProperty(l => l.ListingPeriod, p => p.Property(x => x.Clause).HasMaxLength(500));
        listing.ComplexProperty(l => l.Delisting, d =>
        {
            d.Property(x => x.Reasons).HasMaxLength(2000);
            d.ComplexProperty(x => x.DecidedBy, ActorMapping.Configure);
        });

        listing.OwnsMany(l => l.Evidence, EvidenceMapping.Configure<Listing>("listing_evidence", "ListingId"));
        listing.Navigation(l => l.Evidence).UsePropertyAccessMode(PropertyAccessMode.Field);

        listing.HasMany(l => l.History).WithOne().HasForeignKey(ListingColumns.ListingId).OnDelete(DeleteBehavior.Restrict);
        listing.Navigation(l => l.History).UsePropertyAccessMode(PropertyAccessMode.Field);

        listing.HasOne(l => l.Objection).WithOne().HasForeignKey<Objection>(ListingColumns.ListingId).OnDelete(DeleteBehavior.Restrict);

        listing.Ignore(l => l.DomainEvents);
        listing.Ignore(l => l.NoticeDate);
        listing.Ignore(l => l.LastDayListed);

        // Check and the enterprise file: listings of a code by status (an index lookup, never a scan).
        listing.HasIndex(l => new { l.Uscc, l.Status });
        // The scheduled job: notices whose objection period has ended.
        listing.HasIndex(l => new { l.Status, l.ObjectionPeriodEndsAt });
        // The public list: effective listings, newest first.
        listing.HasIndex(l => new { l.Status, l.EffectiveFrom });
        // An event opens at most one notice: a racing duplicate fails on insert.
        listing.HasIndex(l => l.SourceEventKey).IsUnique();
    }
}
