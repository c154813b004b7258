namespace LandPlatform.Contracts.Domain.Policy;

/// <summary>先租后让 (Beijing 三（三）–（七）): the lease's assessment, conversion, renewal and exit.</summary>
public sealed record LeaseThenTransferRules(
    Cited<int> ApplyForAssessmentMonthsBeforeLeaseEnd,
    Cited<int> SignGrantWithinDaysOfNotice,
    Cited<int> MaxRenewalYears,
    Cited<int> MaxRenewals,
    string TransferPriceClause,
    string ExitRefundClause);
