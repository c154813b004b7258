using System.Diagnostics;
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
    IHostApplicationLifetime lifetime,
    ILogger<StartupReport> logger) : BackgroundService
{
    private readonly long _started = Stopwatch.GetTimestamp();

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

        LogHealthy(logger, platform.Count, Stopwatch.GetElapsedTime(_started).TotalSeconds);
        foreach (var resource in platform.OfType<IResourceWithEndpoints>())
        {
            if (resource.GetEndpoints().FirstOrDefault(e => e.EndpointName == "http") is { IsAllocated: true } http)
            {
                LogAddress(logger, resource.Name, http.Url);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "LandPlatform: all {Count} resources healthy in {Seconds:0.0} s")]
    private static partial void LogHealthy(ILogger logger, int count, double seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "  {Resource,-10} {Url}")]
    private static partial void LogAddress(ILogger logger, string resource, string url);
}
