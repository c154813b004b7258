using LandPlatform.Contracts.Domain.Policy;

namespace LandPlatform.Contracts.Domain.Deadlines;

/// <summary>
/// 闲置土地 (闲置土地处置办法, RULES.md §0): not started a year after the agreed start date → idle, fee 20% of
/// the price; two years → recovery without compensation — unless the delay was the government's (第八条),
/// which the bureau records with its evidence.
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

    /// <summary>Whole years since the agreed start date: 满一年 on the same calendar day a year later.</summary>
    public static int YearsIdleOn(DateOnly since, DateOnly today)
    {
        var years = today.Year - since.Year;
        if (years > 0 && since.AddYears(years) > today)
        {
            years--;
        }

        return Math.Max(0, years);
    }
}
