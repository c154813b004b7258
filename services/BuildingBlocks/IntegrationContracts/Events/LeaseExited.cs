namespace LandPlatform.IntegrationContracts.Events;

/// <summary>
/// Contracts: a lease-then-transfer lessee left before the lease ended (Beijing 三（五） a failed lease, 三（七） a lessee who
/// cannot go on) and the district took the land back; the contract is closed. RentRefund is the remaining rent less the
/// penalty, as pricing computed it, when any is owed back.
/// </summary>
public sealed record LeaseExited(
    Guid ContractId,
    string Uscc,
    string ParcelCode,
    DateOnly ExitedOn) : IntegrationEvent
{
    public decimal? RentRefund { get; init; }
}
