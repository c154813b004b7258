namespace LandPlatform.Contracts.Domain.Lifecycle;

/// <summary>A step a person (or a consumed event) takes on a contract.</summary>
public enum ContractAction
{
    /// <summary>The contract is drawn up (only ever the first step).</summary>
    Draft,
    Sign,

    /// <summary>Planning signs the land contract (grant or lease) once the supervision contract is signed.</summary>
    SignLandContract,
    PayDeposit,
    DeliverLand,
    StartConstruction,
    CompleteConstruction,
    StartProduction,
    ApplyForAssessment,
    PassAssessment,
    FailAssessment,
    BeginRectification,
    ConvertToGrant,
    RenewLease,
    Exit,
    Terminate,

    /// <summary>不动产登记: only once the whole land price is paid (Binhai 第十条); the state stays.</summary>
    RegisterTitle,

    /// <summary>续期申请 at least a year before the term ends (seed 000 五（四）); the state stays.</summary>
    ApplyForTermRenewal,
}
