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

    public string Clause => "seed 004 附件3 五（二）";
}
