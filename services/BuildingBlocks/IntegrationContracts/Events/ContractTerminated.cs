namespace LandPlatform.IntegrationContracts.Events;

/// <summary>Contracts: a land contract ended early; Cause says why (breach, idle land, agreement, …).</summary>
public sealed record ContractTerminated(
    Guid ContractId,
    string Uscc,
    DateOnly TerminatedOn,
    string Cause) : IntegrationEvent
{
    // Added after v1 as optional members, so earlier publishers stay compatible. The credit office opens a
    // notice only on a legally effective document (国办发〔2020〕49号 二): without one it records the event and lists nothing.
    public string? DocumentType { get; init; }

    public string? DocumentNumber { get; init; }

    public DateOnly? DocumentDate { get; init; }

    /// <summary>The enterprise's name, so the credit office can open its file if it has none yet.</summary>
    public string? EnterpriseName { get; init; }

    /// <summary>The parcel the contract is on: the province's records of one parcel are ordered together.</summary>
    public string? ParcelCode { get; init; }
}
