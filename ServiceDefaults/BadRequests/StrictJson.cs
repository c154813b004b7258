using System.Text.Json;
using System.Text.Json.Serialization;

namespace LandPlatform.ServiceDefaults.BadRequests;

/// <summary>
/// Request JSON is read strictly on every endpoint of the platform (first pricing's rule: a price must never rest
/// on a guess): numbers only as JSON numbers (no "1.5" strings, no NaN), no unknown fields (a misspelt
/// <c>majorProjet: true</c> would otherwise be dropped and the optional flag silently read as false), no field
/// given twice, at most 64 levels deep. A contract that must tolerate extra fields says so on its own type with
/// <c>[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Skip)]</c>.
/// </summary>
public static class StrictJson
{
    public const int MaxDepth = 64;

    public static void Configure(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.NumberHandling = JsonNumberHandling.Strict;
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        options.AllowDuplicateProperties = false;
        options.MaxDepth = MaxDepth;
    }
}
