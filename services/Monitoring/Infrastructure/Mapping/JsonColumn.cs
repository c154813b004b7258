using System.Text.Json;
using System.Text.Json.Serialization;
using LandPlatform.Monitoring.Domain.Indicators;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LandPlatform.Monitoring.Infrastructure.Mapping;

/// <summary>
/// Value records kept as one JSON text column of their aggregate's row (report versions, assessment lines, plans):
/// they are read and written only with their aggregate, never queried inside, and the same text on SQLite and
/// PostgreSQL keeps the two providers' data identical. Compared by their JSON so EF notices appended items.
/// </summary>
internal static class JsonColumn
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(), new FiguresConverter() },
    };

    public static PropertyBuilder<T> AsJson<T>(this PropertyBuilder<T> property)
    {
        property.HasConversion(
            v => JsonSerializer.Serialize(v, Options),
            s => JsonSerializer.Deserialize<T>(s, Options)!,
            new ValueComparer<T>(
                (a, b) => JsonSerializer.Serialize(a, Options) == JsonSerializer.Serialize(b, Options),
                v => JsonSerializer.Serialize(v, Options).GetHashCode(StringComparison.Ordinal),
                v => JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(v, Options), Options)!));
        return property;
    }

    private sealed class FiguresConverter : JsonConverter<Figures>
    {
        public override Figures Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            new(JsonSerializer.Deserialize<Dictionary<string, decimal>>(ref reader, options) ?? []);

        public override void Write(Utf8JsonWriter writer, Figures value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, value.ToDictionary(v => v.Key, v => v.Value), options);
    }
}
