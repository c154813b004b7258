namespace LandPlatform.Credit.Domain;

/// <summary>The listing took effect: the enterprise is barred from government-supplied land until delisted.</summary>
public sealed record EnterpriseBlacklisted(
    Guid ListingId,
    string Uscc,
    string EnterpriseName,
    ListingReason Reason,
    LegalDocument Document,
    DateTimeOffset EffectiveFrom,
    DateTimeOffset PeriodEndsAt,
    ListingStep Because) : ICreditDomainEvent
{
    public DateTimeOffset OccurredAt => EffectiveFrom;
}
