using LandPlatform.SeedWork;

namespace LandPlatform.Credit.Domain;

public sealed class ObjectionMustGiveGrounds(string? grounds) : IBusinessRule
{
    public bool IsBroken() => string.IsNullOrWhiteSpace(grounds);

    public string Message => "An objection must state its grounds (陈述、申辩的事实和理由).";
}
