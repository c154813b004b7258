using System.Text.Json;

namespace LandPlatform.Pricing.Domain.PolicyPacks;

/// <summary>
/// Turns one pack file into a <see cref="PolicyPack"/>, checking that every number the pack's
/// sections need is present with its clause and is in a sensible range. Throws
/// <see cref="PolicyPackInvalid"/> listing all problems.
/// </summary>
public static class PolicyPackJsonReader
{
    private static readonly Dictionary<string, UnitBasis> UnitBases = new() { ["land"] = UnitBasis.Land, ["floor"] = UnitBasis.Floor };

    private static readonly Dictionary<string, LandRefundMethod> LandRefundMethods = new()
    {
        ["original-price-less-years-used"] = LandRefundMethod.OriginalPriceLessYearsUsed,
        ["appraised-from-fees-paid"] = LandRefundMethod.AppraisedFromFeesPaid,
    };

    private static readonly Dictionary<string, LeaseRentRefundMethod> LeaseRentRefundMethods = new()
    {
        ["remaining-rent-less-penalty"] = LeaseRentRefundMethod.RemainingRentLessPenalty,
    };

    private static readonly Dictionary<string, BuildingCompensationMethod> BuildingMethods = new()
    {
        ["replacement-cost-times-newness"] = BuildingCompensationMethod.ReplacementCostTimesNewness,
        ["appraised-value"] = BuildingCompensationMethod.AppraisedValue,
    };

    public static PolicyPack Read(string source, string json)
    {
        using var document = Parse(source, json);
        var root = document.RootElement;
        var r = new JsonFieldReader();

        var id = r.String(root, "", "id");
        var version = r.Int(root, "", "version");
        var district = r.String(root, "", "district");
        var title = r.String(root, "", "documentTitle");
        var number = r.OptionalString(root, "", "documentNumber");
        var from = r.Date(root, "", "effectiveFrom");
        var to = r.OptionalDate(root, "", "effectiveTo");
        var periodClause = r.String(root, "", "effectivePeriodClause");
        var periodNote = r.String(root, "", "effectivePeriodNote");
        if (to is { } last && last < from)
        {
            r.Problem($"effectiveTo {last:yyyy-MM-dd} is before effectiveFrom {from:yyyy-MM-dd}");
        }

        // The document's identity is the platform's (IntegrationContracts.PolicyPacks), not this file's to vary.
        foreach (var mismatch in LandPlatform.IntegrationContracts.PolicyPacks.PolicyPackRegistry.Mismatches(id, version, title, number, district, from, to))
        {
            r.Problem(mismatch);
        }

        var pricing = r.Object(root, "", "pricing");
        var rules = pricing is { } p ? ReadPricing(r, p) : null;

        ThrowIfProblems(source, r);
        return new PolicyPack(id, version, district, title, number, new EffectivePeriod(from, to, periodClause, periodNote), rules!);
    }

    private static PricingRules ReadPricing(JsonFieldReader r, JsonElement pricing)
    {
        const string path = "pricing";
        return new PricingRules(
            r.Object(pricing, path, "grantTerms", required: false) is { } g ? ReadGrantTerms(r, g, $"{path}.grantTerms") : null,
            r.Object(pricing, path, "benchmarkReservePrice", required: false) is { } b ? ReadBenchmark(r, b, $"{path}.benchmarkReservePrice") : null,
            r.Object(pricing, path, "appraisalReservePrice", required: false) is { } a ? ReadAppraisal(r, a, $"{path}.appraisalReservePrice") : null,
            r.Object(pricing, path, "leaseThenTransfer", required: false) is { } l ? ReadLeaseThenTransfer(r, l, $"{path}.leaseThenTransfer") : null,
            r.Object(pricing, path, "performanceDeposit", required: false) is { } d ? ReadDeposit(r, d, $"{path}.performanceDeposit") : null,
            r.Object(pricing, path, "compensation", required: false) is { } c ? ReadCompensation(r, c, $"{path}.compensation") : null,
            r.Object(pricing, path, "landCostAllocation", required: false) is { } lc
                ? new LandCostAllocationRules(Share(r, r.Cited(lc, $"{path}.landCostAllocation", "maxShareOfParkAverage"), $"{path}.landCostAllocation.maxShareOfParkAverage"))
                : null,
            r.OptionalString(pricing, path, "pricingNote"));
    }

    private static GrantTermRules ReadGrantTerms(JsonFieldReader r, JsonElement e, string path) =>
        new(
            Years(r, r.Cited(e, path, "maxGrantYears", required: false), $"{path}.maxGrantYears"),
            Years(r, r.Cited(e, path, "maxLeaseYears", required: false), $"{path}.maxLeaseYears"),
            r.OptionalString(e, path, "majorProjectExtensionClause"));

    private static BenchmarkReservePriceRules ReadBenchmark(JsonFieldReader r, JsonElement e, string path)
    {
        var landUses = new Dictionary<LandUse, BenchmarkLandUseRule>();
        if (r.Object(e, path, "landUses") is { } uses)
        {
            foreach (var property in uses.EnumerateObject())
            {
                var usePath = $"{path}.landUses.{property.Name}";
                if (!System.Enum.TryParse<LandUse>(property.Name, ignoreCase: false, out var landUse))
                {
                    r.Problem($"{usePath}: unknown land use (expected M1 or M0)");
                    continue;
                }

                landUses[landUse] = ReadLandUse(r, property.Value, usePath);
            }
        }

        var selfHeld = r.Object(e, path, "selfHeld");
        return new BenchmarkReservePriceRules(
            landUses,
            selfHeld is { } s ? ReadSelfHeld(r, s, $"{path}.selfHeld") : null!,
            Share(r, r.Cited(e, path, "nationalMinimumFloorShare"), $"{path}.nationalMinimumFloorShare"),
            r.OptionalString(e, path, "termCorrectionNote"));
    }

    private static BenchmarkLandUseRule ReadLandUse(JsonFieldReader r, JsonElement e, string path)
    {
        var multiple = Positive(r, r.Cited(e, path, "benchmarkMultiple"), $"{path}.benchmarkMultiple");
        var far = r.Object(e, path, "floorAreaRatio", required: false) is { } f
            ? new FloorAreaRatioRange(
                r.Decimal(f, $"{path}.floorAreaRatio", "min"),
                r.Bool(f, $"{path}.floorAreaRatio", "minInclusive"),
                r.Decimal(f, $"{path}.floorAreaRatio", "max"),
                r.Bool(f, $"{path}.floorAreaRatio", "maxInclusive"),
                r.String(f, $"{path}.floorAreaRatio", "clause"),
                r.String(f, $"{path}.floorAreaRatio", "decision"))
            : null;
        var basis = r.Enum(e, path, "unitBasis", UnitBases);
        if (basis == UnitBasis.Floor && far is null)
        {
            // Floor-area pricing multiplies by FAR, so the pack must say which FARs it accepts.
            r.Problem($"{path}.floorAreaRatio is missing (needed for per-floor-area pricing)");
        }

        var selfHeld = r.Bool(e, path, "selfHeldCorrection");
        return new BenchmarkLandUseRule(
            basis,
            r.String(e, path, "unitBasisClause"),
            multiple,
            selfHeld,
            selfHeld ? null : r.String(e, path, "selfHeldCorrectionClause"),
            far,
            Years(r, r.Cited(e, path, "maxTermYears", required: false), $"{path}.maxTermYears"));
    }

    private static SelfHeldCorrectionRules ReadSelfHeld(JsonFieldReader r, JsonElement e, string path)
    {
        var tiers = r.Array(e, path, "tiers")
            .Select((t, i) => new SelfHeldTier(
                r.Decimal(t, $"{path}.tiers[{i}]", "minimumShare"),
                r.Decimal(t, $"{path}.tiers[{i}]", "factor"),
                r.String(t, $"{path}.tiers[{i}]", "clause")))
            .OrderBy(t => t.MinimumShare)
            .ToArray();
        foreach (var tier in tiers.Where(t => t.MinimumShare is <= 0m or > 1m || t.Factor is <= 0m or > 1m))
        {
            r.Problem($"{path}.tiers: share {tier.MinimumShare} / factor {tier.Factor} must both be in (0, 1]");
        }

        return new SelfHeldCorrectionRules(
            Share(r, r.Cited(e, path, "minimumShare"), $"{path}.minimumShare"),
            tiers,
            Share(r, r.Cited(e, path, "relocationFactor"), $"{path}.relocationFactor"),
            Share(r, r.Cited(e, path, "relocationFullySelfHeldFactor"), $"{path}.relocationFullySelfHeldFactor"));
    }

    private static AppraisalReservePriceRules ReadAppraisal(JsonFieldReader r, JsonElement e, string path) =>
        new(
            Positive(r, r.Cited(e, path, "appraisalMultiple"), $"{path}.appraisalMultiple"),
            Positive(r, r.Cited(e, path, "minimumPricePerMu"), $"{path}.minimumPricePerMu"),
            r.Array(e, path, "termFactors")
                .Select((t, i) => new TermFactor(
                    r.Int(t, $"{path}.termFactors[{i}]", "years"),
                    r.Decimal(t, $"{path}.termFactors[{i}]", "factor"),
                    r.String(t, $"{path}.termFactors[{i}]", "clause")))
                .ToArray(),
            r.String(e, path, "otherTermsClause"));

    private static LeaseThenTransferRules ReadLeaseThenTransfer(JsonFieldReader r, JsonElement e, string path) =>
        new(
            Years(r, r.Cited(e, path, "maxLeaseYears"), $"{path}.maxLeaseYears")!,
            Years(r, r.Cited(e, path, "maxCombinedYears"), $"{path}.maxCombinedYears")!,
            r.String(e, path, "majorProjectExtensionClause"),
            r.String(e, path, "newLandRentClause"),
            r.String(e, path, "stockLandRentClause"),
            r.String(e, path, "bidDepositClause"),
            r.String(e, path, "stockLandAgreementClause"),
            Years(r, r.Cited(e, path, "maxRenewalYears"), $"{path}.maxRenewalYears")!,
            r.String(e, path, "renewalRentClause"));

    private static PerformanceDepositRules ReadDeposit(JsonFieldReader r, JsonElement e, string path) =>
        new(Share(r, r.Cited(e, path, "minimumShareOfTotalPrice"), $"{path}.minimumShareOfTotalPrice"), r.OptionalString(e, path, "leaseThenTransferExemptClause"));

    private static CompensationRules ReadCompensation(JsonFieldReader r, JsonElement e, string path)
    {
        CompensationRule<T>? Rule<T>(string name, IReadOnlyDictionary<string, T> methods)
            where T : struct, Enum =>
            r.Object(e, path, name, required: false) is { } x
                ? new CompensationRule<T>(r.Enum(x, $"{path}.{name}", "method", methods), r.String(x, $"{path}.{name}", "clause"))
                : null;

        return new CompensationRules(Rule("landRefund", LandRefundMethods), Rule("leaseRentRefund", LeaseRentRefundMethods), Rule("buildings", BuildingMethods));
    }

    internal static CitedNumber Share(JsonFieldReader r, CitedNumber? number, string path)
    {
        if (number is { Value: <= 0m or > 1m })
        {
            r.Problem($"{path}.value must be in (0, 1], got {number.Value}");
        }

        return number!;
    }

    internal static CitedNumber Positive(JsonFieldReader r, CitedNumber? number, string path)
    {
        if (number is { Value: <= 0m })
        {
            r.Problem($"{path}.value must be > 0, got {number.Value}");
        }

        return number!;
    }

    internal static CitedNumber? Years(JsonFieldReader r, CitedNumber? number, string path)
    {
        if (number is not null && (number.Value <= 0m || number.Value != decimal.Truncate(number.Value)))
        {
            r.Problem($"{path}.value must be a whole number of years > 0, got {number.Value}");
        }

        return number;
    }

    internal static JsonDocument Parse(string source, string json)
    {
        try
        {
            return JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            throw new PolicyPackInvalid(source, [$"not valid JSON: {e.Message}"]);
        }
    }

    internal static void ThrowIfProblems(string source, JsonFieldReader r)
    {
        if (r.Problems.Count > 0)
        {
            throw new PolicyPackInvalid(source, r.Problems);
        }
    }
}
