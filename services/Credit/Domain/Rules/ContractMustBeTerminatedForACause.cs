using LandPlatform.SeedWork;

namespace LandPlatform.Credit.Domain;

/// <summary>A termination the enterprise did not cause (its own lawful exit, mutual agreement, public interest) is no breach and lists nobody.</summary>
public sealed class ContractMustBeTerminatedForACause(ContractTerminationCause cause) : IBusinessRule
{
    public bool IsBroken() => cause is ContractTerminationCause.EnterpriseRequest
        or ContractTerminationCause.MutualAgreement
        or ContractTerminationCause.PublicInterest;

    public string Message => $"The contract was terminated for {cause}, which is not the enterprise's fault: no notice.";

    public string Clause => "《北京市工业用地先租后让指导意见（试行）》三（六）与三（七）；《石景山区高精尖产业项目用地试点方案（中关村石景山园）》五（二） 将违反合同的失信企业列入黑名单";
}
