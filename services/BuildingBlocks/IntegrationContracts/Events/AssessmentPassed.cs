namespace LandPlatform.IntegrationContracts.Events;

/// <summary>Monitoring: the enterprise met its contracted indicators; contracts refunds the deposit or converts a lease.</summary>
public sealed record AssessmentPassed(
    Guid AssessmentId,
    Guid ContractId,
    string Uscc,
    DateOnly AssessedOn) : IntegrationEvent;
