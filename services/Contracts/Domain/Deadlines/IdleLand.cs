using LandPlatform.Contracts.Domain.Policy;
using LandPlatform.SeedWork;

namespace LandPlatform.Contracts.Domain.Deadlines;

/// <summary>
/// 闲置土地 (闲置土地处置办法, RULES.md §0): not started a year after the agreed start date → idle, fee 20% of
/// the price; two years → recovery without compensation — unless the delay was the government's (第八条),
/// which the bureau records with its evidence. The years are counted as the civil code counts a period
/// (<see cref="YearsIdleOn"/>, 《中华人民共和国民法典》第二百零一条): 满一年 is complete at the end of the anniversary, so
/// the land is idle from the day after.
/// </summary>
public sealed record IdleLand(int YearsIdle, DateOnly IdleSince, decimal Fee, bool Recovery, string Clause)
{
    /// <summary>The idle status on <paramref name="today"/>, or null when the land is not idle.</summary>
    public static IdleLand? On(DateOnly agreedStartBy, DateOnly? startedOn, DateOnly today, decimal transactionPrice, NationalContractRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        if (startedOn is not null)
        {
            return null;
        }

        var years = YearsIdleOn(agreedStartBy, today);
        if (years < rules.IdleAfterYears.Value)
        {
            return null;
        }

        var recovery = years >= rules.RecoveryAfterYears.Value;
        return new IdleLand(
            years,
            agreedStartBy,
            transactionPrice * rules.IdleFeeShare.Value,
            recovery,
            recovery ? rules.RecoveryAfterYears.Clause : rules.IdleFeeShare.Clause);
    }

    /// <summary>
    /// Whole years of idleness completed before <paramref name="today"/> began, counted as the civil code counts a period
    /// (<see cref="CivilPeriods"/>, 《中华人民共和国民法典》第二百零一条): from the day after the agreed start date, so 满一年
    /// is complete at the end of the anniversary and the land is idle from the day after it, not on the anniversary.
    /// </summary>
    public static int YearsIdleOn(DateOnly since, DateOnly today) => CivilPeriods.YearsCompletedBy(since, today);
}
