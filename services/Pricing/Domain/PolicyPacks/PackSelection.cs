using LandPlatform.Pricing.Domain.Explanation;
using LandPlatform.SeedWork;

namespace LandPlatform.Pricing.Domain.PolicyPacks;

/// <summary>The first step of every computation: validate the pack reference, fix the valuation date, resolve.</summary>
public static class PackSelection
{
    public static (PolicyPack? Pack, DateOnly Date, PricingOutcome<T>? Failure) Select<T>(
        PolicyPackCatalog catalog, TimeProvider clock, PolicyPackReference? reference, DateOnly? valuationDate)
        where T : class
    {
        var date = valuationDate ?? clock.Today();
        var byId = !string.IsNullOrWhiteSpace(reference?.PackId);
        var byDistrict = !string.IsNullOrWhiteSpace(reference?.District);
        if (byId == byDistrict)
        {
            return (null, date, new InvalidInput<T>([
                new InputError("policyPack", "PolicyPackReference", "give exactly one of policyPack (a pack id) or district (with valuationDate)"),
            ]));
        }

        var lookup = catalog.Resolve(reference!, date);
        return lookup.Pack is { } pack ? (pack, date, null) : (null, date, new PackUnavailable<T>(lookup.Error!));
    }
}
