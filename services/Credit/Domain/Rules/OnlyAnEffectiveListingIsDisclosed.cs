using LandPlatform.SeedWork;

namespace LandPlatform.Credit.Domain;

/// <summary>
/// The public list shows effective listings within their listing period only: a notice may still be
/// withdrawn, a delisted enterprise is repaired, and at the end of the period the information stops
/// being published (《国办发〔2025〕22号》二). <paramref name="inForce"/> is <see cref="Listing.BarsLandAt"/>.
/// </summary>
public sealed class OnlyAnEffectiveListingIsDisclosed(ListingStatus status, bool inForce, DateTimeOffset? periodEndsAt) : IBusinessRule
{
    public bool IsBroken() => !inForce;

    public string Message => status == ListingStatus.Effective
        ? $"Only a listing within its listing period is disclosed; this one's period ended at {periodEndsAt:yyyy-MM-dd HH:mm zzz}."
        : $"Only an effective listing is disclosed; this listing is {status}.";
}
