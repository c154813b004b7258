using LandPlatform.SeedWork;

namespace LandPlatform.Monitoring.Domain.Assessments;

public sealed class StepsFollowTheOrder(AssessmentStep requested, IReadOnlyList<AssessmentStep> allowed) : IBusinessRule
{
    public IReadOnlyList<AssessmentStep> Allowed => allowed;

    public bool IsBroken() => !allowed.Contains(requested);

    public string Message => allowed.Count == 0
        ? $"The assessment is decided: no {requested} can follow."
        : $"{requested} cannot be recorded now; the next step is {string.Join(" or ", allowed)}.";

    public string Clause => "《西湖区创新型产业用地管理实施细则（试行）》第九条 1.达产初审 2.部门联审 3.政府复审";
}

public sealed class AssessmentIsAppliedForWithinTheWindow(DateOnly appliedOn, DateOnly? opens, DateOnly? closes) : IBusinessRule
{
    public bool IsBroken() => opens is null || closes is null || appliedOn < opens || appliedOn > closes;

    public string Message => opens is null || closes is null
        ? "The contract has no assessment window yet: construction is not recorded as completed."
        : $"The assessment may be applied for from {opens:yyyy-MM-dd} to {closes:yyyy-MM-dd}; {appliedOn:yyyy-MM-dd} is outside.";

    public string Clause => "《西湖区创新型产业用地管理实施细则（试行）》附件3《西湖区标准地投资建设合同》三（三）9 该项目竣工验收通过后…内，乙方应向甲方提出项目达标考核";
}

public sealed class OneAssessmentAtATime(Guid? open) : IBusinessRule
{
    public bool IsBroken() => open is not null;

    public string Message => $"Assessment {open} of this contract is still under way.";
}

public sealed class AContractIsAssessedUntilDecided(string? why) : IBusinessRule
{
    public bool IsBroken() => why is not null;

    public string Message => why ?? string.Empty;
}

public sealed class RectificationIsAssessedBeforeItsDeadline(DateOnly appliedOn, DateOnly deadline) : IBusinessRule
{
    public bool IsBroken() => appliedOn > deadline;

    public string Message => $"The rectification period ended on {deadline:yyyy-MM-dd}.";
}

public sealed class AMakeUpCoversTheShortfall(decimal? due, decimal paid) : IBusinessRule
{
    public bool IsBroken() => due is null || paid < due;

    public string Message => due is null
        ? "The joint review found no failure a fiscal make-up can cure (only fiscal indicators, and only when they alone fail)."
        : $"The shortfall is {due:0.00} 元; {paid:0.00} 元 does not cover it.";

    public string Clause => "《关于支持新型产业用地高效复合利用办法（2023年修订稿）（征求意见稿）》第十四条 允许开发主体…补足差额，视为通过验收";
}

public sealed class AnOverruleDecidesOtherwise(AssessmentOutcome found, AssessmentOutcome decided) : IBusinessRule
{
    public bool IsBroken() => found == decided;

    public string Message => $"The joint review found {found}; a government review deciding {decided} agrees with it and is no overrule (send no overrule).";

    public string Clause => "《西湖区创新型产业用地管理实施细则（试行）》第九条 3.政府复审。由区发改经信局报区政府对达产验收意见进行研究审定";
}
