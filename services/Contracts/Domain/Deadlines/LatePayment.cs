using LandPlatform.Contracts.Domain.Policy;
using LandPlatform.IntegrationContracts.Events;

namespace LandPlatform.Contracts.Domain.Deadlines;

/// <summary>
/// One stretch of days during which an amount of one instalment was overdue: <see cref="Overdue"/> × rate ×
/// <see cref="Days"/> (<see cref="From"/> to <see cref="Through"/>, both counted).
/// </summary>
public sealed record LatePaymentStep(int Instalment, DateOnly DueOn, DateOnly From, DateOnly Through, decimal Overdue, int Days, decimal RatePerDay, decimal Amount)
{
    /// <summary>What the line calls the amount due: 第N期, or 一次性付清 for a price due in one sum.</summary>
    public string Label => Instalment == LatePayment.OneSum ? "一次性付清" : $"第{Instalment}期";
}

/// <summary>
/// 滞纳金 on the land price (RULES.md §0; 出让合同示范文本 第三十条): each instalment's — or the one sum's — unpaid amount accrues the
/// national rate (1‰) per day after its due date, to the day, until paid; a payment on a day stops that day's
/// accrual from the next day. Payments settle the instalments in the order they fall due. The steps explain the
/// amount, stretch by stretch; full precision, round only to show.
/// </summary>
public sealed record LatePayment(decimal Amount, DateOnly Through, IReadOnlyList<LatePaymentStep> Steps, string Clause)
{
    /// <summary>The number of the one term of a price due in one sum (instalments count from 1).</summary>
    public const int OneSum = 0;

    public static LatePayment Accrued(IReadOnlyList<InstalmentTerm> schedule, IEnumerable<LandPricePayment> payments, DateOnly today, Cited<decimal> rate)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(payments);
        ArgumentNullException.ThrowIfNull(rate);
        var paid = payments.Where(p => p.PaidOn <= today).OrderBy(p => p.PaidOn).Select(p => (p.PaidOn, Left: p.Amount)).ToList();
        var steps = new List<LatePaymentStep>();
        var next = 0;
        foreach (var term in schedule.OrderBy(t => t.DueOn).ThenBy(t => t.Number))
        {
            var owed = term.Amount;
            var counted = term.DueOn;
            while (owed > 0 && next < paid.Count)
            {
                var (on, left) = paid[next];
                counted = Accrue(term, counted, on, owed, rate.Value, steps);
                var settled = Math.Min(owed, left);
                owed -= settled;
                paid[next] = (on, left - settled);
                if (left - settled == 0)
                {
                    next++;
                }
            }

            if (owed > 0)
            {
                Accrue(term, counted, today, owed, rate.Value, steps);
            }
        }

        return new LatePayment(steps.Sum(s => s.Amount), today, steps, rate.Clause);
    }

    /// <summary>Adds the days after <paramref name="counted"/> through <paramref name="through"/>; returns the last day counted.</summary>
    private static DateOnly Accrue(InstalmentTerm term, DateOnly counted, DateOnly through, decimal overdue, decimal rate, List<LatePaymentStep> steps)
    {
        var days = through.DayNumber - counted.DayNumber;
        if (days <= 0)
        {
            return counted;
        }

        steps.Add(new LatePaymentStep(term.Number, term.DueOn, counted.AddDays(1), through, overdue, days, rate, overdue * rate * days));
        return through;
    }
}
