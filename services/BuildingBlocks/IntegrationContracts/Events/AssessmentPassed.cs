namespace LandPlatform.IntegrationContracts.Events;

/// <summary>Monitoring: the enterprise met its contracted indicators; contracts refunds the deposit or converts a lease.</summary>
public sealed record AssessmentPassed(
    Guid AssessmentId,
    Guid ContractId,
    string Uscc,
    DateOnly AssessedOn) : IntegrationEvent
{
    /// <summary>
    /// The parcel the contract is on (added after v1, optional so earlier publishers stay compatible): the province's
    /// records of one parcel are ordered together, and this one would otherwise name only the contract.
    /// </summary>
    public string? ParcelCode { get; init; }
}
