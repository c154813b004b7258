using LandPlatform.Contracts.Domain.Lifecycle;
using LandPlatform.Contracts.Domain.Rules;
using LandPlatform.SeedWork;

namespace LandPlatform.Contracts.Tests.Domain;

/// <summary>The land contract after the supervision contract (附件3 五（六）), and the term renewal a year before the end (seed 000 五（四）).</summary>
public sealed class LandContractTests
{
    [Fact]
    public void PlanningSignsTheLandContractAfterTheSupervisionContract()
    {
        var contract = A.Grant();
        var early = Assert.Throws<IllegalTransitionException>(() =>
            contract.SignLandContract("杭出让〔2026〕1号", A.Planning, new DateOnly(2026, 2, 1), A.Leader, A.Today, A.Now));
        contract.Sign(new DateOnly(2026, 2, 1), A.Clerk, A.Today, A.Now);
        contract.SignLandContract("杭出让〔2026〕1号", A.Planning, new DateOnly(2026, 2, 3), A.Leader, A.Today, A.Now);

        Assert.Equal(ContractState.Draft, early.State);
        Assert.Equal(ContractState.LandContractSigned, contract.State);
        Assert.Equal(new DateOnly(2026, 2, 3), contract.LandContractSignedOn);
        var step = contract.Steps[^1];
        Assert.Equal((ContractAction.SignLandContract, A.Leader.Id, "杭出让〔2026〕1号"), (step.Action, step.ActorId, step.Note));
    }

    [Fact]
    public void TheDistrictCannotSignTheLandContract()
    {
        var contract = A.Grant();
        contract.Sign(new DateOnly(2026, 2, 1), A.Clerk, A.Today, A.Now);

        var refused = Assert.Throws<BusinessRuleBrokenException>(() =>
            contract.SignLandContract("杭出让〔2026〕1号", "district", new DateOnly(2026, 2, 3), A.Leader, A.Today, A.Now));

        Assert.Equal(nameof(LandContractIsSignedByPlanning), refused.RuleName);
        Assert.Equal(ContractState.Signed, contract.State);
    }

    [Fact]
    public void ATermRenewalAppliedForLessThanAYearBeforeTheEndIsRefusedNamingSeed000()
    {
        var contract = A.Delivered(new DateOnly(2026, 3, 1), A.Shijingshan);
        var ends = contract.TermEndsOn!.Value;

        var refused = Assert.Throws<BusinessRuleBrokenException>(() =>
            contract.ApplyForTermRenewal(ends.AddYears(-1).AddDays(1), A.Shijingshan, A.Clerk, ends, A.Now));
        contract.ApplyForTermRenewal(ends.AddYears(-1), A.Shijingshan, A.Clerk, ends, A.Now);

        Assert.Equal(new DateOnly(2076, 2, 29), ends);
        Assert.Equal(nameof(TermRenewalMustBeAppliedForAYearBeforeTheTermEnds), refused.RuleName);
        Assert.Contains("五（四）", refused.Rule.Clause, StringComparison.Ordinal);
        Assert.Equal(ends.AddYears(-1), contract.TermRenewalAppliedOn);
    }

    [Fact]
    public void WithoutAPackRuleTheNationalLawAsksForTheSameYear()
    {
        var contract = A.Delivered(new DateOnly(2026, 3, 1));
        var ends = contract.TermEndsOn!.Value;

        var refused = Assert.Throws<BusinessRuleBrokenException>(() =>
            contract.ApplyForTermRenewal(ends.AddMonths(-6), A.Xihu, A.Clerk, ends, A.Now));

        Assert.Contains("《中华人民共和国城市房地产管理法》第二十二条", refused.Rule.Clause, StringComparison.Ordinal);
    }
}
