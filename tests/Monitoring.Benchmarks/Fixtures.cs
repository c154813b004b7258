using LandPlatform.IntegrationContracts.Indicators;
using LandPlatform.Monitoring.Domain;
using LandPlatform.Monitoring.Domain.Assessments;
using LandPlatform.Monitoring.Domain.Indicators;
using LandPlatform.Monitoring.Domain.Reports;

namespace LandPlatform.Monitoring.Benchmarks;

/// <summary>A district of Binhai contracts, half self-use and half market, each with a confirmed annual report.</summary>
internal static class Fixtures
{
    public const string Binhai = "tianjin-binhai-m0-2023";
    public static readonly Actor Enterprise = new("enterprise.a", null, "enterprise");
    public static readonly Actor Statistics = new("statistics.clerk", null, "statistics");
    public static readonly Actor Tax = new("tax.clerk", null, "tax");
    public static readonly DateTimeOffset Now = new(2026, 6, 1, 2, 0, 0, TimeSpan.Zero);

    public static CommittedStandard Standard(int i) => new(
        Guid.CreateVersion7(), "91350100M000100Y43", $"企业{i}", $"BH-{i:D5}", Binhai, "Grant", 10000m + (i % 50) * 100m,
        i % 7 == 0 ? 6000m : null, 30000m, i % 2 == 0 ? 80m : 60m,
        [
            new(IndicatorCodes.FixedAssetInvestmentIntensity, 500m, "万元/亩", "履约监管协议"),
            new(IndicatorCodes.TaxPerMu, 50m, "万元/亩", "履约监管协议"),
            new(IndicatorCodes.OutputPerMu, 800m, "万元/亩", "履约监管协议"),
            new(IndicatorCodes.RndExpenseRatio, 5m, "%", "履约监管协议"),
            new(IndicatorCodes.RndStaffRatio, 30m, "%", "履约监管协议"),
            new(IndicatorCodes.QualityEnterprisesAttracted, 3m, "家", "履约监管协议"),
        ],
        new DateOnly(2024, 3, 1), new DateOnly(2026, 1, 10), new DateOnly(2026, 1, 10), new DateOnly(2029, 1, 9), "InProduction", 12_000_000m);

    public static Figures Figures(int i) => new(new Dictionary<string, decimal>
    {
        [FigureCodes.FixedAssetInvestment] = 120_000_000m + i * 1000m,
        [FigureCodes.TaxPaid] = 8_000_000m + (i % 13) * 100_000m,
        [FigureCodes.OutputValue] = 150_000_000m + (i % 17) * 1_000_000m,
        [FigureCodes.RndExpense] = 9_000_000m,
        [FigureCodes.Revenue] = 160_000_000m,
        [FigureCodes.RndStaff] = 40m + i % 5,
        [FigureCodes.AllStaff] = 120m,
        [FigureCodes.QualityEnterprisesAttracted] = i % 6,
    });

    public static IndicatorReport ConfirmedReport(Guid contractId, int i)
    {
        var report = IndicatorReport.Submit(contractId, "91350100M000100Y43", new ReportPeriod(2025, null), Figures(i), null, Enterprise, Now);
        report.Confirm(OwningBureau.Statistics, null, Statistics, Now);
        report.Confirm(OwningBureau.Tax, null, Tax, Now);
        return report;
    }
}
