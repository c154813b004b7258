namespace LandPlatform.IntegrationContracts.Events;

/// <summary>
/// Contracts: a quarterly progress report period (按季书面报告项目进展情况，直至项目投产, seed 004 附件3 三（七）)
/// ended without a report. Published once per contract and period, the day the daily job finds it, for the
/// enterprise (乙) and the bureau that supervises it.
/// </summary>
public sealed record QuarterlyReportMissed(
    Guid ContractId,
    string Uscc,
    string ParcelCode,
    DateOnly PeriodEnd,
    DateOnly DetectedOn,
    string Clause) : IntegrationEvent
{
    public string? EnterpriseName { get; init; }

    /// <summary>How many periods are missing so far, this one included.</summary>
    public int MissingSoFar { get; init; }
}
