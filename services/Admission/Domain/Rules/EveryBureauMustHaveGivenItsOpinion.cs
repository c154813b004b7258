using LandPlatform.Admission.Domain.Applications;
using LandPlatform.Admission.Domain.Packs;
using LandPlatform.SeedWork;

namespace LandPlatform.Admission.Domain.Rules;

/// <summary>The development bureau proposes only after every convened unit has given its opinion.</summary>
public sealed class EveryBureauMustHaveGivenItsOpinion(JointReviewRules meeting, IEnumerable<ReviewOpinion> given) : IBusinessRule
{
    private readonly List<ReviewBureau> _missing = [.. meeting.Bureaus.Where(b => given.All(o => o.BureauCode != b.Code))];

    public bool IsBroken() => _missing.Count > 0;

    public string Message => $"Opinions still missing from {string.Join("、", _missing.Select(b => $"{b.Name} ({b.Code})"))}.";

    public string Clause => meeting.Clause;
}
