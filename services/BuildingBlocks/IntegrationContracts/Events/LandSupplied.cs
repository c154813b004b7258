namespace LandPlatform.IntegrationContracts.Events;

/// <summary>
/// Contracts: the public sale of a parcel closed with a winner (成交确认书). Carries the fields of the national
/// land-market monitoring system's supply record (供地结果), so the provincial report is built from this fact.
/// Money in yuan, areas in m² (the upward report converts to 万元 and hectares).
/// </summary>
public sealed record LandSupplied(
    Guid SupplyId,
    Guid ApplicationId,
    string Uscc,
    string ParcelCode,
    string SupplyMode,
    decimal TransactionPrice,
    DateOnly TransactionDate,
    string ConfirmationNumber) : IntegrationEvent
{
    public string? EnterpriseName { get; init; }

    public string? PolicyPackId { get; init; }

    /// <summary>行政区 (administrative area).</summary>
    public string? AdministrativeArea { get; init; }

    /// <summary>电子监管号.</summary>
    public string? ElectronicSupervisionNumber { get; init; }

    public string? ProjectName { get; init; }

    public string? Location { get; init; }

    public decimal? LandAreaM2 { get; init; }

    /// <summary>土地来源 (new construction land, stock land, …).</summary>
    public string? LandSource { get; init; }

    public string? LandUse { get; init; }

    public int? TermYears { get; init; }

    public string? IndustryClass { get; init; }

    public int? LandGrade { get; init; }

    public decimal? FloorAreaRatioLower { get; init; }

    public decimal? FloorAreaRatioUpper { get; init; }

    public DateOnly? AgreedDeliveryDate { get; init; }

    public DateOnly? AgreedStartDate { get; init; }

    public DateOnly? AgreedCompletionDate { get; init; }

    public string? ApprovingAuthority { get; init; }

    public IReadOnlyList<InstalmentTerm> Instalments { get; init; } = [];
}

/// <summary>One instalment of the land price as agreed: number, due date, amount in yuan.</summary>
public sealed record InstalmentTerm(int Number, DateOnly DueOn, decimal Amount);
