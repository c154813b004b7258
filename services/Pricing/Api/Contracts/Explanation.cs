using LandPlatform.Pricing.Domain;
using LandPlatform.Pricing.Domain.Explanation;

namespace LandPlatform.Pricing.Api.Contracts;

/// <summary>One line of a price's explanation: the rule, its clause, the factor or formula, the value after it.</summary>
public sealed record StepResponse(string Rule, string Clause, string Formula, decimal Value, string Unit)
{
    public static IReadOnlyList<StepResponse> From(IReadOnlyList<PricingStep> steps) =>
        [.. steps.Select(s => new StepResponse(s.Rule, s.Clause, s.Formula, s.Value, s.Unit))];
}

/// <summary>Something the clerk must know about a price that did not stop it.</summary>
public sealed record WarningResponse(string Code, string Clause, string Message)
{
    public static IReadOnlyList<WarningResponse> From(IReadOnlyList<PricingWarning> warnings) =>
        [.. warnings.Select(w => new WarningResponse(w.Code, w.Clause, w.Message))];
}

/// <summary>The API spelling of <see cref="UnitBasis"/>, fixed here rather than left to a naming policy.</summary>
public static class UnitBasisNames
{
    public const string Land = "land";
    public const string Floor = "floor";

    public static string Of(UnitBasis basis) => basis switch
    {
        UnitBasis.Land => Land,
        UnitBasis.Floor => Floor,
        _ => throw new ArgumentOutOfRangeException(nameof(basis), basis, null),
    };
}
