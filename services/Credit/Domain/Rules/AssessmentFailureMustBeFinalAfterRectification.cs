using LandPlatform.SeedWork;

namespace LandPlatform.Credit.Domain;

/// <summary>A first failure leads to rectification (and the deposit), not to the blacklist.</summary>
public sealed class AssessmentFailureMustBeFinalAfterRectification(bool finalAfterRectification) : IBusinessRule
{
    public bool IsBroken() => !finalAfterRectification;

    public string Message => "Only an assessment still failed after the rectification period opens a notice.";

    public string Clause => "《西湖区创新型产业用地管理实施细则（试行）》附件3《西湖区标准地投资建设合同》五（二） 如经整改后指标评价考核仍达不到准入标准的…列入失信企业名单；《关于支持新型产业用地高效复合利用办法（2023年修订稿）（征求意见稿）》第十四条 逾期仍未通过达产验收的…列入失信“黑名单”";
}
