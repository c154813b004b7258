using LandPlatform.IntegrationContracts.Events;

namespace LandPlatform.Contracts.Domain.Lifecycle;

/// <summary>
/// The contract state machine as one table. The supply mode picks the path: a grant pays its deposit
/// before the land is delivered (Xihu 第八条); a lease-then-transfer pays none (same article) and, on passing,
/// converts to a grant (Beijing 三（五）) or exits before its lease ends.
/// </summary>
public static class ContractLifecycle
{
    private static readonly ContractState[] Closed = [ContractState.Granted, ContractState.Exited, ContractState.Terminated];

    public static TransitionOutcome Next(ContractState state, ContractAction action, string supplyMode)
    {
        var next = Target(state, action, supplyMode);
        return next is { } to ? TransitionOutcome.To(to) : TransitionOutcome.Refused(state, AllowedFrom(state, supplyMode));
    }

    public static IReadOnlyList<ContractAction> AllowedFrom(ContractState state, string supplyMode) =>
        Enum.GetValues<ContractAction>().Where(a => Target(state, a, supplyMode) is not null).ToList();

    public static bool IsClosed(ContractState state) => Closed.Contains(state);

    private static ContractState? Target(ContractState state, ContractAction action, string supplyMode)
    {
        var lease = supplyMode is SupplyModes.LeaseThenTransfer or SupplyModes.Lease;
        return (state, action) switch
        {
            (ContractState.Draft, ContractAction.Sign) => ContractState.Signed,
            // 附件3 五（六）: the supervision contract is signed first, then planning signs the grant or lease contract.
            (ContractState.Signed, ContractAction.SignLandContract) => ContractState.LandContractSigned,
            (ContractState.LandContractSigned, ContractAction.PayDeposit) when !lease => ContractState.DepositPaid,
            (ContractState.DepositPaid, ContractAction.DeliverLand) when !lease => ContractState.LandDelivered,
            (ContractState.LandContractSigned, ContractAction.DeliverLand) when lease => ContractState.LandDelivered,
            (ContractState.LandDelivered, ContractAction.StartConstruction) => ContractState.ConstructionStarted,
            (ContractState.ConstructionStarted, ContractAction.CompleteConstruction) => ContractState.Completed,
            (ContractState.Completed, ContractAction.StartProduction) => ContractState.InProduction,
            (ContractState.InProduction or ContractState.Rectification, ContractAction.ApplyForAssessment) => ContractState.AssessmentApplied,
            (ContractState.AssessmentApplied, ContractAction.PassAssessment) => lease ? ContractState.GrantOpened : ContractState.Passed,
            (ContractState.AssessmentApplied, ContractAction.FailAssessment) => ContractState.Failed,
            (ContractState.Failed, ContractAction.BeginRectification) when !lease => ContractState.Rectification,
            (ContractState.GrantOpened, ContractAction.ConvertToGrant) => ContractState.Granted,
            // Renewal keeps the lease where it is; only the lease end moves (checked by the lease rules).
            (ContractState.LandDelivered or ContractState.ConstructionStarted or ContractState.Completed
                or ContractState.InProduction or ContractState.AssessmentApplied, ContractAction.RenewLease) when lease => state,
            // Registration and a term renewal application keep the state: they are dated facts on an open contract.
            (not ContractState.Draft and not ContractState.Signed and not ContractState.Granted and not ContractState.Exited
                and not ContractState.Terminated, ContractAction.RegisterTitle) => state,
            (ContractState.LandDelivered or ContractState.ConstructionStarted or ContractState.Completed or ContractState.InProduction
                or ContractState.AssessmentApplied or ContractState.Passed, ContractAction.ApplyForTermRenewal) => state,
            // Beijing 三（五）/（七）: a failed lease, or a lessee who cannot go on, leaves before the lease ends.
            (not ContractState.Draft and not ContractState.Granted and not ContractState.Exited and not ContractState.Terminated,
                ContractAction.Exit) when lease => ContractState.Exited,
            (not ContractState.Draft and not ContractState.Granted and not ContractState.Exited and not ContractState.Terminated,
                ContractAction.Terminate) => ContractState.Terminated,
            _ => null,
        };
    }
}
