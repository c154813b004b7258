using LandPlatform.Contracts.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LandPlatform.Contracts.Infrastructure.Mapping;

/// <summary>A contract in one row; its steps (never rewritten) in their own table.</summary>
internal sealed class SupervisionContractMapping : IEntityTypeConfiguration<SupervisionContract>
{
    public void Configure(EntityTypeBuilder<SupervisionContract> contract)
    {
        contract.ToTable("contracts");
        contract.HasKey(c => c.Id);
        contract.Property(c => c.Id).ValueGeneratedNever();
        contract.Property(c => c.Uscc).HasMaxLength(18).IsRequired();
        contract.Property(c => c.EnterpriseName).HasMaxLength(200);
        contract.Property(c => c.ParcelCode).HasMaxLength(100).IsRequired();
        contract.Property(c => c.Location).HasMaxLength(300);
        contract.Property(c => c.ProjectName).HasMaxLength(300);
        contract.Property(c => c.LandUse).HasMaxLength(100);
        contract.Property(c => c.Industry).HasMaxLength(200);
        contract.Property(c => c.SupplyMode).HasMaxLength(32).IsRequired();
        contract.Property(c => c.PolicyPackId).HasMaxLength(100).IsRequired();
        contract.Property(c => c.ConfirmationNumber).HasMaxLength(100).IsRequired();
        contract.Property(c => c.GovernmentDelayEvidence).HasMaxLength(2000);
        contract.Property(c => c.CompensationReference).HasMaxLength(200);
        contract.Property(c => c.Indicators).AsJson();
        contract.Property(c => c.Instalments).AsJson();
        contract.Property(c => c.Payments).AsJson();
        contract.Property(c => c.LandContractNumber).HasMaxLength(100);
        contract.Property(c => c.Revision).IsConcurrencyToken();

        contract.OwnsMany(c => c.Steps, step =>
        {
            step.ToTable("contract_steps");
            step.WithOwner().HasForeignKey("ContractId");
            step.HasKey("ContractId", nameof(ContractStep.Number));
            step.Property(s => s.Number).ValueGeneratedNever();
            step.Property(s => s.ActorId).HasMaxLength(200).IsRequired();
            step.Property(s => s.ActorName).HasMaxLength(200).IsRequired();
            step.Property(s => s.Note).HasMaxLength(500);
        });
        contract.Navigation(c => c.Steps).UsePropertyAccessMode(PropertyAccessMode.Field);

        contract.Ignore(c => c.IsLease);
        contract.Ignore(c => c.AssessmentWindowOpensOn);
        contract.Ignore(c => c.AssessmentWindowClosesOn);
        contract.Ignore(c => c.TermEndsOn);
        contract.Ignore(c => c.LandContractKind);
        contract.Ignore(c => c.PaidTotal);

        // One contract per supply; the daily job reads only the contracts due on its day.
        contract.HasIndex(c => c.SupplyId).IsUnique();
        contract.HasIndex(c => c.NextCheckOn);
        contract.HasIndex(c => c.Uscc);
    }
}
