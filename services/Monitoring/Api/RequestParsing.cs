using LandPlatform.Monitoring.Domain;
using LandPlatform.Monitoring.Domain.Indicators;
using LandPlatform.Monitoring.Domain.Reports;
using LandPlatform.ServiceDefaults.Problems;
using LandPlatform.ServiceDefaults.Security;

namespace LandPlatform.Monitoring.Api;

/// <summary>Request pieces shared by the endpoints, validated into <see cref="ValidationErrors"/> by field name.</summary>
internal static class RequestParsing
{
    public static Actor ToDomainActor(this CurrentActor actor) => new(actor.PersonId ?? "anonymous", actor.Name, actor.Bureau);

    public static ReportPeriod? Period(this ValidationErrors errors, string field, string? value)
    {
        if (!ReportPeriod.TryParse(value, out var period))
        {
            errors.Add(field, "must be a year (2025) or a quarter (2025Q3)");
        }

        return period;
    }

    /// <summary>Figures by code: each a known figure, none negative, no ratio over 100%; named as <c>figures.&lt;code&gt;</c>.</summary>
    public static Figures? Figures(this ValidationErrors errors, string field, IReadOnlyDictionary<string, decimal>? values, bool allowEmpty = false)
    {
        if (values is null || (values.Count == 0 && !allowEmpty))
        {
            errors.Add(field, "must report at least one figure");
            return null;
        }

        var figures = new Figures(values);
        foreach (var (code, message) in FigureValidation.Problems(figures))
        {
            errors.Add($"{field}.{code}", message);
        }

        return figures;
    }

    public static TEnum? Enum<TEnum>(this ValidationErrors errors, string field, string? value)
        where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value) || value.Trim().All(c => char.IsDigit(c) || c == '-')
            || !System.Enum.TryParse<TEnum>(value.Trim(), ignoreCase: true, out var parsed) || !System.Enum.IsDefined(parsed))
        {
            errors.Add(field, $"must be one of {string.Join(", ", System.Enum.GetNames<TEnum>())}");
            return null;
        }

        return parsed;
    }

    /// <summary>The bureau whose figures a statistics or tax clerk confirms or corrects (the token says which).</summary>
    public static OwningBureau? OwningBureauOf(CurrentActor actor) => actor.Bureau switch
    {
        Bureaus.Statistics => OwningBureau.Statistics,
        Bureaus.Tax => OwningBureau.Tax,
        _ => null,
    };
}
