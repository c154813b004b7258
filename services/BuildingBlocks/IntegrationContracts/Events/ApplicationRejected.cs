namespace LandPlatform.IntegrationContracts.Events;

/// <summary>Admission: the application was refused (or suspended for good, e.g. after blacklisting).</summary>
public sealed record ApplicationRejected(
    Guid ApplicationId,
    string Uscc,
    string Reason) : IntegrationEvent;
