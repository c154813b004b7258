namespace LandPlatform.Credit.Domain;

/// <summary>移出: the bar is lifted by an explicit decision; the listing stays in the file.</summary>
public sealed record EnterpriseDelisted(
    Guid ListingId,
    string Uscc,
    string EnterpriseName,
    DelistingKind Kind,
    string Reasons,
    DateTimeOffset OccurredAt) : ICreditDomainEvent;
