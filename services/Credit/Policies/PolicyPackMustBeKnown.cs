using LandPlatform.SeedWork;

namespace LandPlatform.Credit.Policies;

public sealed class PolicyPackMustBeKnown(string packId, bool known) : IBusinessRule
{
    public bool IsBroken() => !known;

    public string Message => $"There is no policy pack '{packId}'.";
}
