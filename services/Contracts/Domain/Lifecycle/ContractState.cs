namespace LandPlatform.Contracts.Domain.Lifecycle;

/// <summary>
/// Where a supervision contract stands. A grant: Draft → Signed → LandContractSigned → DepositPaid → LandDelivered →
/// ConstructionStarted → Completed (规划核实) → InProduction → AssessmentApplied → Passed | Failed →
/// Rectification → AssessmentApplied → Passed | Terminated. A lease-then-transfer skips the deposit and, on
/// passing, is GrantOpened until the grant contract is signed and paid (Granted) or exits (Exited).
/// </summary>
public enum ContractState
{
    Draft,
    Signed,

    /// <summary>The land contract (国有建设用地使用权出让合同 / 租赁合同) signed by planning after the supervision contract (附件3 三（七）, 五（六）).</summary>
    LandContractSigned,
    DepositPaid,
    LandDelivered,
    ConstructionStarted,
    Completed,
    InProduction,
    AssessmentApplied,
    Passed,
    Failed,
    Rectification,
    GrantOpened,
    Granted,
    Exited,
    Terminated,
}
