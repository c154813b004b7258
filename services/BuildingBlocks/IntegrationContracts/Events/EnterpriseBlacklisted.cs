namespace LandPlatform.IntegrationContracts.Events;

/// <summary>Credit: after notice and objection period the enterprise is on the blacklist.</summary>
public sealed record EnterpriseBlacklisted(
    Guid ListingId,
    string Uscc,
    string Reason,
    DateOnly ListedOn) : IntegrationEvent
{
    // Added after v1 as optional members, so earlier publishers and consumers stay compatible.
    public string? EnterpriseName { get; init; }

    public string? DocumentType { get; init; }

    public string? DocumentNumber { get; init; }

    public DateOnly? DocumentDate { get; init; }

    /// <summary>The instant the listing took effect (end of the objection period, or the rejection of the objection).</summary>
    public DateTimeOffset? EffectiveFrom { get; init; }

    /// <summary>From this instant the listing may be delisted as "period ended" (it is not lifted automatically).</summary>
    public DateTimeOffset? PeriodEndsAt { get; init; }
}
