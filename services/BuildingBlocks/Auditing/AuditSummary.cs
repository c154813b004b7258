using System.Text.Encodings.Web;
using System.Text.Json;

namespace LandPlatform.Auditing;

/// <summary>Serializes a before/after summary the same way everywhere, readable Chinese included.</summary>
public static class AuditSummary
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        // Auditors read these in the database too; \u escapes of every Chinese character would not help them.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string? Json<T>(T? value) => value is null ? null : JsonSerializer.Serialize(value, Options);
}
