using LandPlatform.SeedWork;

namespace LandPlatform.Credit.Domain;

/// <summary>
/// When a contract ends because the assessment failed after rectification, the final AssessmentFailed
/// event opens the notice; the termination that follows must not open a second one for the same failure.
/// </summary>
public sealed class FailedAssessmentIsNoticedFromTheAssessment(ContractTerminationCause cause) : IBusinessRule
{
    public bool IsBroken() => cause == ContractTerminationCause.FailedAssessment;

    public string Message => "A termination for a failed assessment is noticed from the final assessment event, not from the termination.";

    public string Clause => "《西湖区创新型产业用地管理实施细则（试行）》附件3《西湖区标准地投资建设合同》五（二）";
}
