using LandPlatform.SeedWork;

namespace LandPlatform.Credit.Domain;

public sealed class OnlyAPendingObjectionCanBeReviewed(Objection? objection) : IBusinessRule
{
    public bool IsBroken() => objection is not { IsPending: true };

    public string Message => objection is null
        ? "There is no objection to review."
        : $"The objection was already reviewed ({objection.Outcome}).";
}
