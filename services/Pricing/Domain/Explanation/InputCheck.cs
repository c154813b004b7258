namespace LandPlatform.Pricing.Domain.Explanation;

/// <summary>
/// Validates request fields, collecting every error (field named as the API spells it) rather than
/// stopping at the first; nothing is defaulted silently.
/// </summary>
public sealed class InputCheck
{
    private readonly List<InputError> _errors = [];

    public IReadOnlyList<InputError> Errors => _errors.ToArray();

    public bool HasErrors => _errors.Count > 0;

    public void Fail(string field, string rule, string message) => _errors.Add(new InputError(field, rule, message));

    public decimal Positive(decimal? value, string field, string neededBy)
    {
        if (value is null)
        {
            Missing(field, neededBy);
            return 0m;
        }

        if (value.Value <= 0m)
        {
            Fail(field, "MustBePositive", $"{field} must be > 0, got {Number.Show(value.Value)}");
        }

        return value.Value;
    }

    public decimal NonNegative(decimal? value, string field, string neededBy)
    {
        if (value is null)
        {
            Missing(field, neededBy);
            return 0m;
        }

        if (value.Value < 0m)
        {
            Fail(field, "MustNotBeNegative", $"{field} must be ≥ 0, got {Number.Show(value.Value)}");
        }

        return value.Value;
    }

    public int PositiveYears(int? value, string field, string neededBy)
    {
        if (value is null)
        {
            Missing(field, neededBy);
            return 0;
        }

        if (value.Value <= 0)
        {
            Fail(field, "MustBePositive", $"{field} must be > 0 years, got {value.Value}");
        }

        return value.Value;
    }

    /// <summary>A share is a fraction 0–1 (RULES.md: 自持比例 = self-held ÷ industrial floor area).</summary>
    public decimal Share(decimal? value, string field, string neededBy)
    {
        if (value is null)
        {
            Missing(field, neededBy);
            return 0m;
        }

        if (value.Value is < 0m or > 1m)
        {
            Fail(field, "ShareOutOfRange", $"{field} must be between 0 and 1, got {Number.Show(value.Value)}");
        }

        return value.Value;
    }

    public int LandGrade(int? value, string neededBy)
    {
        const string field = "landGrade";
        if (value is null)
        {
            Missing(field, neededBy);
            return 0;
        }

        if (!PolicyPacks.NationalMinimumPriceTable.IsKnownGrade(value.Value))
        {
            Fail(field, "UnknownLandGrade", $"landGrade must be a land grade 1–15 (国土资发〔2006〕307号), got {value.Value}");
        }

        return value.Value;
    }

    public bool Flag(bool? value, string field, string neededBy)
    {
        if (value is null)
        {
            Missing(field, neededBy);
            return false;
        }

        return value.Value;
    }

    public void Missing(string field, string neededBy) =>
        Fail(field, "Required", $"{field} is required by {neededBy}");
}
