namespace LandPlatform.Pricing.Domain.PolicyPacks;

/// <summary>Lease-then-transfer (先租后让) limits and formulas (Beijing 2024 三(三)–(五)).</summary>
public sealed record LeaseThenTransferRules(
    CitedNumber MaxLeaseYears,
    CitedNumber MaxCombinedYears,
    string MajorProjectExtensionClause,
    string NewLandRentClause,
    string StockLandRentClause,
    string BidDepositClause,
    string StockLandAgreementClause,
    CitedNumber MaxRenewalYears,
    string RenewalRentClause);
