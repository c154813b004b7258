namespace LandPlatform.IntegrationContracts.Events;

/// <summary>Credit: the enterprise was removed from the blacklist (expiry, successful objection, repair).</summary>
public sealed record EnterpriseDelisted(
    Guid ListingId,
    string Uscc,
    string Reason,
    DateOnly DelistedOn) : IntegrationEvent
{
    // Added after v1 as optional members, so earlier publishers and consumers stay compatible.
    public string? EnterpriseName { get; init; }

    /// <summary>PeriodEnded, CauseCured (credit repair) or NoticeWithdrawn (objection upheld; it never barred land).</summary>
    public string? Kind { get; init; }
}
