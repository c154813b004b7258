namespace LandPlatform.Contracts.Domain.Lifecycle;

/// <summary>
/// The answer to "may this step be taken now": the state it leads to, or — when illegal — the state the
/// contract is in and the steps it allows (what the 409 problem shows the clerk).
/// </summary>
public sealed record TransitionOutcome(bool Allowed, ContractState State, IReadOnlyList<ContractAction> AllowedNext)
{
    public static TransitionOutcome To(ContractState next) => new(true, next, []);

    public static TransitionOutcome Refused(ContractState current, IReadOnlyList<ContractAction> allowed) => new(false, current, allowed);
}
