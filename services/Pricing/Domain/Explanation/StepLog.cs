namespace LandPlatform.Pricing.Domain.Explanation;

/// <summary>Collects steps and warnings while one computation runs; not shared between computations.</summary>
public sealed class StepLog
{
    private readonly List<PricingStep> _steps = [];
    private readonly List<PricingWarning> _warnings = [];

    public IReadOnlyList<PricingStep> Steps => _steps.ToArray();

    public IReadOnlyList<PricingWarning> Warnings => _warnings.ToArray();

    public decimal Add(string rule, string clause, string formula, decimal value, string unit)
    {
        _steps.Add(new PricingStep(rule, clause, formula, value, unit));
        return value;
    }

    public void Warn(string code, string clause, string message) =>
        _warnings.Add(new PricingWarning(code, clause, message));

    public PricingRefusal Refuse(string rule, string clause, string message) =>
        new(rule, clause, message, Steps);
}
