namespace LandPlatform.Contracts.Domain.Lifecycle;

/// <summary>A step a person (or a consumed event) takes on a contract.</summary>
public enum ContractAction
{
    /// <summary>The contract is drawn up (only ever the first step).</summary>
    Draft,
    Sign,
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
}
