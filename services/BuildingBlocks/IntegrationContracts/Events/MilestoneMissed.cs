namespace LandPlatform.IntegrationContracts.Events;

/// <summary>
/// Contracts: a contract's agreed start ("Start") or completion ("Completion") date passed without it; published
/// once per milestone, the day after the agreed date. The penalty then grows daily (<see cref="PenaltyAccrued"/>).
/// </summary>
public sealed record MilestoneMissed(
    Guid ContractId,
    string Uscc,
    string ParcelCode,
    string Milestone,
    DateOnly AgreedBy,
    DateOnly DetectedOn,
    string Clause) : IntegrationEvent;
