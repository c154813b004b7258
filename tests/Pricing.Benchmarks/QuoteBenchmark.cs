using System.Diagnostics;
using System.Globalization;
using LandPlatform.Pricing.Domain.Explanation;
using LandPlatform.Pricing.Domain.PolicyPacks;
using LandPlatform.Pricing.Domain.ReservePrices;

namespace LandPlatform.Pricing.Benchmarks;

/// <summary>
/// A Binhai M0 quote (annex 3: 10000 m², FAR 2.0, benchmark 560 元/m², 70% self-held, grade 5, 40 years)
/// priced by the calculator, and the same number from the bare decimal arithmetic
/// (benchmark × 1.5 × 0.7 × floor area). The calculator also resolves the pack, validates every field,
/// checks the term and the national minimum and writes each step with its formula text, so the ratio is
/// the price of the explanation, not a defect.
/// </summary>
public static class QuoteBenchmark
{
    private const int Repetitions = 7;
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan Measure = TimeSpan.FromSeconds(2);

    public static int Run(string[] args)
    {
        _ = args;
        SingleCore.Pin();
        var clock = new FixedClock(new DateTimeOffset(2024, 5, 1, 10, 0, 0, TimeSpan.FromHours(8)));
        var calculator = new ReservePriceCalculator(PolicyPackCatalog.LoadEmbedded(), clock);
        var request = new ReservePriceRequest(
            PolicyPackReference.ById("tianjin-binhai-m0-2023"),
            LandUse: "M0",
            LandAreaM2: 10000m,
            FloorAreaRatio: 2.0m,
            IndustrialBenchmarkPricePerM2: 560m,
            LandGrade: 5,
            SelfHeldShare: 0.7m,
            BeijingRelocation: false,
            TermYears: 40);

        // Both must give annex 3's 1176万元, or the comparison means nothing.
        var quoted = calculator.Quote(request) is Computed<ReservePriceQuote> c ? c.Result.TotalPrice : throw new InvalidOperationException("the benchmark request is not priced");
        var bare = Bare(560m, 10000m, 2.0m);
        if (quoted != 11_760_000m || bare != 11_760_000m)
        {
            throw new InvalidOperationException($"expected 11760000, got quote {quoted} and bare {bare}");
        }

        Console.WriteLine($"Pricing benchmark — {Environment.Version}, {(Debugger.IsAttached ? "debugger attached" : "no debugger")}, optimized: {IsOptimized()}, processors used: 1 of {Environment.ProcessorCount}");
        Console.WriteLine($"warm-up {WarmUp.TotalSeconds} s each, then {Repetitions} × {Measure.TotalSeconds} s, alternating");

        decimal sink = 0m;
        Time(() => sink += Quote(calculator, request), WarmUp);
        Time(() => sink += Bare(560m, 10000m, 2.0m), WarmUp);

        var quotes = new List<double>();
        var baseline = new List<double>();
        for (var i = 0; i < Repetitions; i++)
        {
            // Alternated so a slow spell of the machine hits both sides alike.
            quotes.Add(Time(() => sink += Quote(calculator, request), Measure));
            baseline.Add(Time(() => sink += Bare(560m, 10000m, 2.0m), Measure));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  run {i + 1}: quote {quotes[^1],12:N0}/s   bare arithmetic {baseline[^1],14:N0}/s"));
        }

        var quoteMedian = Median(quotes);
        var bareMedian = Median(baseline);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ReservePriceCalculator.Quote (Binhai M0): {quoteMedian:N0} quotes/s (median; min {quotes.Min():N0}, max {quotes.Max():N0}) = {1e6 / quoteMedian:N2} µs/quote"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"bare decimal arithmetic:                  {bareMedian:N0} prices/s (median; min {baseline.Min():N0}, max {baseline.Max():N0}) = {1e9 / bareMedian:N1} ns/price"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ratio: the explained quote costs {bareMedian / quoteMedian:N0}× the bare arithmetic"));
        GC.KeepAlive(sink);
        return 0;
    }

    private static decimal Quote(ReservePriceCalculator calculator, ReservePriceRequest request) =>
        ((Computed<ReservePriceQuote>)calculator.Quote(request)).Result.TotalPrice;

    private static decimal Bare(decimal benchmark, decimal landArea, decimal far) => benchmark * 1.5m * 0.7m * (landArea * far);

    /// <summary>Operations per second of <paramref name="operation"/>, run in batches until <paramref name="duration"/> passes.</summary>
    private static double Time(Action operation, TimeSpan duration)
    {
        const int batch = 256;
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

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static bool IsOptimized() =>
        typeof(ReservePriceCalculator).Assembly.GetCustomAttributes(typeof(DebuggableAttribute), false)
            .OfType<DebuggableAttribute>()
            .All(d => !d.IsJITOptimizerDisabled);
}
