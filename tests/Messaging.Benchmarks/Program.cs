using System.Diagnostics;
using System.Globalization;
using LandPlatform.Messaging.Benchmarks;
using LandPlatform.Testing;

// scripts/bench-events.sh runs this (issue 15): bare MassTransit publish → consume against the platform's path
// (state + outbox row in one transaction → dispatcher → broker → inbox + effect in one transaction), same N,
// same private node, same prefetch, alternating round by round; prints messages/s, the ratio and commit-to-effect
// latency, and fails (exit 1) when any round lost or doubled a message.
var settings = BenchSettings.From(args);
var paths = new List<(string Name, Func<RabbitMqNode, BenchSettings, string, Timings, Task<IBenchPath>> Start)>();
if (settings.Only is "both" or "bare")
{
    paths.Add(("bare", BarePath.StartAsync));
}

if (settings.Only is "both" or "outbox")
{
    paths.Add(("outbox", OutboxPath.StartAsync));
}

await using var node = new RabbitMqNode();
await node.InitializeAsync();
Console.WriteLine($"RabbitMQ node {node.NodeName} on port {node.AmqpPort}; pid {Environment.ProcessId}; {settings}");

// Warm-up (JIT, connections, exchanges), not counted. Two full rounds per path: after one round of 500 messages a
// CPU profile (perf) still found the runtime's tiered compiler on 25% of the process's samples during the measured
// outbox rounds (EF Core and SQLite bring much more code to tier up than bare MassTransit), so the first measured
// rounds were partly a JIT benchmark.
for (var warmup = 1; warmup <= 2; warmup++)
{
    foreach (var (name, start) in paths)
    {
        await RunRoundAsync(node, settings, $"warmup{warmup}-{name}", start);
    }
}

var results = new List<RoundResult>();
for (var round = 1; round <= settings.Rounds; round++)
{
    foreach (var (name, start) in paths)
    {
        var result = await RunRoundAsync(node, settings, $"r{round}-{name}", start) with { Path = name, Round = round };
        results.Add(result);
        Console.WriteLine(result);
    }
}

Console.WriteLine();
Console.WriteLine(Report.Summary(results, settings));
return results.All(r => r.Stored == settings.Messages && r.Distinct == settings.Messages) ? 0 : 1;

static async Task<RoundResult> RunRoundAsync(
    RabbitMqNode node, BenchSettings settings, string name,
    Func<RabbitMqNode, BenchSettings, string, Timings, Task<IBenchPath>> start)
{
    var timings = new Timings();
    var path = await start(node, settings, name, timings);
    try
    {
        var ids = Enumerable.Range(0, settings.Messages).Select(_ => Guid.CreateVersion7()).ToArray();
        // CPU of this process (publisher, dispatcher and consumer hosts; not the broker) per message: on the shared
        // 2-core machine msg/s swings with whatever else runs, the work each message costs much less.
        var cpuBefore = Environment.CpuUsage.TotalTime;
        var began = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, settings.Producers).Select(p => Task.Run(async () =>
        {
            for (var i = p; i < ids.Length; i += settings.Producers)
            {
                await path.ProduceAsync(ids[i]);
            }
        })));
        var committedPerSecond = settings.Messages / Stopwatch.GetElapsedTime(began).TotalSeconds;

        var deadline = Stopwatch.StartNew();
        while (timings.Effects < settings.Messages && deadline.Elapsed < TimeSpan.FromMinutes(3))
        {
            await Task.Delay(5);
        }

        var seconds = Stopwatch.GetElapsedTime(began, timings.LastEffect).TotalSeconds;
        var cpuMsPerMessage = (Environment.CpuUsage.TotalTime - cpuBefore).TotalMilliseconds / settings.Messages;
        // A late redelivery would show up here as a doubled effect; give it a moment to arrive.
        await Task.Delay(TimeSpan.FromMilliseconds(500));
        var (stored, distinct) = await path.CountEffectsAsync();
        var latencies = timings.LatenciesMs();
        return new RoundResult(name, 0, settings.Messages, timings.Effects / seconds, committedPerSecond,
            Percentile(latencies, 0.50), Percentile(latencies, 0.99), Percentile(timings.ArrivalMs(), 0.50),
            stored, distinct, timings.Consumed, cpuMsPerMessage);
    }
    finally
    {
        await path.DisposeAsync();
    }
}

static double Percentile(double[] sorted, double q) =>
    sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)(q * sorted.Length))];

internal sealed record RoundResult(
    string Path, int Round, int Messages, double PerSecond, double CommittedPerSecond, double P50Ms, double P99Ms, double ArrivalP50Ms,
    int Stored, int Distinct, int Consumed, double CpuMsPerMessage)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"round {Round} {Path,-6} {PerSecond,9:F0} msg/s (producers done at {CommittedPerSecond:F0}/s)  commit→effect p50 {P50Ms,8:F1} ms  p99 {P99Ms,8:F1} ms  " +
        $"(commit→arrival p50 {ArrivalP50Ms:F1} ms)  process CPU {CpuMsPerMessage:F2} ms/msg  " +
        $"effects {Stored}/{Messages} (distinct {Distinct}, deliveries {Consumed})");
}

internal static class Report
{
    public static string Summary(List<RoundResult> results, BenchSettings settings)
    {
        var lines = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture,
                $"load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]} ({Environment.ProcessorCount} cores); " +
                $"N={settings.Messages}, prefetch {settings.Prefetch}, {settings.Producers} producers, {settings.Rounds} rounds alternating"),
            $"{"PATH",-8} {"msg/s",9} {"p50 ms",8} {"p99 ms",8} {"lost",5} {"doubled",8} {"CPU ms/msg",11}",
        };
        foreach (var path in results.GroupBy(r => r.Path))
        {
            var rounds = path.ToList();
            lines.Add(string.Create(CultureInfo.InvariantCulture,
                $"{path.Key,-8} {Median(rounds.Select(r => r.PerSecond)),9:F0} {Median(rounds.Select(r => r.P50Ms)),8:F1} " +
                $"{Median(rounds.Select(r => r.P99Ms)),8:F1} {rounds.Sum(r => r.Messages - r.Distinct),5} {rounds.Sum(r => r.Stored - r.Distinct),8} " +
                $"{Median(rounds.Select(r => r.CpuMsPerMessage)),11:F2}"));
        }

        var bare = results.Where(r => r.Path == "bare").ToList();
        var outbox = results.Where(r => r.Path == "outbox").ToList();
        if (bare.Count > 0 && outbox.Count > 0)
        {
            var ratios = bare.Zip(outbox, (b, o) => o.PerSecond / b.PerSecond).ToList();
            lines.Add(string.Create(CultureInfo.InvariantCulture,
                $"ratio outbox/bare {Median(ratios):F2} (rounds {string.Join(", ", ratios.Select(r => r.ToString("F2", CultureInfo.InvariantCulture)))})"));
        }

        lines.Add("msg/s: effects / (last effect − first produce) per round, median over rounds; latency from commit " +
                  "(bare: the Publish call) to the consumer's completed transaction; CPU ms/msg: this process's CPU time " +
                  "over the round (the broker's not included) / messages.");
        return string.Join(Environment.NewLine, lines);
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? double.NaN
            : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2]
            : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
