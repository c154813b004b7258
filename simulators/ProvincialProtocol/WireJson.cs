using System.Text.Encodings.Web;
using System.Text.Json;

namespace LandPlatform.ProvincialProtocol;

/// <summary>JSON as the platform reads it: camelCase, Chinese text as UTF-8 rather than \u escapes.</summary>
public static class WireJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
