namespace LandPlatform.Contracts.Domain.Deadlines;

/// <summary>One payment of the land price (出让价款, or the rent of a lease) as a planning clerk recorded it: on which day, how much, who, when.</summary>
public sealed record LandPricePayment(DateOnly PaidOn, decimal Amount, string RecordedById, string RecordedByName, DateTimeOffset RecordedAt);
