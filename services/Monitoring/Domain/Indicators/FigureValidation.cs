namespace LandPlatform.Monitoring.Domain.Indicators;

/// <summary>
/// What is wrong with reported figures, field by field (the API names each field in a 400): unknown codes, negative
/// amounts, fractional counts, and ratios that would exceed 100% (R&amp;D staff above all staff, R&amp;D expense above
/// revenue).
/// </summary>
public static class FigureValidation
{
    public static IReadOnlyList<(string Field, string Message)> Problems(Figures figures)
    {
        var problems = new List<(string, string)>();
        foreach (var (code, value) in figures)
        {
            if (FigureCodes.Find(code) is not { } definition)
            {
                problems.Add((code, "is not a reported figure"));
                continue;
            }

            if (value < 0)
            {
                problems.Add((code, "must not be negative"));
            }
            else if (definition.Count && value != decimal.Truncate(value))
            {
                problems.Add((code, "must be a whole number"));
            }
        }

        if (figures.Get(FigureCodes.RndStaff) is { } rndStaff && figures.Get(FigureCodes.AllStaff) is { } allStaff && rndStaff > allStaff)
        {
            problems.Add((FigureCodes.RndStaff, "R&D staff ratio would exceed 100%: R&D staff cannot exceed all staff"));
        }

        if (figures.Get(FigureCodes.RndExpense) is { } rnd && figures.Get(FigureCodes.Revenue) is { } revenue && rnd > revenue)
        {
            problems.Add((FigureCodes.RndExpense, "R&D expense ratio would exceed 100%: R&D expense cannot exceed main business revenue"));
        }

        if (figures.Get(FigureCodes.FixedAssetInvestment) is { } fixedAssets && figures.Get(FigureCodes.TotalInvestment) is { } total && fixedAssets > total)
        {
            problems.Add((FigureCodes.FixedAssetInvestment, "fixed-asset investment cannot exceed total investment"));
        }

        return problems;
    }
}
