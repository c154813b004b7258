using LandPlatform.SeedWork;

namespace LandPlatform.Credit.Domain;

/// <summary>Reviews of objections and delisting decisions are reasoned decisions (RULES.md §5 "an explicit decision with reasons").</summary>
public sealed class DecisionMustGiveReasons(string? reasons) : IBusinessRule
{
    public bool IsBroken() => string.IsNullOrWhiteSpace(reasons);

    public string Message => "The decision must state its reasons.";

    public string Clause => "RULES.md §5 Delisting (credit repair) is an explicit decision with reasons";
}
