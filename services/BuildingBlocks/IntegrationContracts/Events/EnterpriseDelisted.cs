namespace LandPlatform.IntegrationContracts.Events;

/// <summary>Credit: the enterprise was removed from the blacklist (expiry, successful objection, repair).</summary>
public sealed record EnterpriseDelisted(
    Guid ListingId,
    string Uscc,
    string Reason,
    DateOnly DelistedOn) : IntegrationEvent;
