using LandPlatform.Contracts.Domain.Policy;

namespace LandPlatform.Contracts.Policies;

/// <summary>The JSON shape of a pack file's contracts part (one file per pack version, Policies/Packs).</summary>
internal sealed record ContractsPolicyFile(
    string Id,
    int Version,
    string District,
    string DocumentTitle,
    DateOnly EffectiveFrom,
    DateOnly? EffectiveTo,
    string EffectivePeriodClause,
    ContractsPolicyFile.Rules Contracts)
{
    internal sealed record Rules(
        Cited<int> StartWithinMonthsOfDelivery,
        Cited<int> CompleteWithinMonthsOfStart,
        Cited<int> ApplyForAssessmentWithinMonthsOfCompletion,
        Cited<decimal> LatePenaltyPerDay,
        Cited<decimal> DepositShare,
        Cited<bool> DepositExemptForLeaseThenTransfer,
        Cited<int> QuarterlyReportsUntilProduction,
        Cited<TransferBeforeAssessment> TransferBeforeAssessment,
        Cited<decimal>? MaxSubdivisionShareOfFloorArea = null,
        Cited<decimal>? MinimumUnitFloorAreaM2 = null,
        Cited<bool>? SupportingFloorAreaNeverSold = null,
        Cited<int>? NoSecondTransferWithinYears = null,
        Cited<bool>? TransfereeMustBeInCatalog = null,
        Cited<decimal>? MaxRentShareOfOfficeRent = null,
        Cited<bool>? MortgageCappedAtLandPriceUntilAssessment = null,
        Cited<bool>? ParkDeveloperMayNotTransfer = null,
        Cited<bool>? LeaseBeforeDevelopmentForbidden = null,
        Cited<int>? InstalmentMaxMonths = null,
        Cited<int>? RenewalApplyMonthsBeforeTermEnd = null,
        LeaseThenTransferRules? LeaseThenTransfer = null);

    public ContractsPolicy ToPolicy() => new(
        Id, Version, DocumentTitle, EffectiveFrom, EffectiveTo,
        Contracts.StartWithinMonthsOfDelivery, Contracts.CompleteWithinMonthsOfStart,
        Contracts.ApplyForAssessmentWithinMonthsOfCompletion, Contracts.LatePenaltyPerDay, Contracts.DepositShare,
        Contracts.DepositExemptForLeaseThenTransfer, Contracts.QuarterlyReportsUntilProduction,
        Contracts.TransferBeforeAssessment)
    {
        MaxSubdivisionShareOfFloorArea = Contracts.MaxSubdivisionShareOfFloorArea,
        MinimumUnitFloorAreaM2 = Contracts.MinimumUnitFloorAreaM2,
        SupportingFloorAreaNeverSold = Contracts.SupportingFloorAreaNeverSold,
        NoSecondTransferWithinYears = Contracts.NoSecondTransferWithinYears,
        TransfereeMustBeInCatalog = Contracts.TransfereeMustBeInCatalog,
        MaxRentShareOfOfficeRent = Contracts.MaxRentShareOfOfficeRent,
        MortgageCappedAtLandPriceUntilAssessment = Contracts.MortgageCappedAtLandPriceUntilAssessment,
        ParkDeveloperMayNotTransfer = Contracts.ParkDeveloperMayNotTransfer,
        LeaseBeforeDevelopmentForbidden = Contracts.LeaseBeforeDevelopmentForbidden,
        InstalmentMaxMonths = Contracts.InstalmentMaxMonths,
        RenewalApplyMonthsBeforeTermEnd = Contracts.RenewalApplyMonthsBeforeTermEnd,
        LeaseThenTransfer = Contracts.LeaseThenTransfer,
    };
}
