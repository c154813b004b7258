namespace LandPlatform.Credit.Domain;

/// <summary>The objection was upheld: the notice never takes effect.</summary>
public sealed record ListingWithdrawn(
    Guid ListingId,
    string Uscc,
    string EnterpriseName,
    string Reasons,
    DateTimeOffset OccurredAt) : ICreditDomainEvent;
