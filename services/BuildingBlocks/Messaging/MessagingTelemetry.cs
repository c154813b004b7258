using System.Diagnostics;

namespace LandPlatform.Messaging;

/// <summary>Add <see cref="ActivitySourceName"/> (and MassTransit's "MassTransit") to the tracer provider.</summary>
public static class MessagingTelemetry
{
    public const string ActivitySourceName = "LandPlatform.Messaging";

    internal static readonly ActivitySource Source = new(ActivitySourceName);
}
