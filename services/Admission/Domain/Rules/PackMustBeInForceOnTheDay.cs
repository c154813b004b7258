using LandPlatform.Admission.Domain.Packs;
using LandPlatform.SeedWork;

namespace LandPlatform.Admission.Domain.Rules;

/// <summary>
/// A standard is drafted, approved and applied to only while its document is in force (no silent fallback to another).
/// The day is the Beijing date of the act: the documents' dates are Beijing dates, and from 00:00 to 08:00 Beijing time
/// the UTC date is still the day before (Xihu's 试行期一年 ends on 2021-03-13; at 07:00 on the 14th it has ended).
/// </summary>
public sealed class PackMustBeInForceOnTheDay(AdmissionPack pack, DateTimeOffset at) : IBusinessRule
{
    private readonly DateOnly day = ChinaTime.DateOf(at);

    public bool IsBroken() => !pack.Identity.InForceOn(day);

    public string Message =>
        $"{pack.Identity.Citation} is in force from {pack.Identity.EffectiveFrom:yyyy-MM-dd}{(pack.Identity.EffectiveTo is { } to ? $" to {to:yyyy-MM-dd}" : "")}, not on {day:yyyy-MM-dd}.";

    public string Clause => pack.Identity.EffectivePeriodClause;
}
