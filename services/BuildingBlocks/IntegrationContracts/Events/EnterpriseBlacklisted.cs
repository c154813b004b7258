namespace LandPlatform.IntegrationContracts.Events;

/// <summary>Credit: after notice and objection period the enterprise is on the blacklist.</summary>
public sealed record EnterpriseBlacklisted(
    Guid ListingId,
    string Uscc,
    string Reason,
    DateOnly ListedOn) : IntegrationEvent;
