namespace LandPlatform.IntegrationContracts.Events;

/// <summary>Credit: the enterprise was notified of an intended listing and may object until ObjectionDeadline.</summary>
public sealed record ListingNoticeIssued(
    Guid ListingId,
    string Uscc,
    string Reason,
    DateOnly NoticeIssuedOn,
    DateOnly ObjectionDeadline) : IntegrationEvent
{
    // Added after v1 as optional members, so earlier publishers and consumers stay compatible.
    public string? EnterpriseName { get; init; }

    /// <summary>The legally effective document the notice rests on (国办发〔2020〕49号 二).</summary>
    public string? DocumentType { get; init; }

    public string? DocumentNumber { get; init; }

    public DateOnly? DocumentDate { get; init; }

    /// <summary>"EventType:EventId" when another bureau's event opened the notice; null for a clerk's decision.</summary>
    public string? SourceEventKey { get; init; }
}
