using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using LandPlatform.Admission.Domain.Evaluation;
using LandPlatform.Admission.Domain.Packs;
using LandPlatform.Admission.Domain.Standards;
using LandPlatform.Admission.Policies;
using LandPlatform.IntegrationContracts.Events;
using LandPlatform.IntegrationContracts.Indicators;

namespace LandPlatform.Admission.Benchmarks;

/// <summary>
/// What admission does with each application before storing it, on one core: the field validation and the
/// evaluation line by line (catalog, planning, each indicator with its conversion text), for a Binhai M0 parcel
/// (3 indicators, 8 planning lines) and a Shijingshan parcel (the output test as an OR), alternated.
/// </summary>
public static class EvaluationBenchmark
{
    private const int Repetitions = 7;
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan Measure = TimeSpan.FromSeconds(2);

    public static int Run(string[] args)
    {
        _ = args;
        Pin();
        var packs = AdmissionPackCatalog.LoadEmbedded();
        var cases = new[] { Binhai(packs.Find("tianjin-binhai-m0-2023")!), Shijingshan(packs.Find("beijing-shijingshan-2019")!) };
        foreach (var (pack, standard, application) in cases)
        {
            if (ApplicationValidation.Validate(pack, standard, application).Any
                || ApplicationEvaluator.Evaluate(pack, standard, 1, application).Verdict != Verdict.Meets)
            {
                throw new InvalidOperationException($"the {pack.Id} case must be valid and meet its standard");
            }
        }

        Console.WriteLine($"Admission benchmark — {Environment.Version}, optimized: {IsOptimized()}, processors used: 1 of {Environment.ProcessorCount}");
        Console.WriteLine($"warm-up {WarmUp.TotalSeconds} s, then {Repetitions} × {Measure.TotalSeconds} s");
        var lines = 0L;
        Time(() => lines += Evaluate(cases), WarmUp);
        var rates = new List<double>();
        for (var i = 0; i < Repetitions; i++)
        {
            // Each operation evaluates both cases: ×2 for evaluations.
            rates.Add(Time(() => lines += Evaluate(cases), Measure) * cases.Length);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  run {i + 1}: {rates[^1],10:N0} evaluations/s"));
        }

        rates.Sort();
        var median = rates[rates.Count / 2];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"validate + evaluate (Binhai M0 and Shijingshan, alternated): {median:N0} evaluations/s on one core (median; min {rates[0]:N0}, max {rates[^1]:N0}) = {1e6 / median:N1} µs/evaluation"));
        GC.KeepAlive(lines);
        return 0;
    }

    private static long Evaluate((AdmissionPack Pack, StandardTerms Standard, ApplicationContent Application)[] cases)
    {
        long lines = 0;
        foreach (var (pack, standard, application) in cases)
        {
            if (!ApplicationValidation.Validate(pack, standard, application).Any)
            {
                lines += ApplicationEvaluator.Evaluate(pack, standard, 1, application).Lines.Count;
            }
        }

        return lines;
    }

    private static (AdmissionPack, StandardTerms, ApplicationContent) Binhai(AdmissionPack pack)
    {
        var standard = new StandardTerms(pack.Id, "津滨工出2026-01", "高新区海洋片区", 10_000m, "M0",
            StandardDefaults.Planning(pack.Rules.Planning, new PlanningConditions(ParkIndustrialLandM2: 1_000_000m, ParkM0LandM2: 100_000m)),
            ["artificial-intelligence"], StandardDefaults.Indicators(pack.Rules, null), 40, SupplyModes.Grant, "挂牌出让");
        return (pack, standard, Application("artificial-intelligence", "C39",
            [new(IndicatorCodes.FixedAssetInvestmentIntensity, 8_610m, "元/m²"), new(IndicatorCodes.TaxPerMu, 50m, "万元/亩"), new(IndicatorCodes.OutputPerMu, 900m, "万元/亩")]));
    }

    private static (AdmissionPack, StandardTerms, ApplicationContent) Shijingshan(AdmissionPack pack)
    {
        var standard = new StandardTerms(pack.Id, "石景山-2026-01", "中关村石景山园", 10_000m, "M1",
            StandardDefaults.Planning(pack.Rules.Planning, new PlanningConditions()), [], StandardDefaults.Indicators(pack.Rules, null), 20, SupplyModes.Grant, "挂牌出让");
        return (pack, standard, Application("industrial-internet", "I64",
            [new(IndicatorCodes.RevenuePerFloorArea, 5m, "亿元/万m²"), new(IndicatorCodes.FiscalContributionPerFloorArea, 1_300m, "万元/万m²")]));
    }

    private static ApplicationContent Application(string industry, string sector, Commitment[] commitments) => new(
        "91350100M000100Y43", "闽侯示范智能制造有限公司", sector, industry, "智能传感器研发生产基地", 60_000m, 45_000m,
        new BuildingPlan(12_000m, 5_000m, 3_000m, 20_000m, 100m, 300m, 35m, 20m, false, 3), 80m, commitments,
        [new Attachment("可行性研究报告.pdf", new string('a', 64))]);

    private static double Time(Action operation, TimeSpan duration)
    {
        const int batch = 64;
        long count = 0;
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < duration)
        {
            for (var i = 0; i < batch; i++)
            {
                operation();
            }

            count += batch;
        }

        return count / watch.Elapsed.TotalSeconds;
    }

    /// <summary>Pins the process to one core, so "per second" means per core (the loop is single-threaded anyway).</summary>
    private static void Pin()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsWindows())
        {
            return;
        }

        try
        {
            Process.GetCurrentProcess().ProcessorAffinity = 1;
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or PlatformNotSupportedException or ExternalException)
        {
            Console.WriteLine($"could not pin to one core ({ex.Message})");
        }
    }

    private static bool IsOptimized() =>
        typeof(ApplicationEvaluator).Assembly.GetCustomAttributes(typeof(DebuggableAttribute), false) is not [DebuggableAttribute { IsJITOptimizerDisabled: true }];
}
