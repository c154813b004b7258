using LandPlatform.SeedWork;

namespace LandPlatform.Credit.Domain;

/// <summary>
/// Idle land lists the enterprise only once it is recoverable without compensation (national: idle
/// for 2 years). Below that it costs the idle-land fee (1 year) and nothing in the credit file. 满两年 is counted as
/// contracts counts it (<see cref="CivilPeriods"/>, 《中华人民共和国民法典》第二百零一条): from the day after the second anniversary.
/// </summary>
public sealed class IdleLandMustHaveBeenIdleForTheRecoveryPeriod(DateOnly idleSince, DateOnly detectedOn, IdleLandThreshold threshold)
    : IBusinessRule
{
    public bool IsBroken() => CivilPeriods.YearsCompletedBy(idleSince, detectedOn) < threshold.Years;

    public string Message =>
        $"The land has been idle since {idleSince:yyyy-MM-dd}; it lists the enterprise only from {CivilPeriods.CompleteFrom(idleSince, threshold.Years):yyyy-MM-dd} ({threshold.Years} years).";

    public string Clause => threshold.Clause;
}
