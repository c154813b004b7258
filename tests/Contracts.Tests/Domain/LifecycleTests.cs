using LandPlatform.Contracts.Domain;
using LandPlatform.Contracts.Domain.Lifecycle;
using LandPlatform.Contracts.Domain.Rules;
using LandPlatform.IntegrationContracts.Events;
using LandPlatform.SeedWork;

namespace LandPlatform.Contracts.Tests.Domain;

/// <summary>The contract state machine: each step from the states that allow it; any other is refused with the state and the allowed steps.</summary>
public sealed class LifecycleTests
{
    [Fact]
    public void AGrantWalksFromDraftToPassedAndGetsItsDepositBack()
    {
        var contract = A.InProduction(new DateOnly(2026, 3, 1));
        contract.ApplyForAssessment(new DateOnly(2028, 3, 1), A.Xihu, A.Clerk, A.Today, A.Now);
        contract.PassAssessment(new DateOnly(2028, 5, 1), A.Xihu, A.Clerk, A.Today, A.Now);

        Assert.Equal(ContractState.Passed, contract.State);
        Assert.Equal(DepositStatus.Refunded, contract.DepositStatus);
        Assert.Equal(
            [ContractAction.Draft, ContractAction.Sign, ContractAction.SignLandContract, ContractAction.PayDeposit, ContractAction.DeliverLand, ContractAction.StartConstruction,
             ContractAction.CompleteConstruction, ContractAction.StartProduction, ContractAction.ApplyForAssessment, ContractAction.PassAssessment],
            contract.Steps.Select(s => s.Action));
        Assert.All(contract.Steps, s => Assert.Equal(s.Action == ContractAction.SignLandContract ? A.Leader.Id : A.Clerk.Id, s.ActorId));
    }

    [Fact]
    public void TheDepositIsThirtyPercentOfThePriceUnderXihu()
    {
        var contract = A.Grant();

        Assert.Equal(3_703_703.4m, contract.DepositAmount);
        Assert.Equal(DepositStatus.Due, contract.DepositStatus);
    }

    [Fact]
    public void LeaseThenTransferPaysNoDepositAndSkipsThatStep()
    {
        var contract = A.LeaseThenTransfer();
        contract.Sign(new DateOnly(2026, 2, 1), A.Clerk, A.Today, A.Now);
        contract.SignLandContract("京租〔2026〕1号", A.Planning, new DateOnly(2026, 2, 1), A.Leader, A.Today, A.Now);

        var refused = Assert.Throws<IllegalTransitionException>(() => contract.PayDeposit(new DateOnly(2026, 2, 2), A.Clerk, A.Today, A.Now));
        contract.DeliverLand(new DateOnly(2026, 2, 3), A.Clerk, A.Today, A.Now);

        Assert.Equal(0m, contract.DepositAmount);
        Assert.Equal(DepositStatus.NotRequired, contract.DepositStatus);
        Assert.Equal(ContractState.LandContractSigned, refused.State);
        Assert.Equal(ContractState.LandDelivered, contract.State);
    }

    [Fact]
    public void SigningTwiceIsRefusedWithTheStateAndTheAllowedSteps()
    {
        var contract = A.Grant();
        contract.Sign(new DateOnly(2026, 2, 1), A.Clerk, A.Today, A.Now);

        var refused = Assert.Throws<IllegalTransitionException>(() => contract.Sign(new DateOnly(2026, 2, 2), A.Clerk, A.Today, A.Now));

        Assert.Equal(ContractState.Signed, refused.State);
        Assert.Equal([ContractAction.SignLandContract, ContractAction.Terminate], refused.AllowedNext);
        Assert.Equal(2, contract.Steps.Count);
    }

    [Fact]
    public void AGrantIsNotDeliveredBeforeItsDepositIsPaid()
    {
        var contract = A.Grant();
        contract.Sign(new DateOnly(2026, 2, 1), A.Clerk, A.Today, A.Now);

        Assert.Throws<IllegalTransitionException>(() => contract.DeliverLand(new DateOnly(2026, 2, 2), A.Clerk, A.Today, A.Now));
    }

    [Fact]
    public void AStartBeforeDeliveryIsRefusedAndNothingChanges()
    {
        var contract = A.Delivered(new DateOnly(2026, 3, 1));

        var refused = Assert.Throws<BusinessRuleBrokenException>(() => contract.StartConstruction(new DateOnly(2026, 2, 27), A.Clerk, A.Today, A.Now));

        Assert.Equal(nameof(StartMustNotPrecedeDelivery), refused.RuleName);
        Assert.Equal(ContractState.LandDelivered, contract.State);
        Assert.Null(contract.StartedOn);
    }

    [Fact]
    public void ACompletionBeforeTheStartIsRefused()
    {
        var contract = A.Delivered(new DateOnly(2026, 3, 1));
        contract.StartConstruction(new DateOnly(2026, 6, 1), A.Clerk, A.Today, A.Now);

        var refused = Assert.Throws<BusinessRuleBrokenException>(() => contract.CompleteConstruction(new DateOnly(2026, 5, 31), A.Clerk, A.Today, A.Now));

        Assert.Equal(nameof(CompletionMustNotPrecedeStart), refused.RuleName);
        Assert.Null(contract.CompletedOn);
    }

    [Fact]
    public void AStepDatedInTheFutureIsRefused()
    {
        var contract = A.Grant();

        var refused = Assert.Throws<BusinessRuleBrokenException>(() => contract.Sign(A.Today.AddDays(1), A.Clerk, A.Today, A.Now));

        Assert.Equal(nameof(EventDateMustNotBeInTheFuture), refused.RuleName);
        Assert.Equal(ContractState.Draft, contract.State);
    }

    [Fact]
    public void AFailedAssessmentForfeitsTheDepositAndRectificationMayFollow()
    {
        var contract = A.InProduction(new DateOnly(2026, 3, 1));
        contract.ApplyForAssessment(new DateOnly(2028, 3, 1), A.Xihu, A.Clerk, A.Today, A.Now);
        contract.FailAssessment(new DateOnly(2028, 5, 1), final: false, A.Clerk, A.Today, A.Now);
        contract.BeginRectification(new DateOnly(2028, 5, 2), A.Clerk, A.Today, A.Now);
        contract.ApplyForAssessment(new DateOnly(2029, 5, 1), A.Xihu, A.Clerk, A.Today, A.Now);
        contract.PassAssessment(new DateOnly(2029, 6, 1), A.Xihu, A.Clerk, A.Today, A.Now);

        Assert.Equal(ContractState.Passed, contract.State);
        Assert.Equal(DepositStatus.Forfeited, contract.DepositStatus);
    }

    [Fact]
    public void OnlyAFinalFailureTerminatesForFailure()
    {
        var contract = A.InProduction(new DateOnly(2026, 3, 1));
        contract.ApplyForAssessment(new DateOnly(2028, 3, 1), A.Xihu, A.Clerk, A.Today, A.Now);
        contract.FailAssessment(new DateOnly(2028, 5, 1), final: false, A.Clerk, A.Today, A.Now);

        var refused = Assert.Throws<BusinessRuleBrokenException>(() =>
            contract.Terminate(TerminationCause.FailedAssessment, new DateOnly(2028, 5, 2), A.Xihu, A.Clerk, A.Today, A.Now));
        contract.BeginRectification(new DateOnly(2028, 5, 2), A.Clerk, A.Today, A.Now);
        contract.ApplyForAssessment(new DateOnly(2030, 4, 1), A.Xihu, A.Clerk, A.Today, A.Now);
        contract.FailAssessment(new DateOnly(2030, 5, 1), final: true, A.Clerk, A.Today, A.Now);
        contract.Terminate(TerminationCause.FailedAssessment, new DateOnly(2030, 5, 2), A.Xihu, A.Clerk, A.Today, A.Now);

        Assert.Equal(nameof(TerminationForFailureNeedsAFinalFailedAssessment), refused.RuleName);
        Assert.Equal(ContractState.Terminated, contract.State);
        Assert.Empty(ContractLifecycle.AllowedFrom(contract.State, contract.SupplyMode));
    }

    [Theory]
    [InlineData(SupplyModes.Grant)]
    [InlineData(SupplyModes.LeaseThenTransfer)]
    public void EveryOpenStateAllowsSomeStepAndEveryClosedOneNone(string mode)
    {
        foreach (var state in Enum.GetValues<ContractState>())
        {
            Assert.Equal(ContractLifecycle.IsClosed(state), ContractLifecycle.AllowedFrom(state, mode).Count == 0);
        }
    }
}
