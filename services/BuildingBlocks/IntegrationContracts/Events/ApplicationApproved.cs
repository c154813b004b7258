namespace LandPlatform.IntegrationContracts.Events;

/// <summary>Admission: the application passed review and may proceed to pricing and contract.</summary>
public sealed record ApplicationApproved(
    Guid ApplicationId,
    string Uscc,
    string PolicyPackId) : IntegrationEvent;
