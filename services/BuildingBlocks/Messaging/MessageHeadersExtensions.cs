using MassTransit;

namespace LandPlatform.Messaging;

public static class MessageHeadersExtensions
{
    /// <summary>The publishing service's name, set by the outbox dispatcher on every event.</summary>
    public const string PublisherHeader = "LandPlatform-Publisher";

    public static string? Publisher(this ConsumeContext context) =>
        context?.Headers.Get<string>(PublisherHeader);
}
