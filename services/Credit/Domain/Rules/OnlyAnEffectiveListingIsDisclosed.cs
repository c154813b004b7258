using LandPlatform.SeedWork;

namespace LandPlatform.Credit.Domain;

/// <summary>The public list shows effective listings only: a notice may still be withdrawn, a delisted enterprise is repaired.</summary>
public sealed class OnlyAnEffectiveListingIsDisclosed(ListingStatus status) : IBusinessRule
{
    public bool IsBroken() => status != ListingStatus.Effective;

    public string Message => $"Only an effective listing is disclosed; this listing is {status}.";
}
