using Microsoft.Extensions.Options;

namespace LandPlatform.Monitoring.Supervision;

public sealed class SupervisionJobOptions
{
    public const string SectionName = "Monitoring:Supervision";

    /// <summary>How often the schedule is looked at; each result is produced once whatever the interval.</summary>
    public double IntervalSeconds { get; set; } = 3600;
}

/// <summary>Runs <see cref="SupervisionRun"/> on a timer; a failed pass is logged and retried at the next tick.</summary>
internal sealed partial class SupervisionJob(SupervisionRun run, IOptions<SupervisionJobOptions> options, ILogger<SupervisionJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(0.05, options.Value.IntervalSeconds)));
        do
        {
            try
            {
                await run.RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                // E.g. the schema is not ready yet at start-up: try next tick.
                LogRunFailed(logger, e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The supervision job failed; it runs again at the next interval")]
    private static partial void LogRunFailed(ILogger logger, Exception error);
}
