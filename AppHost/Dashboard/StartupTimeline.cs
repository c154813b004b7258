using System.Collections.Concurrent;
using System.Diagnostics;

namespace LandPlatform.AppHost.Dashboard;

/// <summary>
/// When each resource turned healthy, counted from the AppHost process's own start (so the build before it and the
/// runtime's start-up are outside, and everything the AppHost then does is inside). Filled from Aspire's
/// <c>ResourceReadyEvent</c> at the moment it fires: asking the notification service afterwards only says that a
/// resource is healthy by now, which made every resource look healthy at the same second.
/// </summary>
internal sealed class StartupTimeline
{
    private readonly DateTime _processStarted = Process.GetCurrentProcess().StartTime.ToUniversalTime();
    private readonly ConcurrentDictionary<string, double> _healthyAfter = new();

    public double SecondsSinceStart => (DateTime.UtcNow - _processStarted).TotalSeconds;

    public void Healthy(string resource) => _healthyAfter.TryAdd(resource, SecondsSinceStart);

    public string Describe() =>
        string.Join(", ", _healthyAfter.OrderBy(r => r.Value).Select(r => $"{r.Key} {r.Value:0.0} s"));
}
