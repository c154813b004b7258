using LandPlatform.SeedWork;

namespace LandPlatform.Credit.Policies;

/// <summary>A pack applies only within its effective period (e.g. hangzhou-xihu-2020: trial 2020-03-14 to 2021-03-13, 第十七条).</summary>
public sealed class PolicyPackMustBeInForce(string packId, DateOnly on, bool inForce) : IBusinessRule
{
    public bool IsBroken() => !inForce;

    public string Message => $"No version of policy pack '{packId}' is in force on {on:yyyy-MM-dd}.";
}
