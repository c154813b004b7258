namespace LandPlatform.IntegrationContracts.Events;

/// <summary>
/// Contracts: the late-milestone penalty as it stands on <see cref="AsOf"/>: <see cref="RatePerDay"/> (1‰) of the
/// transaction price for each of <see cref="DaysLate"/> days (yuan, full precision). Published each time it
/// changes; <see cref="Final"/> once the milestone was reached and counting stopped on that date.
/// </summary>
public sealed record PenaltyAccrued(
    Guid ContractId,
    string Uscc,
    string ParcelCode,
    string Milestone,
    DateOnly AgreedBy,
    DateOnly AsOf,
    int DaysLate,
    decimal RatePerDay,
    decimal TransactionPrice,
    decimal Amount,
    bool Final,
    string Clause) : IntegrationEvent;
