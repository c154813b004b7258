using System.Diagnostics;

namespace LandPlatform.Messaging.Tests.Support;

/// <summary>
/// Records MassTransit's and the outbox's activities, as an OpenTelemetry tracer provider would; without a
/// listener neither creates activities and no trace context would exist to propagate.
/// </summary>
internal static class ActivityCapture
{
    public static readonly ActivitySource RequestSource = new("LandPlatform.Messaging.Tests");

    private static readonly ActivityListener Listener = Create();

    public static void EnsureListening() => GC.KeepAlive(Listener);

    private static ActivityListener Create()
    {
        var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name is "MassTransit" or MessagingTelemetry.ActivitySourceName
                or "LandPlatform.Messaging.Tests",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(listener);
        return listener;
    }
}
