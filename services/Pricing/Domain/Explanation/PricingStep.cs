namespace LandPlatform.Pricing.Domain.Explanation;

/// <summary>
/// One line of a price's explanation, so a clerk can check the computation clause by clause:
/// which rule, which clause of which document, the factor or formula, and the value after the step.
/// </summary>
public sealed record PricingStep(string Rule, string Clause, string Formula, decimal Value, string Unit);
