using LandPlatform.Admission.Domain.Packs;
using LandPlatform.IntegrationContracts.Events;

namespace LandPlatform.Admission.Domain.Standards;

/// <summary>
/// Bad input in a drafted standard (not a policy question, which <see cref="StandardCheck"/> answers): unknown
/// codes and units, negative numbers, ratios over 100%, an indicator the document names but leaves without a number.
/// </summary>
public static class StandardValidation
{
    public static InputProblems Validate(AdmissionPack pack, StandardTerms s)
    {
        var problems = new InputProblems();
        if (string.IsNullOrWhiteSpace(s.ParcelCode))
        {
            problems.Add("parcelCode", "is required");
        }

        if (string.IsNullOrWhiteSpace(s.Location))
        {
            problems.Add("location", "is required");
        }

        if (s.LandAreaM2 <= 0)
        {
            problems.Add("landAreaM2", "must be greater than 0");
        }

        if (pack.LandUse(s.LandUse) is null)
        {
            problems.Add("landUse", $"must be one of {string.Join(", ", pack.Rules.LandUses.Select(l => l.Code))} under {pack.Identity.Citation}");
        }

        Planning(problems, s.Planning);
        Industries(problems, pack, s);
        Indicators(problems, pack, s);
        if (!SupplyModes.IsKnown(s.SupplyMode))
        {
            problems.Add("supplyMode", "must be Grant, Lease or LeaseThenTransfer");
        }

        if (s.TermYears <= 0)
        {
            problems.Add("termYears", "must be greater than 0");
        }

        if (string.IsNullOrWhiteSpace(s.BiddingMode))
        {
            problems.Add("biddingMode", "is required");
        }

        return problems;
    }

    private static void Planning(InputProblems problems, PlanningConditions p)
    {
        foreach (var (field, value) in new (string, decimal?)[]
        {
            ("planning.farMin", p.FarMin), ("planning.farMax", p.FarMax), ("planning.rndUnitMinM2", p.RndUnitMinM2),
            ("planning.productionUnitMinM2", p.ProductionUnitMinM2), ("planning.parkIndustrialLandM2", p.ParkIndustrialLandM2),
            ("planning.parkM0LandM2", p.ParkM0LandM2),
        })
        {
            if (value is { } v)
            {
                problems.NotNegative(field, v);
            }
        }

        foreach (var (field, value) in new (string, decimal?)[]
        {
            ("planning.buildingDensityMinPercent", p.BuildingDensityMinPercent), ("planning.greenRatioMinPercent", p.GreenRatioMinPercent),
            ("planning.supportingMaxPercent", p.SupportingMaxPercent),
        })
        {
            if (value is { } v)
            {
                problems.Percent(field, v);
            }
        }
    }

    private static void Industries(InputProblems problems, AdmissionPack pack, StandardTerms s)
    {
        var catalog = pack.Rules.Catalog;
        for (var i = 0; i < s.Industries.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(s.Industries[i]))
            {
                problems.Add($"industries[{i}]", "is empty");
            }
            else if (catalog.Industries.Count > 0 && catalog.Find(s.Industries[i]) is null)
            {
                problems.Add($"industries[{i}]", $"'{s.Industries[i]}' is not in the catalog of {pack.Identity.Citation}");
            }
        }

        if (catalog.Industries.Count == 0 && s.Industries.Count == 0)
        {
            problems.Add("industries", $"{pack.Identity.Citation} leaves the industries to each parcel's standard: name at least one ({catalog.IndustryClause})");
        }
    }

    private static void Indicators(InputProblems problems, AdmissionPack pack, StandardTerms s)
    {
        problems.IndicatorValues("indicators", [.. s.Indicators.Select(t => (t.Code, t.Value, t.Unit))]);
        foreach (var named in pack.Rules.Indicators.Where(d => d.Value is null && s.Threshold(d.Code) is null))
        {
            problems.Add("indicators", $"{named.Clause} names '{named.Code}' but sets no number: the standard must set it");
        }
    }
}
