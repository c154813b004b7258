namespace LandPlatform.Reporting.Domain;

/// <summary>
/// A LandSupplied fact kept until its contract is signed: the supply record (供地结果) carries the contract date,
/// which LandSupplied does not, so the record is built when both facts are in, whichever came first.
/// </summary>
public sealed class SupplyAwaitingContract
{
    public Guid SupplyId { get; set; }

    public Guid ApplicationId { get; set; }

    public string ParcelCode { get; set; } = null!;

    /// <summary>The LandSupplied event as JSON.</summary>
    public string Fact { get; set; } = null!;

    public string? TraceParent { get; set; }

    public string? TraceState { get; set; }
}
