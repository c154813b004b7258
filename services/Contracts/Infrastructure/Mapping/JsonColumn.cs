using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LandPlatform.Contracts.Infrastructure.Mapping;

/// <summary>
/// A list of value records stored as one JSON text column (committed indicators, instalments): read and
/// written whole with its row, never queried inside. Decimals keep their exact text in JSON.
/// </summary>
internal static class JsonColumn
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static PropertyBuilder<List<T>> AsJson<T>(this PropertyBuilder<List<T>> property)
    {
        ArgumentNullException.ThrowIfNull(property);
        property.HasConversion(
            v => Serialize(v),
            v => Deserialize<T>(v),
            new ValueComparer<List<T>>(
                (a, b) => Serialize(a) == Serialize(b),
                v => Serialize(v).GetHashCode(StringComparison.Ordinal),
                v => Deserialize<T>(Serialize(v))));
        return property.IsRequired();
    }

    private static string Serialize<T>(List<T>? value) => JsonSerializer.Serialize(value ?? [], Options);

    private static List<T> Deserialize<T>(string json) => JsonSerializer.Deserialize<List<T>>(json, Options) ?? [];
}
