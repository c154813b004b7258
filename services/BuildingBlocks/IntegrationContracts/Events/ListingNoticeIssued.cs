namespace LandPlatform.IntegrationContracts.Events;

/// <summary>Credit: the enterprise was notified of an intended listing and may object until ObjectionDeadline.</summary>
public sealed record ListingNoticeIssued(
    Guid ListingId,
    string Uscc,
    string Reason,
    DateOnly NoticeIssuedOn,
    DateOnly ObjectionDeadline) : IntegrationEvent;
