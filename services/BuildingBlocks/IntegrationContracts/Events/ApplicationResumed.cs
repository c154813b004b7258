namespace LandPlatform.IntegrationContracts.Events;

/// <summary>Admission: after the enterprise was delisted a clerk resumed its suspended application, in <see cref="Status"/>.</summary>
public sealed record ApplicationResumed(
    Guid ApplicationId,
    string Uscc,
    string Status) : IntegrationEvent;
