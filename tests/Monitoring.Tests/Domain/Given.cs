using LandPlatform.IntegrationContracts.Indicators;
using LandPlatform.Monitoring.Domain;
using LandPlatform.Monitoring.Domain.Assessments;
using LandPlatform.Monitoring.Domain.Indicators;
using LandPlatform.Monitoring.Domain.Policy;
using LandPlatform.Monitoring.Domain.Reports;
using LandPlatform.Monitoring.Policies;

namespace LandPlatform.Monitoring.Tests.Domain;

/// <summary>Shared facts of the domain specifications: the shipped packs, people, and a contract's standard.</summary>
internal static class Given
{
    public const string Binhai = "tianjin-binhai-m0-2023";
    public const string Shilong = "pingdingshan-shilong-2021";
    public const string LeaseThenTransfer = "beijing-lease-then-transfer-2024";
    public const string Uscc = "91350100M000100Y43";

    /// <summary>20 亩 exactly.</summary>
    public const decimal TwentyMuM2 = 20m * 10000m / 15m;

    public static readonly MonitoringPolicyCatalog Packs = MonitoringPolicyCatalog.LoadEmbedded();

    public static readonly Actor Enterprise = new("enterprise.a", "闽侯示范智能制造有限公司", "enterprise");
    public static readonly Actor StatisticsClerk = new("statistics.clerk", "统计局 clerk", "statistics");
    public static readonly Actor TaxClerk = new("tax.clerk", "税务局 clerk", "tax");
    public static readonly Actor DevelopmentClerk = new("development.clerk", "发改 clerk", "development");

    public static readonly DateTimeOffset Now = new(2026, 6, 1, 2, 0, 0, TimeSpan.Zero);

    public static MonitoringPolicy Pack(string id) => Packs.Resolve(id, new DateOnly(2024, 3, 1));

    public static CommittedIndicator Committed(string code, decimal value, string unit) => new(code, value, unit, $"履约监管协议 {code}");

    public static CommittedStandard Standard(
        string? pack, decimal selfHeld, IReadOnlyList<CommittedIndicator> indicators, decimal landAreaM2 = TwentyMuM2, decimal? developedM2 = null) => new(
        Guid.CreateVersion7(), Uscc, "闽侯示范智能制造有限公司", "JH-2024-07", pack, "Grant", landAreaM2, developedM2, 30000m, selfHeld,
        indicators, new DateOnly(2024, 3, 1), new DateOnly(2026, 1, 10), new DateOnly(2026, 1, 10), new DateOnly(2029, 1, 9), "InProduction", 12_000_000m);

    public static Figures Figures(params (string Code, decimal Value)[] values) => new(values.Select(v => KeyValuePair.Create(v.Code, v.Value)));

    /// <summary>An annual report submitted and confirmed by both bureaus.</summary>
    public static (IndicatorReport Report, ReportVersion Confirmed) ConfirmedReport(Guid contractId, Figures figures, int year = 2025)
    {
        var report = IndicatorReport.Submit(contractId, Uscc, new ReportPeriod(year, null), figures, null, Enterprise, Now);
        if (figures.Keys.Any(k => FigureCodes.Find(k)!.Owner == OwningBureau.Statistics))
        {
            report.Confirm(OwningBureau.Statistics, null, StatisticsClerk, Now);
        }

        if (figures.Keys.Any(k => FigureCodes.Find(k)!.Owner == OwningBureau.Tax))
        {
            report.Confirm(OwningBureau.Tax, null, TaxClerk, Now);
        }

        return (report, report.Confirmed!);
    }

    /// <summary>Yuan that make <paramref name="perMu"/> 万元/亩 on 20 亩.</summary>
    public static decimal OnTwentyMu(decimal perMu) => perMu * 20m * 10_000m;
}
