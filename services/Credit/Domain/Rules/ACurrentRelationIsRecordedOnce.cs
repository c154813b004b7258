using LandPlatform.SeedWork;

namespace LandPlatform.Credit.Domain;

public sealed class ACurrentRelationIsRecordedOnce(bool alreadyRecorded, string subject) : IBusinessRule
{
    public bool IsBroken() => alreadyRecorded;

    public string Message => $"{subject} is already recorded as a current related subject.";
}
