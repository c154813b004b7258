namespace LandPlatform.Contracts.Domain.Lifecycle;

/// <summary>A step the contract's state does not allow; the API answers 409 with the state and the allowed steps.</summary>
public sealed class IllegalTransitionException(ContractAction action, TransitionOutcome outcome)
    : Exception($"{action} is not allowed while the contract is {outcome.State}; allowed: {(outcome.AllowedNext.Count == 0 ? "none (closed)" : string.Join(", ", outcome.AllowedNext))}.")
{
    public ContractAction Action { get; } = action;

    public ContractState State { get; } = outcome.State;

    public IReadOnlyList<ContractAction> AllowedNext { get; } = outcome.AllowedNext;
}
