using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace LandPlatform.ServiceDefaults.Telemetry;

/// <summary>Builds the telemetry providers when the host starts; the container disposes (and flushes) them.</summary>
internal sealed class TelemetryProviderActivation(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = services.GetRequiredService<TracerProvider>();
        _ = services.GetService<MeterProvider>();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
