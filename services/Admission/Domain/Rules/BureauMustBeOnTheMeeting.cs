using LandPlatform.Admission.Domain.Packs;
using LandPlatform.SeedWork;

namespace LandPlatform.Admission.Domain.Rules;

/// <summary>Only the units the document convenes give an opinion at the joint review.</summary>
public sealed class BureauMustBeOnTheMeeting(JointReviewRules meeting, string bureau) : IBusinessRule
{
    public bool IsBroken() => meeting.Find(bureau) is null;

    public string Message => $"'{bureau}' is not on the joint review meeting; the document convenes {string.Join("、", meeting.Bureaus.Select(b => $"{b.Name} ({b.Code})"))}.";

    public string Clause => meeting.Clause;
}
