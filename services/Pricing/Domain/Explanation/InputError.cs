namespace LandPlatform.Pricing.Domain.Explanation;

/// <summary>Bad or missing input, naming the request field (camelCase, as the API spells it) and the rule.</summary>
public sealed record InputError(string Field, string Rule, string Message);
