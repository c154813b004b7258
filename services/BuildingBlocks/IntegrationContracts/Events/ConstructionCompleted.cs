namespace LandPlatform.IntegrationContracts.Events;

/// <summary>
/// Contracts: completion confirmed by planning verification (规划核实). The enterprise may apply for assessment
/// from <see cref="AssessmentWindowOpensOn"/> to <see cref="AssessmentWindowClosesOn"/> as the contract says.
/// </summary>
public sealed record ConstructionCompleted(
    Guid ContractId,
    string Uscc,
    string ParcelCode,
    DateOnly CompletedOn,
    DateOnly AgreedCompletionBy,
    int DaysLate,
    DateOnly AssessmentWindowOpensOn,
    DateOnly AssessmentWindowClosesOn) : IntegrationEvent;
