using LandPlatform.Contracts.Domain.Policy;

namespace LandPlatform.Contracts.Domain.Deadlines;

/// <summary>
/// The penalty for one late milestone: the pack's rate (1‰) of the transaction price for each day after the
/// agreed date, counted to the day and stopping on the day the milestone was actually reached. The agreed
/// date itself is on time. Full precision; round only to show.
/// </summary>
public sealed record LatePenalty(Milestone Milestone, DateOnly AgreedBy, int DaysLate, decimal RatePerDay, decimal Amount, string Clause)
{
    /// <param name="reachedOn">The actual date, or null while the milestone is still outstanding.</param>
    /// <param name="today">The calendar day of the clock (counting stops here while outstanding).</param>
    public static LatePenalty Accrued(
        Milestone milestone, DateOnly agreedBy, DateOnly? reachedOn, DateOnly today, decimal transactionPrice, Cited<decimal> rate)
    {
        ArgumentNullException.ThrowIfNull(rate);
        var until = reachedOn is { } reached && reached < today ? reached : today;
        var days = Math.Max(0, until.DayNumber - agreedBy.DayNumber);
        return new LatePenalty(milestone, agreedBy, days, rate.Value, transactionPrice * rate.Value * days, rate.Clause);
    }

    public bool IsLate => DaysLate > 0;
}
