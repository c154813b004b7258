using LandPlatform.SeedWork;

namespace LandPlatform.Credit.Domain;

public sealed class OnlyACurrentRelationCanBeEnded(RelatedSubject? relation, string subject) : IBusinessRule
{
    public bool IsBroken() => relation is null;

    public string Message => $"{subject} is not a current related subject of this enterprise.";
}
