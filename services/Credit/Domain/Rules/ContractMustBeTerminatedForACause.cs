using LandPlatform.SeedWork;

namespace LandPlatform.Credit.Domain;

/// <summary>A termination the enterprise did not cause (its own lawful exit, mutual agreement, public interest) is no breach and lists nobody.</summary>
public sealed class ContractMustBeTerminatedForACause(ContractTerminationCause cause) : IBusinessRule
{
    public bool IsBroken() => cause is ContractTerminationCause.EnterpriseRequest
        or ContractTerminationCause.MutualAgreement
        or ContractTerminationCause.PublicInterest;

    public string Message => $"The contract was terminated for {cause}, which is not the enterprise's fault: no notice.";

    public string Clause => "seed 001 三（六） vs 三（七）; seed 000 五（二） 将违反合同的失信企业列入黑名单";
}
