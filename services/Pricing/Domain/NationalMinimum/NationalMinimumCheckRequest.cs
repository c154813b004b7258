namespace LandPlatform.Pricing.Domain.NationalMinimum;

/// <summary>
/// Any industrial price to compare with the national minimum. <see cref="TermYears"/> = 1 for an annual
/// rent. <see cref="PriorityIntensiveProject"/>: a priority industry using land intensively may go down
/// to 70% of the minimum (国土资发〔2009〕56号).
/// </summary>
public sealed record NationalMinimumCheckRequest(
    decimal? TotalPrice,
    decimal? LandAreaM2,
    int? TermYears,
    int? LandGrade,
    bool? PriorityIntensiveProject);
