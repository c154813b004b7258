using LandPlatform.Contracts.Domain.Policy;
using LandPlatform.Contracts.Domain.Rules;
using LandPlatform.IntegrationContracts.Events;
using LandPlatform.SeedWork;

namespace LandPlatform.Contracts.Domain.Deadlines;

/// <summary>
/// 分期缴纳 (Binhai 第十条): only where the pack allows it, at most the pack's months from the transaction date,
/// all paid before registration; the instalments add up to the price. Late payment: <see cref="LatePayment"/>.
/// </summary>
public static class Instalments
{
    /// <summary>What is wrong with the schedule's fields (400), field by field (empty when none).</summary>
    public static IReadOnlyList<(string Field, string Problem)> Check(IReadOnlyList<InstalmentTerm> schedule, DateOnly transactionDate, decimal transactionPrice)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var problems = new List<(string, string)>();
        if (schedule.Count == 0)
        {
            return problems;
        }

        for (var i = 0; i < schedule.Count; i++)
        {
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

    /// <summary>The pack's rules for a schedule (409 naming the rule): allowed at all, and paid within the pack's months.</summary>
    /// <exception cref="BusinessRuleBrokenException">The schedule breaks a rule of the pack.</exception>
    public static void CheckAgainst(ContractsPolicy policy, IReadOnlyList<InstalmentTerm> schedule, DateOnly transactionDate)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(schedule);
        if (schedule.Count == 0)
        {
            return;
        }

        BusinessRules.Check(new InstalmentsMustBeAllowedByThePack(policy.PackId, policy.DocumentTitle, policy.InstalmentMaxMonths is not null));
        var max = policy.InstalmentMaxMonths!;
        BusinessRules.Check(new InstalmentsMustBePaidWithinTheMaximumTerm(schedule.Max(s => s.DueOn), transactionDate.AddMonths(max.Value), max.Value, max.Clause));
    }
}
