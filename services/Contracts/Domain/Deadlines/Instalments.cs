using LandPlatform.Contracts.Domain.Policy;
using LandPlatform.IntegrationContracts.Events;

namespace LandPlatform.Contracts.Domain.Deadlines;

/// <summary>
/// 分期缴纳 (Binhai 第十条): at most the pack's months from the transaction date, all paid before registration;
/// the instalments add up to the price. Late payment accrues 1‰ per day of the overdue amount (RULES.md §0).
/// </summary>
public static class Instalments
{
    /// <summary>What is wrong with the schedule, field by field (empty when none).</summary>
    public static IReadOnlyList<(string Field, string Problem)> Check(
        IReadOnlyList<InstalmentTerm> schedule, DateOnly transactionDate, decimal transactionPrice, ContractsPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(policy);
        var problems = new List<(string, string)>();
        if (schedule.Count == 0)
        {
            return problems;
        }

        if (policy.InstalmentMaxMonths is not { } max)
        {
            problems.Add(("instalments", $"the pack {policy.PackId} does not allow payment by instalments"));
            return problems;
        }

        for (var i = 0; i < schedule.Count; i++)
        {
            if (schedule[i].DueOn > transactionDate.AddMonths(max.Value))
            {
                problems.Add(($"instalments[{i}].dueOn", $"is later than {max.Value} months after the transaction ({max.Clause})"));
            }

            if (schedule[i].DueOn < transactionDate)
            {
                problems.Add(($"instalments[{i}].dueOn", "is before the transaction date"));
            }

            if (schedule[i].Amount <= 0)
            {
                problems.Add(($"instalments[{i}].amount", "must be greater than 0"));
            }
        }

        if (schedule.Sum(s => s.Amount) != transactionPrice)
        {
            problems.Add(("instalments", $"add up to {schedule.Sum(s => s.Amount)} yuan, not the transaction price {transactionPrice} yuan"));
        }

        return problems;
    }

    /// <summary>Late-payment interest on one overdue amount: rate × amount × days after the due date until paid (or today).</summary>
    public static decimal LatePayment(decimal overdueAmount, DateOnly dueOn, DateOnly? paidOn, DateOnly today, Cited<decimal> rate)
    {
        ArgumentNullException.ThrowIfNull(rate);
        var until = paidOn is { } paid && paid < today ? paid : today;
        return overdueAmount * rate.Value * Math.Max(0, until.DayNumber - dueOn.DayNumber);
    }
}
