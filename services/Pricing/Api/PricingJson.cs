using System.Text.Json;
using System.Text.Json.Serialization;

namespace LandPlatform.Pricing.Api;

/// <summary>
/// Request JSON is read strictly because a price must never rest on a guess: numbers only as JSON numbers
/// (no "1.5" strings, no NaN), no unknown fields (a misspelt <c>majorProjet: true</c> would otherwise be
/// dropped and the optional flag silently read as false), no field given twice.
/// </summary>
public static class PricingJson
{
    public static void Configure(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.NumberHandling = JsonNumberHandling.Strict;
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        options.AllowDuplicateProperties = false;
    }

    /// <summary>
    /// For showing policy packs as loaded: enum values by name (<c>Floor</c>, <c>ReplacementCostTimesNewness</c>)
    /// rather than numbers a clerk cannot read; dictionary keys (<c>M0</c>, grades) stay as they are.
    /// </summary>
    public static readonly JsonSerializerOptions PackView = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
