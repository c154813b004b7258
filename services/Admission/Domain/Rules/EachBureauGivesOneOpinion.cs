using LandPlatform.Admission.Domain.Applications;
using LandPlatform.SeedWork;

namespace LandPlatform.Admission.Domain.Rules;

/// <summary>A bureau's opinion is recorded once; a change of mind is a new review, not an overwrite.</summary>
public sealed class EachBureauGivesOneOpinion(IEnumerable<ReviewOpinion> given, string bureau) : IBusinessRule
{
    public bool IsBroken() => given.Any(o => o.BureauCode == bureau);

    public string Message => $"The opinion of '{bureau}' is already recorded.";
}
