using LandPlatform.AppHost.Restarts;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LandPlatform.AppHost.Dashboard;

/// <summary>
/// Says once when every platform resource is healthy, how long it took and where to go: the gateway, the issuer
/// and the dashboard (whose login link Aspire prints above). scripts/bench-startup.sh reads the first line.
/// </summary>
internal sealed partial class StartupReport(
    DistributedApplicationModel model,
    ResourceNotificationService notifications,
    StartupTimeline timeline,
    IHostApplicationLifetime lifetime,
    ILogger<StartupReport> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var platform = model.Resources.Where(r => r.HasAnnotationOfType<RestartOnCrashAnnotation>()).ToList();
        try
        {
            await Task.WhenAll(platform.Select(r => notifications.WaitForResourceHealthyAsync(r.Name, stoppingToken))).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested || lifetime.ApplicationStopping.IsCancellationRequested)
        {
            return;
        }

        var addresses = platform.OfType<IResourceWithEndpoints>()
            .Select(r => (r.Name, Http: r.GetEndpoints().FirstOrDefault(e => e.EndpointName == "http")))
            .Where(r => r.Http is { IsAllocated: true })
            .Select(r => $"  {r.Name,-10} {r.Http!.Url}");
        LogHealthy(logger, platform.Count, timeline.SecondsSinceStart, string.Join(Environment.NewLine, addresses));
        // Each resource's own moment too: start-up on two cores is bound by the CPU the processes share, and the
        // order in which they turn healthy shows which waits (WaitFor chains, health-check rounds) add to it.
        LogTimeline(logger, timeline.Describe());
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "LandPlatform: all {Count} resources healthy in {Seconds:0.0} s (the dashboard's login link is above)\n{Addresses}")]
    private static partial void LogHealthy(ILogger logger, int count, double seconds, string addresses);

    [LoggerMessage(Level = LogLevel.Information, Message = "Healthy after: {Timeline}")]
    private static partial void LogTimeline(ILogger logger, string timeline);
}
