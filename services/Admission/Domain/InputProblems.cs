using LandPlatform.Admission.Domain.Units;

namespace LandPlatform.Admission.Domain;

/// <summary>What is wrong with a request, by field (camelCase paths as the client sent them), before anything is stored.</summary>
public sealed class InputProblems
{
    private readonly Dictionary<string, List<string>> _byField = new(StringComparer.Ordinal);

    public bool Any => _byField.Count > 0;

    public IReadOnlyDictionary<string, List<string>> ByField => _byField;

    public void Add(string field, string message)
    {
        if (!_byField.TryGetValue(field, out var list))
        {
            _byField[field] = list = [];
        }

        list.Add(message);
    }

    public void NotNegative(string field, decimal value)
    {
        if (value < 0)
        {
            Add(field, "must not be negative");
        }
    }

    public void Percent(string field, decimal value)
    {
        if (value is < 0 or > 100)
        {
            Add(field, "is a percentage and must be between 0 and 100");
        }
    }

    /// <summary>
    /// Values stated per indicator (a standard's thresholds, an application's commitments): a code of the indicator
    /// table, a unit that indicator is measured in, not negative, a percentage within 0–100, each code once.
    /// </summary>
    public void IndicatorValues(string field, IReadOnlyList<(string Code, decimal Value, string Unit)> values)
    {
        for (var i = 0; i < values.Count; i++)
        {
            var (code, value, unit) = values[i];
            if (IndicatorDefinition.Find(code) is not { } definition)
            {
                Add($"{field}[{i}].code", $"'{code}' is not an indicator of the platform's indicator table");
                continue;
            }

            if (definition.Unit(unit) is null)
            {
                Add($"{field}[{i}].unit", $"{definition.Name} is measured in {string.Join(" or ", definition.Units.Select(u => u.Symbol))}, not '{unit}'");
            }

            NotNegative($"{field}[{i}].value", value);
            if (definition.IsPercent)
            {
                Percent($"{field}[{i}].value", value);
            }

            if (values.Take(i).Any(p => p.Code == code))
            {
                Add($"{field}[{i}].code", $"'{code}' is given twice");
            }
        }
    }
}
