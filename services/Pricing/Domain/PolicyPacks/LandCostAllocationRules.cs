namespace LandPlatform.Pricing.Domain.PolicyPacks;

/// <summary>Cap on the land cost allocated to a project as a share of the park average (Shijingshan 四(三)).</summary>
public sealed record LandCostAllocationRules(CitedNumber MaxShareOfParkAverage);
