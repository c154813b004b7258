using System.Text.Json;
using LandPlatform.IntegrationContracts.Indicators;
using LandPlatform.Monitoring.Domain.Indicators;
using LandPlatform.Monitoring.Domain.Policy;

namespace LandPlatform.Monitoring.Policies;

/// <summary>Reads and validates one pack version's monitoring part from JSON.</summary>
public static class MonitoringPolicyLoader
{
    // Sanity bound from RULES.md §4 (rectification of at most 2 years), not a district's number.
    private const int MaxRectificationYears = 2;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <exception cref="PolicyPackInvalidException">Malformed JSON, or a value missing or out of bounds.</exception>
    public static NationalBaseline ParseNationalBaseline(string json, string source)
    {
        var doc = Deserialize<NationalBaselineDocument>(json, source);
        var idle = doc.IdleLand;
        var report = doc.AnnualReport;
        var problems = new List<string>();
        if (idle is null || idle.FeeAfterYears is not > 0 || idle.RecoveryAfterYears is not > 0 || idle.FeePercentOfLandPrice is not (> 0 and <= 100)
            || string.IsNullOrWhiteSpace(idle.Clause))
        {
            problems.Add("idleLand needs feeAfterYears, recoveryAfterYears (> 0), feePercentOfLandPrice (0–100] and clause");
        }

        if (report is null || report.DueMonthsAfterYearEnd is not (> 0 and <= 12) || string.IsNullOrWhiteSpace(report.Clause))
        {
            problems.Add("annualReport needs dueMonthsAfterYearEnd (1–12) and clause");
        }

        if (problems.Count > 0)
        {
            throw new PolicyPackInvalidException(source, problems);
        }

        return new NationalBaseline(
            new IdleLandRules(idle!.FeeAfterYears!.Value, idle.FeePercentOfLandPrice!.Value, idle.RecoveryAfterYears!.Value, idle.Clause!),
            new AnnualReportRule(report!.DueMonthsAfterYearEnd!.Value, report.Clause!, report.Note));
    }

    /// <exception cref="PolicyPackInvalidException">Malformed JSON, or a value missing or out of bounds.</exception>
    public static MonitoringPolicy Parse(string json, string source, NationalBaseline baseline)
    {
        var doc = Deserialize<MonitoringPackDocument>(json, source);
        var problems = new List<string>();
        Require(problems, doc.Id, "id");
        Require(problems, doc.Title, "title");
        Require(problems, doc.District, "district");
        if (doc.Version is not > 0)
        {
            problems.Add("version must be a positive number");
        }

        if (doc.EffectiveFrom is null)
        {
            problems.Add("effectiveFrom is required");
        }
        else if (doc.EffectiveTo is { } to && to < doc.EffectiveFrom)
        {
            problems.Add($"effectiveTo {to:yyyy-MM-dd} is before effectiveFrom {doc.EffectiveFrom:yyyy-MM-dd}");
        }

        var m = doc.Monitoring;
        if (m is null)
        {
            problems.Add("monitoring section is required");
            throw new PolicyPackInvalidException(source, problems);
        }

        Require(problems, m.AssessmentClause, "monitoring.assessmentClause");
        Require(problems, m.AnnualRecheckClause, "monitoring.annualRecheckClause");
        Require(problems, m.SupervisionCadenceClause, "monitoring.supervisionCadenceClause");
        if (m.Rectification is not { Years: >= 0 and <= MaxRectificationYears } rectification || string.IsNullOrWhiteSpace(rectification.Clause))
        {
            problems.Add($"monitoring.rectification needs years (0–{MaxRectificationYears}) and clause");
        }

        var projectTypes = ReadProjectTypes(m.ProjectTypes, problems);
        var makeUp = m.FiscalMakeUp is null ? null : new FiscalMakeUpRule(Codes(m.FiscalMakeUp.Indicators, "monitoring.fiscalMakeUp.indicators", problems), m.FiscalMakeUp.Clause ?? string.Empty);
        if (makeUp is not null)
        {
            Require(problems, makeUp.Clause, "monitoring.fiscalMakeUp.clause");
        }

        var targets = (m.Targets ?? []).Select((t, i) => ReadTarget(t, $"monitoring.targets[{i}]", problems)).OfType<IndicatorTarget>().ToList();
        var inefficient = m.InefficientBelow is null ? null : ReadTarget(m.InefficientBelow, "monitoring.inefficientBelow", problems);

        if (problems.Count > 0)
        {
            throw new PolicyPackInvalidException(source, problems);
        }

        return new MonitoringPolicy
        {
            PackId = doc.Id!.Trim(),
            Version = doc.Version!.Value,
            Title = doc.Title!,
            District = doc.District!,
            EffectiveFrom = doc.EffectiveFrom!.Value,
            EffectiveTo = doc.EffectiveTo,
            AssessmentClause = m.AssessmentClause!,
            RectificationYears = new CitedNumber(m.Rectification!.Years!.Value, m.Rectification.Clause!, m.Rectification.Note),
            ProjectTypes = projectTypes,
            FiscalMakeUp = makeUp,
            PhasedOnDevelopedAreaClause = string.IsNullOrWhiteSpace(m.PhasedOnDevelopedAreaClause) ? null : m.PhasedOnDevelopedAreaClause,
            AnnualRecheckClause = m.AnnualRecheckClause!,
            SupervisionCadenceClause = m.SupervisionCadenceClause!,
            Targets = targets,
            InefficientBelow = inefficient,
            IdleLand = baseline.IdleLand,
            AnnualReport = baseline.AnnualReport,
        };
    }

    private static ProjectTypeRules? ReadProjectTypes(ProjectTypesSection? section, List<string> problems)
    {
        if (section is null)
        {
            return null;
        }

        if (section.SelfUseThresholdPercent is not (> 0 and <= 100) || string.IsNullOrWhiteSpace(section.ThresholdClause))
        {
            problems.Add("monitoring.projectTypes needs selfUseThresholdPercent (0–100] and thresholdClause");
            return null;
        }

        var selfUse = ReadJudged(section.SelfUse, "monitoring.projectTypes.selfUse", problems);
        var market = ReadJudged(section.Market, "monitoring.projectTypes.market", problems);
        return selfUse is null || market is null
            ? null
            : new ProjectTypeRules(new CitedNumber(section.SelfUseThresholdPercent.Value, section.ThresholdClause), selfUse, market);
    }

    private static JudgedIndicators? ReadJudged(JudgedSection? section, string field, List<string> problems)
    {
        if (section is null || string.IsNullOrWhiteSpace(section.Clause))
        {
            problems.Add($"{field} needs indicators and clause");
            return null;
        }

        return new JudgedIndicators(Codes(section.Indicators, field + ".indicators", problems), section.Clause);
    }

    private static HashSet<string> Codes(List<string>? codes, string field, List<string> problems)
    {
        if (codes is not { Count: > 0 })
        {
            problems.Add($"{field} must name at least one indicator");
            return [];
        }

        foreach (var unknown in codes.Where(c => !IndicatorCodes.IsKnown(c)))
        {
            problems.Add($"{field}: '{unknown}' is not an indicator code");
        }

        return new HashSet<string>(codes, StringComparer.Ordinal);
    }

    private static IndicatorTarget? ReadTarget(TargetSection t, string field, List<string> problems)
    {
        if (t.Indicator is null || !IndicatorCodes.IsKnown(t.Indicator) || t.Value is not > 0
            || string.IsNullOrWhiteSpace(t.Unit) || string.IsNullOrWhiteSpace(t.Clause))
        {
            problems.Add($"{field} needs a known indicator, a positive value, unit and clause");
            return null;
        }

        if (!IndicatorFormulas.Supports(t.Indicator, t.Unit))
        {
            problems.Add($"{field}: unit '{t.Unit}' cannot measure {t.Indicator}");
            return null;
        }

        return new IndicatorTarget(t.Indicator, t.Value.Value, t.Unit, t.Clause);
    }

    private static T Deserialize<T>(string json, string source)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize<T>(json, Json) ?? throw new PolicyPackInvalidException(source, ["empty document"]);
        }
        catch (JsonException e)
        {
            throw new PolicyPackInvalidException(source, [$"not valid JSON: {e.Message}"]);
        }
    }

    private static void Require(List<string> problems, string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add($"{field} is required");
        }
    }
}
