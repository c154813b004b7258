using LandPlatform.Admission.Api.Contracts;
using LandPlatform.Admission.Domain;
using LandPlatform.Admission.Domain.Evaluation;
using LandPlatform.Admission.Domain.Packs;
using LandPlatform.Admission.Domain.Standards;
using LandPlatform.ServiceDefaults.Problems;

namespace LandPlatform.Admission.Api;

/// <summary>Turns requests into the domain's values, naming every missing field; the domain's own validation follows.</summary>
internal static class RequestMapping
{
    public static StandardTerms? ToTerms(this StandardRequest r, AdmissionPack pack, ValidationErrors errors)
    {
        var parcel = errors.Required("parcelCode", r.ParcelCode, maxLength: 100);
        var location = errors.Required("location", r.Location, maxLength: 400);
        var area = errors.Positive("landAreaM2", r.LandAreaM2);
        var landUse = errors.Required("landUse", r.LandUse, maxLength: 50);
        var supplyMode = errors.Required("supplyMode", r.SupplyMode, maxLength: 50);
        var bidding = errors.Required("biddingMode", r.BiddingMode, maxLength: 100);
        var thresholds = new List<IndicatorThreshold>();
        for (var i = 0; i < (r.Indicators?.Count ?? 0); i++)
        {
            var t = r.Indicators![i];
            var code = errors.Required($"indicators[{i}].code", t.Code, maxLength: 100);
            var value = errors.Required($"indicators[{i}].value", t.Value);
            var unit = errors.Required($"indicators[{i}].unit", t.Unit, maxLength: 50);
            if (code is not null && value is not null && unit is not null)
            {
                var known = pack.Rules.Indicators.FirstOrDefault(d => d.Code == code);
                thresholds.Add(new IndicatorThreshold(code, value.Value, unit,
                    string.IsNullOrWhiteSpace(t.Clause) ? known?.Clause ?? "地块准入标准（报区政府审定）" : t.Clause.Trim(),
                    string.IsNullOrWhiteSpace(t.Group) ? known?.Group : t.Group.Trim()));
            }
        }

        if (errors.Any)
        {
            return null;
        }

        var term = r.TermYears ?? StandardDefaults.TermYears(pack.Rules, supplyMode!);
        if (term is null)
        {
            errors.Add("termYears", $"is required: {pack.Identity.Citation} has no default term for supply mode {supplyMode}");
            return null;
        }

        return new StandardTerms(
            pack.Id, parcel!, location!, area!.Value, landUse!,
            StandardDefaults.Planning(pack.Rules.Planning, r.Planning ?? new PlanningConditions()),
            [.. (r.Industries ?? []).Select(i => i?.Trim() ?? "")],
            StandardDefaults.Indicators(pack.Rules, thresholds),
            term.Value, supplyMode!, bidding!, r.LeaseYears);
    }

    public static ApplicationContent? ToContent(this ParcelApplicationRequest r, ValidationErrors errors)
    {
        var uscc = errors.Uscc("uscc", r.Uscc);
        var name = errors.Required("enterpriseName", r.EnterpriseName);
        var sector = errors.Required("sectorCode", r.SectorCode, maxLength: 10);
        var industry = errors.Required("industryCode", r.IndustryCode, maxLength: 100);
        var project = errors.Required("projectName", r.ProjectName, maxLength: 200);
        var total = errors.Required("totalInvestmentWanYuan", r.TotalInvestmentWanYuan);
        var fixedAsset = errors.Required("fixedAssetInvestmentWanYuan", r.FixedAssetInvestmentWanYuan);
        var selfHeld = errors.Required("selfHeldSharePercent", r.SelfHeldSharePercent);
        var plan = r.Plan is null ? null : Plan(r.Plan, errors);
        if (r.Plan is null)
        {
            errors.Add("plan", "is required");
        }

        var commitments = new List<Commitment>();
        for (var i = 0; i < (r.Commitments?.Count ?? 0); i++)
        {
            var c = r.Commitments![i];
            var code = errors.Required($"commitments[{i}].code", c.Code, maxLength: 100);
            var value = errors.Required($"commitments[{i}].value", c.Value);
            var unit = errors.Required($"commitments[{i}].unit", c.Unit, maxLength: 50);
            if (code is not null && value is not null && unit is not null)
            {
                commitments.Add(new Commitment(code, value.Value, unit));
            }
        }

        var attachments = (r.Attachments ?? []).Select(a => new Attachment(a.Name?.Trim() ?? "", a.Sha256?.Trim() ?? "")).ToList();
        return errors.Any ? null : new ApplicationContent(
            uscc!.Value.Value, name!, sector!, industry!, project!, total!.Value, fixedAsset!.Value, plan!, selfHeld!.Value,
            commitments, attachments, string.IsNullOrWhiteSpace(r.ProjectKind) ? null : r.ProjectKind.Trim());
    }

    private static BuildingPlan? Plan(PlanRequest p, ValidationErrors errors)
    {
        var production = errors.Required("plan.productionM2", p.ProductionM2);
        var rnd = errors.Required("plan.rndM2", p.RndM2);
        var supporting = errors.Required("plan.supportingM2", p.SupportingM2);
        var total = errors.Required("plan.totalM2", p.TotalM2);
        var density = errors.Required("plan.buildingDensityPercent", p.BuildingDensityPercent);
        var green = errors.Required("plan.greenRatioPercent", p.GreenRatioPercent);
        var stars = errors.Required("plan.greenBuildingStars", p.GreenBuildingStars);
        return errors.Any ? null : new BuildingPlan(production!.Value, rnd!.Value, supporting!.Value, total!.Value, p.SmallestRndUnitM2,
            p.SmallestProductionUnitM2, density!.Value, green!.Value, p.Renovation ?? false, stars!.Value);
    }

    /// <summary>The domain's field problems as a 400 (nothing is stored).</summary>
    public static void AddAll(this ValidationErrors errors, InputProblems problems)
    {
        foreach (var (field, messages) in problems.ByField)
        {
            foreach (var message in messages)
            {
                errors.Add(field, message);
            }
        }
    }
}
