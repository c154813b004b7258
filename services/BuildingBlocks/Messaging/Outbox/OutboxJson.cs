using System.Text.Json;

namespace LandPlatform.Messaging.Outbox;

/// <summary>One serializer setting for writing and reading outbox bodies, so the two can never disagree.</summary>
internal static class OutboxJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
}
