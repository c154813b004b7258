using LandPlatform.IntegrationContracts.Indicators;

namespace LandPlatform.IntegrationContracts.Events;

/// <summary>
/// Admission: the district government approved the application and issued the qualification opinion; the
/// enterprise may bid for the parcel. Pricing and contracts act on it (the winner of a supply must hold one).
/// </summary>
public sealed record ApplicationApproved(
    Guid ApplicationId,
    string Uscc,
    string PolicyPackId) : IntegrationEvent
{
    // Added after v1 as optional members, so earlier publishers stay compatible.
    public string? EnterpriseName { get; init; }

    public string? ParcelCode { get; init; }

    /// <summary>The parcel admission standard and the version the application was judged by.</summary>
    public Guid? StandardId { get; init; }

    public int? StandardVersion { get; init; }

    /// <summary>M1, M0 or 创新型产业用地 as the standard names it.</summary>
    public string? LandUse { get; init; }

    public decimal? LandAreaM2 { get; init; }

    /// <summary>The admitted industry (catalog name) and GB/T 4754 sector code.</summary>
    public string? Industry { get; init; }

    public string? SectorCode { get; init; }

    public string? ProjectName { get; init; }

    /// <summary>Grant, Lease or LeaseThenTransfer (see <see cref="SupplyModes"/>).</summary>
    public string? SupplyMode { get; init; }

    public int? TermYears { get; init; }

    /// <summary>Self-held industrial floor area ÷ industrial floor area, % (Binhai art. 13: ≥ 70 is a self-use project).</summary>
    public decimal? SelfHeldSharePercent { get; init; }

    public decimal? PlannedFloorAreaM2 { get; init; }

    public DateOnly? ApprovedOn { get; init; }

    /// <summary>Every indicator the enterprise committed to, in the standard's units, with its clause.</summary>
    public IReadOnlyList<CommittedIndicator> CommittedIndicators { get; init; } = [];
}
