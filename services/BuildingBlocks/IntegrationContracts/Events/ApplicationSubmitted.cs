namespace LandPlatform.IntegrationContracts.Events;

/// <summary>Admission: an enterprise lodged an application for industrial land (Uscc = unified social credit code).</summary>
public sealed record ApplicationSubmitted(
    Guid ApplicationId,
    string Uscc,
    string EnterpriseName,
    string Industry,
    decimal RequestedLandAreaM2,
    string PolicyPackId,
    string Status) : IntegrationEvent;
