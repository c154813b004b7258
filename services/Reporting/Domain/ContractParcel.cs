namespace LandPlatform.Reporting.Domain;

/// <summary>
/// Which parcel a contract is on, kept from contracts' events: assessment and termination events name the contract
/// only, and their records must queue behind the same parcel's earlier ones.
/// </summary>
public sealed class ContractParcel
{
    public Guid ContractId { get; set; }

    public string ParcelCode { get; set; } = null!;

    /// <summary>From ContractSigned: the supply record's contract date (签订日期).</summary>
    public DateOnly? SignedOn { get; set; }

    public Guid? ApplicationId { get; set; }
}
