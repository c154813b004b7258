using LandPlatform.SeedWork;

namespace LandPlatform.Credit.Domain;

/// <summary>Delisting lifts a bar; a notice, a withdrawn or an already delisted listing bars nothing.</summary>
public sealed class OnlyAnEffectiveListingCanBeDelisted(ListingStatus status) : IBusinessRule
{
    public bool IsBroken() => status != ListingStatus.Effective;

    public string Message => $"Only an effective listing can be delisted; this listing is {status}.";
}
