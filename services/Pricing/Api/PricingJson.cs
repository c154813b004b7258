using System.Text.Json;
using System.Text.Json.Serialization;
using LandPlatform.ServiceDefaults.Json;

namespace LandPlatform.Pricing.Api;

/// <summary>JSON for showing pricing data. (Request bodies are read by the platform's strict rules: ServiceDefaults/BadRequests.)</summary>
public static class PricingJson
{
    /// <summary>
    /// For showing policy packs as loaded: enum values by name (<c>Floor</c>, <c>ReplacementCostTimesNewness</c>)
    /// rather than numbers a clerk cannot read; dictionary keys (<c>M0</c>, grades) stay as they are.
    /// </summary>
    public static readonly JsonSerializerOptions PackView = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        Encoder = ReadableJson.Encoder,
    };
}
