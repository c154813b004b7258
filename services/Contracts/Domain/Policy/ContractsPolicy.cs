namespace LandPlatform.Contracts.Domain.Policy;

/// <summary>
/// The contracts part of one policy pack version: the deadlines, penalties, deposit and the transfer,
/// subdivision, lease and mortgage limits, each number with its clause. Null = the document has no such rule.
/// The rectification period is not here: monitoring assesses and sets it (its pack), and contracts follows the
/// assessments it publishes, so the enterprise is never told two different deadlines.
/// </summary>
public sealed record ContractsPolicy(
    string PackId,
    int Version,
    string DocumentTitle,
    DateOnly EffectiveFrom,
    DateOnly? EffectiveTo,
    Cited<int> StartWithinMonthsOfDelivery,
    Cited<int> CompleteWithinMonthsOfStart,
    Cited<int> ApplyForAssessmentWithinMonthsOfCompletion,
    Cited<decimal> LatePenaltyPerDay,
    Cited<decimal> DepositShare,
    Cited<bool> DepositExemptForLeaseThenTransfer,
    Cited<int> QuarterlyReportsUntilProduction,
    Cited<TransferBeforeAssessment> TransferBeforeAssessment)
{
    public Cited<decimal>? MaxSubdivisionShareOfFloorArea { get; init; }

    public Cited<decimal>? MinimumUnitFloorAreaM2 { get; init; }

    public Cited<bool>? SupportingFloorAreaNeverSold { get; init; }

    public Cited<int>? NoSecondTransferWithinYears { get; init; }

    public Cited<bool>? TransfereeMustBeInCatalog { get; init; }

    public Cited<decimal>? MaxRentShareOfOfficeRent { get; init; }

    public Cited<bool>? MortgageCappedAtLandPriceUntilAssessment { get; init; }

    public Cited<bool>? ParkDeveloperMayNotTransfer { get; init; }

    public Cited<bool>? LeaseBeforeDevelopmentForbidden { get; init; }

    public Cited<int>? InstalmentMaxMonths { get; init; }

    public Cited<int>? RenewalApplyMonthsBeforeTermEnd { get; init; }

    public LeaseThenTransferRules? LeaseThenTransfer { get; init; }

    /// <summary>The national rules every pack sits on (RULES.md §0): idle land and late payment.</summary>
    public NationalContractRules National { get; init; } = NationalContractRules.Default;

    public bool IsInForceOn(DateOnly day) => day >= EffectiveFrom && (EffectiveTo is null || day <= EffectiveTo);
}
