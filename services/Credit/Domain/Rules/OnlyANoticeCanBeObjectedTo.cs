using LandPlatform.SeedWork;

namespace LandPlatform.Credit.Domain;

/// <summary>An objection is the enterprise's answer to a notice; once the listing is decided there is nothing to object to here.</summary>
public sealed class OnlyANoticeCanBeObjectedTo(ListingStatus status) : IBusinessRule
{
    public bool IsBroken() => status != ListingStatus.Noticed;

    public string Message => $"Only a notice can be objected to; this listing is {status}.";

    public string Clause => "国办发〔2020〕49号（八）";
}
