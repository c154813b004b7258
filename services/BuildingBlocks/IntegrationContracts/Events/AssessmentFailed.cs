namespace LandPlatform.IntegrationContracts.Events;

/// <summary>Monitoring: the enterprise missed its indicators; FinalAfterRectification means no further rectification is possible.</summary>
public sealed record AssessmentFailed(
    Guid AssessmentId,
    Guid ContractId,
    string Uscc,
    DateOnly AssessedOn,
    string Reason,
    bool FinalAfterRectification) : IntegrationEvent;
