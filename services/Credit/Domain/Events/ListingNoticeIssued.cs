namespace LandPlatform.Credit.Domain;

/// <summary>拟列入告知: the enterprise is told the reasons, the document and its right to object until <see cref="LastDayToObject"/>.</summary>
public sealed record ListingNoticeIssued(
    Guid ListingId,
    string Uscc,
    string EnterpriseName,
    ListingReason Reason,
    LegalDocument Document,
    ListingSource Source,
    DateOnly LastDayToObject,
    DateTimeOffset OccurredAt) : ICreditDomainEvent;
