using System.Runtime;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LandPlatform.ServiceDefaults.Memory;

/// <summary>
/// One full, compacting, decommitting collection shortly after start-up. Starting a service builds the EF Core
/// model, the MassTransit topology, the JWT and OpenTelemetry pipelines and the DI graph: about 10 MB of garbage
/// that the GC would otherwise keep committed until gen0's budget (sized from the CPU cache, tens of MB) fills,
/// which in an idle service takes a long time. Measured with scripts/bench-startup.sh: 7–14 MB less resident
/// memory per idle service (issue 2 budgets 150 MB). It runs once; steady-state collection is the GC's business.
/// </summary>
public sealed partial class StartupMemoryTrim(
    IHostApplicationLifetime lifetime,
    TimeProvider time,
    IOptions<StartupMemoryTrimOptions> options,
    ILogger<StartupMemoryTrim> logger) : BackgroundService
{
    private readonly TaskCompletionSource<StartupMemoryTrimResult> _result = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the trim has run (tests and diagnostics).</summary>
    public Task<StartupMemoryTrimResult> Completion => _result.Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await WaitForStartedAsync(stoppingToken);
            await Task.Delay(options.Value.TrimDelay, time, stoppingToken);
        }
        catch (OperationCanceledException)
        {
            _result.TrySetCanceled(stoppingToken);
            return;
        }

        var result = Trim();
        LogTrimmed(logger, Megabytes(result.CommittedBefore), Megabytes(result.CommittedAfter),
            Megabytes(result.WorkingSetBefore), Megabytes(result.WorkingSetAfter));
        _result.TrySetResult(result);
    }

    private async Task WaitForStartedAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var onStarted = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        await started.Task.WaitAsync(stoppingToken);
    }

    private static StartupMemoryTrimResult Trim()
    {
        var committedBefore = GC.GetGCMemoryInfo(GCKind.Any).TotalCommittedBytes;
        var workingSetBefore = Environment.WorkingSet;
        var collectionsBefore = GC.CollectionCount(GC.MaxGeneration);

        // Aggressive: compact everything (the large object heap too) and return the freed regions to the OS
        // instead of keeping them for reuse.
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);

        return new StartupMemoryTrimResult(
            committedBefore,
            GC.GetGCMemoryInfo(GCKind.Any).TotalCommittedBytes,
            workingSetBefore,
            Environment.WorkingSet,
            GC.CollectionCount(GC.MaxGeneration) - collectionsBefore);
    }

    private static double Megabytes(long bytes) => Math.Round(bytes / (1024.0 * 1024.0), 1);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Start-up memory trimmed: GC committed {CommittedBeforeMb} MB → {CommittedAfterMb} MB, resident {ResidentBeforeMb} MB → {ResidentAfterMb} MB")]
    private static partial void LogTrimmed(
        ILogger logger, double committedBeforeMb, double committedAfterMb, double residentBeforeMb, double residentAfterMb);
}

/// <summary>What the start-up trim found and left: GC committed bytes and the process's resident set.</summary>
public sealed record StartupMemoryTrimResult(
    long CommittedBefore,
    long CommittedAfter,
    long WorkingSetBefore,
    long WorkingSetAfter,
    int FullCollections);
