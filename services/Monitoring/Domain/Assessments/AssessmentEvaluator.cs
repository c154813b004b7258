using LandPlatform.Monitoring.Domain.Indicators;
using LandPlatform.Monitoring.Domain.Policy;
using LandPlatform.Monitoring.Domain.Reports;
using LandPlatform.SeedWork;

namespace LandPlatform.Monitoring.Domain.Assessments;

/// <summary>
/// Judges each committed indicator against the confirmed actual, in the committed unit (RULES.md §4): on the area
/// actually developed for phased projects where the pack says so (Binhai art. 14), on the project type's indicators
/// where the pack distinguishes them (Binhai art. 13), every committed indicator otherwise. Every commitment is
/// "不低于" (at least) in the seeds' contracts, so an actual at or above the commitment passes.
/// </summary>
public static class AssessmentEvaluator
{
    /// <exception cref="BusinessRuleBrokenException"><see cref="CommittedUnitsMustBeMeasurable"/>.</exception>
    public static AssessmentResult Evaluate(MonitoringPolicy policy, CommittedStandard standard, IndicatorReport report, ReportVersion version)
    {
        var unmeasurable = standard.Indicators.Where(i => !IndicatorFormulas.Supports(i.Code, i.Unit)).Select(i => $"{i.Code} in '{i.Unit}'").ToList();
        BusinessRules.Check(new CommittedUnitsMustBeMeasurable(unmeasurable));

        var (type, judged, typeClause) = JudgedSet(policy, standard);
        var basis = Basis(policy, standard, version.Figures);
        var lines = standard.Indicators.Select(c =>
        {
            var clause = string.IsNullOrWhiteSpace(c.Clause) ? policy.AssessmentClause : c.Clause;
            if (judged is not null && !judged.Contains(c.Code))
            {
                return new IndicatorLine(c.Code, c.Value, c.Unit, clause, null, $"not judged for a {type} project", LineOutcome.NotJudged, typeClause, null);
            }

            var measured = IndicatorFormulas.Measure(c.Code, c.Unit, version.Figures, basis, c.Value);
            var passed = measured.Value is { } actual && actual >= c.Value;
            var shortfall = measured.Value is { } a && !passed && policy.FiscalMakeUp?.Indicators.Contains(c.Code) == true
                ? IndicatorFormulas.ShortfallYuan(c.Code, c.Unit, c.Value, a, basis)
                : null;
            return new IndicatorLine(c.Code, c.Value, c.Unit, clause, measured.Value, measured.Workings,
                passed ? LineOutcome.Passed : LineOutcome.Failed, judged is null ? policy.AssessmentClause : typeClause, shortfall);
        }).ToList();

        return new AssessmentResult(policy.PackId, policy.Version, type, typeClause, basis, report.Id, version.Number, report.Period.ToString(), lines);
    }

    /// <summary>
    /// The result with a fiscal make-up applied (Binhai art. 14): when the payment covers the whole shortfall of every
    /// failed make-up indicator, those lines pass by make-up. A partial payment passes nothing.
    /// </summary>
    public static AssessmentResult ApplyMakeUp(AssessmentResult result, MonitoringPolicy policy, FiscalMakeUp makeUp)
    {
        if (policy.FiscalMakeUp is not { } rule)
        {
            return result;
        }

        var payable = result.Lines.Where(l => l.IsFailure && l.ShortfallYuan is not null && rule.Indicators.Contains(l.Indicator)).ToList();
        if (payable.Count == 0 || payable.Sum(l => l.ShortfallYuan!.Value) > makeUp.AmountYuan)
        {
            return result;
        }

        var lines = result.Lines.Select(l => payable.Contains(l)
            ? l with
            {
                Outcome = LineOutcome.PassedByMakeUp,
                Clause = rule.Clause,
                Workings = $"{l.Workings}; shortfall {l.ShortfallYuan:0.00} 元 paid up on {makeUp.PaidOn:yyyy-MM-dd} ({makeUp.Receipt})",
            }
            : l).ToList();
        return result with { Lines = lines };
    }

    /// <summary>The total the enterprise must pay under art. 14 to pass, or null when the failure is not one a payment cures.</summary>
    public static decimal? MakeUpDue(AssessmentResult result, MonitoringPolicy policy)
    {
        var failures = result.Failures.ToList();
        if (policy.FiscalMakeUp is not { } rule || failures.Count == 0
            || failures.Any(l => l.ShortfallYuan is null || !rule.Indicators.Contains(l.Indicator)))
        {
            return null;
        }

        return failures.Sum(l => l.ShortfallYuan!.Value);
    }

    private static (string Type, IReadOnlySet<string>? Judged, string Clause) JudgedSet(MonitoringPolicy policy, CommittedStandard standard)
    {
        if (policy.ProjectTypes is not { } types)
        {
            return ("all-committed", null, policy.AssessmentClause);
        }

        // A project whose self-held share is unknown is treated as a market project: the self-use indicators are
        // the stricter set a careful bureau grants only on a recorded share (art. 13(一) 自持比例在70%以上).
        return types.IsSelfUse(standard.SelfHeldSharePercent ?? 0m)
            ? ("self-use", types.SelfUse.Indicators, types.SelfUse.Clause)
            : ("market", types.Market.Indicators, types.Market.Clause);
    }

    private static AreaBasis Basis(MonitoringPolicy policy, CommittedStandard standard, Figures figures)
    {
        var floor = figures.Get(FigureCodes.FloorArea) is > 0 and var reported ? reported : standard.FloorAreaM2;

        // 当期实际开发面积 (Binhai 第十四条) is an actual: the phase contracts recorded, else the developed land the
        // report states and statistics confirmed (as the floor area above); contracts sends none until it records phases.
        var developed = standard.DevelopedLandAreaM2 is > 0 ? standard.DevelopedLandAreaM2 : figures.Get(FigureCodes.DevelopedLandArea);
        if (policy.PhasedOnDevelopedAreaClause is { } clause && developed is > 0 and var phase && phase < standard.LandAreaM2)
        {
            return new AreaBasis(phase, floor, $"当期实际开发面积 {phase:0.##} m² of {standard.LandAreaM2:0.##} m², {clause}");
        }

        return new AreaBasis(standard.LandAreaM2, floor, $"出让土地面积 {standard.LandAreaM2:0.##} m²");
    }
}

public sealed class CommittedUnitsMustBeMeasurable(IReadOnlyList<string> unmeasurable) : IBusinessRule
{
    public bool IsBroken() => unmeasurable.Count > 0;

    public string Message => $"The contract commits indicators in units monitoring cannot measure: {string.Join(", ", unmeasurable)}.";
}
