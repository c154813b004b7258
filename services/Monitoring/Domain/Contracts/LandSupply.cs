namespace LandPlatform.Monitoring.Domain.Contracts;

/// <summary>
/// A parcel's supply as contracts announced it (LandSupplied, the national supply record's fields): what the public
/// disclosure shows, and what the contract file takes when the contract is signed after the sale.
/// </summary>
public sealed class LandSupply
{
    private LandSupply()
    {
    }

    public Guid SupplyId { get; private set; }

    public Guid ApplicationId { get; private set; }

    public string Uscc { get; private set; } = string.Empty;

    public string? EnterpriseName { get; private set; }

    public string ParcelCode { get; private set; } = string.Empty;

    public string SupplyMode { get; private set; } = string.Empty;

    public string? PolicyPackId { get; private set; }

    public string? AdministrativeArea { get; private set; }

    public string? ProjectName { get; private set; }

    public string? Location { get; private set; }

    public string? LandUse { get; private set; }

    public decimal? LandAreaM2 { get; private set; }

    public decimal TransactionPrice { get; private set; }

    public DateOnly TransactionDate { get; private set; }

    public static LandSupply From(IntegrationContracts.Events.LandSupplied e) => new()
    {
        SupplyId = e.SupplyId,
        ApplicationId = e.ApplicationId,
        Uscc = e.Uscc,
        EnterpriseName = e.EnterpriseName,
        ParcelCode = e.ParcelCode,
        SupplyMode = e.SupplyMode,
        PolicyPackId = e.PolicyPackId,
        AdministrativeArea = e.AdministrativeArea,
        ProjectName = e.ProjectName,
        Location = e.Location,
        LandUse = e.LandUse,
        LandAreaM2 = e.LandAreaM2,
        TransactionPrice = e.TransactionPrice,
        TransactionDate = e.TransactionDate,
    };
}
