using LandPlatform.Contracts.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LandPlatform.Contracts.Infrastructure.Mapping;

/// <summary>Supply results, and the local copies of admission's qualifications and pricing's reserve prices.</summary>
internal sealed class SupplyMapping :
    IEntityTypeConfiguration<SupplyResult>, IEntityTypeConfiguration<Qualification>, IEntityTypeConfiguration<ReservePrice>
{
    public void Configure(EntityTypeBuilder<SupplyResult> supply)
    {
        supply.ToTable("supplies");
        supply.HasKey(s => s.Id);
        supply.Property(s => s.Id).ValueGeneratedNever();
        supply.Property(s => s.Uscc).HasMaxLength(18).IsRequired();
        supply.Property(s => s.ParcelCode).HasMaxLength(100).IsRequired();
        supply.Property(s => s.SupplyMode).HasMaxLength(32).IsRequired();
        supply.Property(s => s.ConfirmationNumber).HasMaxLength(100).IsRequired();
        supply.Property(s => s.RecordedById).HasMaxLength(200).IsRequired();
        supply.Property(s => s.RecordedByName).HasMaxLength(200).IsRequired();
        supply.Property(s => s.Instalments).AsJson();
        // One sale per application: a second record of it fails on insert even when two clerks race.
        supply.HasIndex(s => s.ApplicationId).IsUnique();
    }

    public void Configure(EntityTypeBuilder<Qualification> qualification)
    {
        qualification.ToTable("qualifications");
        qualification.HasKey(q => q.ApplicationId);
        qualification.Property(q => q.ApplicationId).ValueGeneratedNever();
        qualification.Property(q => q.Uscc).HasMaxLength(18).IsRequired();
        qualification.Property(q => q.PolicyPackId).HasMaxLength(100).IsRequired();
        qualification.Property(q => q.ParcelCode).HasMaxLength(100).IsRequired();
        qualification.Property(q => q.Indicators).AsJson();
    }

    public void Configure(EntityTypeBuilder<ReservePrice> price)
    {
        price.ToTable("reserve_prices");
        price.HasKey(p => p.ApplicationId);
        price.Property(p => p.ApplicationId).ValueGeneratedNever();
        price.Property(p => p.ParcelCode).HasMaxLength(100).IsRequired();
        price.Property(p => p.PolicyPackId).HasMaxLength(100).IsRequired();
        price.Property(p => p.UnitBasis).HasMaxLength(10).IsRequired();
    }
}
