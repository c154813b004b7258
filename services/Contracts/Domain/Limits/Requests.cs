namespace LandPlatform.Contracts.Domain.Limits;

public enum TransferKind
{
    /// <summary>The whole parcel (以宗地为单元).</summary>
    Whole,

    /// <summary>Part of the floor area by building or floor (分割转让).</summary>
    Subdivision,
}

/// <summary>A transfer request as the clerk records it; the counterparty's standing comes from the credit check.</summary>
public sealed record TransferRequest(
    TransferKind Kind,
    IReadOnlyList<decimal> UnitFloorAreasM2,
    bool IncludesSupportingFloorArea,
    bool TransfereeInCatalog,
    bool TransfereeListed,
    string TransfereeUscc,
    bool SupervisionGroupConsented,
    bool BankruptcyOrCourtOrder,
    DateOnly RequestedOn)
{
    public decimal FloorAreaM2 => UnitFloorAreasM2.Sum();
}

public sealed record LeaseRequest(
    decimal RentPerM2,
    decimal OfficeRentPerM2,
    bool TenantInCatalog,
    bool TenantListed,
    string TenantUscc);

public sealed record MortgageRequest(decimal Value);
