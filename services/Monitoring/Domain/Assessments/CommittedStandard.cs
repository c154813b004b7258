using LandPlatform.IntegrationContracts.Indicators;

namespace LandPlatform.Monitoring.Domain.Assessments;

/// <summary>
/// What the contract commits the enterprise to, as contracts states it (gRPC GetCommitments), kept with the
/// assessment so the result and every later re-check are judged against the same standard.
/// </summary>
public sealed record CommittedStandard(
    Guid ContractId,
    string Uscc,
    string EnterpriseName,
    string ParcelCode,
    string? PolicyPackId,
    string SupplyMode,
    decimal LandAreaM2,
    decimal? DevelopedLandAreaM2,
    decimal? FloorAreaM2,
    decimal? SelfHeldSharePercent,
    IReadOnlyList<CommittedIndicator> Indicators,
    DateOnly SignedOn,
    DateOnly? CompletedOn,
    DateOnly? AssessmentWindowOpensOn,
    DateOnly? AssessmentWindowClosesOn,
    string State,
    decimal? TransactionPrice);
