using LandPlatform.SeedWork;

namespace LandPlatform.Credit.Domain;

/// <summary>Reviews of objections and delisting decisions are reasoned decisions (RULES.md §5 "an explicit decision with reasons").</summary>
public sealed class DecisionMustGiveReasons(string? reasons) : IBusinessRule
{
    public bool IsBroken() => string.IsNullOrWhiteSpace(reasons);

    public string Message => "The decision must state its reasons.";

    public string Clause => "《国务院办公厅关于进一步完善失信约束制度构建诚信建设长效机制的指导意见》（国办发〔2020〕49号） 信用修复：移出名单是一项说明理由的决定";
}
