using LandPlatform.SeedWork;

namespace LandPlatform.Credit.Domain;

/// <summary>An objection is the enterprise's answer to a notice; once the listing is decided there is nothing to object to here.</summary>
public sealed class OnlyANoticeCanBeObjectedTo(ListingStatus status) : IBusinessRule
{
    public bool IsBroken() => status != ListingStatus.Noticed;

    public string Message => $"Only a notice can be objected to; this listing is {status}.";

    public string Clause => "《国务院办公厅关于进一步完善失信约束制度构建诚信建设长效机制的指导意见》（国办发〔2020〕49号）（八）";
}
