using LandPlatform.SeedWork;

namespace LandPlatform.Credit.Domain;

/// <summary>A first failure leads to rectification (and the deposit), not to the blacklist.</summary>
public sealed class AssessmentFailureMustBeFinalAfterRectification(bool finalAfterRectification) : IBusinessRule
{
    public bool IsBroken() => !finalAfterRectification;

    public string Message => "Only an assessment still failed after the rectification period opens a notice.";

    public string Clause => "seed 004 附件3 五（二） 如经整改后指标评价考核仍达不到准入标准的…列入失信企业名单; seed 002 第十四条";
}
