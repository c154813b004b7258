using LandPlatform.SeedWork;

namespace LandPlatform.Credit.Domain;

/// <summary>History is appended in time order: a step cannot be dated before the step it follows.</summary>
public sealed class ListingStepsMustBeInTimeOrder(DateTimeOffset lastStepAt, DateTimeOffset at) : IBusinessRule
{
    public bool IsBroken() => at < lastStepAt;

    public string Message => $"This step is dated {at:O}, before the previous step ({lastStepAt:O}).";
}
