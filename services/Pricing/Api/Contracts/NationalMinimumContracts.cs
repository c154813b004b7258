using LandPlatform.Pricing.Domain.NationalMinimum;

namespace LandPlatform.Pricing.Api.Contracts;

/// <summary>
/// <c>POST /national-minimum-check</c>: any industrial price against 国土资发〔2006〕307号. No pack: the
/// national rules apply everywhere. <see cref="TermYears"/> = 1 for an annual rent.
/// </summary>
public sealed record NationalMinimumCheckRequestBody(
    decimal? TotalPrice,
    decimal? LandAreaM2,
    int? TermYears,
    int? LandGrade,
    bool? PriorityIntensiveProject)
{
    public NationalMinimumCheckRequest ToDomain() => new(TotalPrice, LandAreaM2, TermYears, LandGrade, PriorityIntensiveProject);
}

/// <summary>A passed check: the 50-year land-area equivalent and the threshold it met.</summary>
public sealed record NationalMinimumCheckResponse(
    decimal FiftyYearEquivalentPerM2,
    decimal ThresholdPerM2,
    IReadOnlyList<StepResponse> Steps,
    IReadOnlyList<WarningResponse> Warnings)
{
    public static NationalMinimumCheckResponse From(NationalMinimumCheckResult r) => new(
        r.FiftyYearEquivalentPerM2, r.ThresholdPerM2, StepResponse.From(r.Steps), WarningResponse.From(r.Warnings));
}
