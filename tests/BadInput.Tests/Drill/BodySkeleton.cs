using System.Collections;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace LandPlatform.BadInput.Tests.Drill;

/// <summary>
/// The shape of a request body, read from its contract type: each JSON field (camelCase, as the platform's web
/// JSON names it) with a plausible value and the kind of value it expects, so the generator can break one
/// field at a time (a number where a string is expected, and so on).
/// </summary>
public sealed class BodySkeleton
{
    private const int MaxNesting = 3;

    private BodySkeleton(JsonObject sample, IReadOnlyList<(string Path, FieldKind Kind)> fields)
    {
        Sample = sample;
        Fields = fields;
    }

    /// <summary>A body of the right shape (its values need not pass the endpoint's rules).</summary>
    public JsonObject Sample { get; }

    /// <summary>Every field, nested ones as dotted paths, with the kind of value it expects.</summary>
    public IReadOnlyList<(string Path, FieldKind Kind)> Fields { get; }

    public static BodySkeleton Of(Type? bodyType)
    {
        var fields = new List<(string, FieldKind)>();
        var sample = bodyType is null || Kind(bodyType) != FieldKind.Object ? new JsonObject() : ObjectOf(bodyType, string.Empty, fields, 0);
        return new BodySkeleton(sample, fields);
    }

    private static JsonObject ObjectOf(Type type, string prefix, List<(string, FieldKind)> fields, int depth)
    {
        var node = new JsonObject();
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanRead && p.GetIndexParameters().Length == 0))
        {
            if (property.IsDefined(typeof(JsonIgnoreAttribute)) || property.IsDefined(typeof(JsonExtensionDataAttribute)))
            {
                continue;
            }

            var name = property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            var path = prefix.Length == 0 ? name : $"{prefix}.{name}";
            var propertyType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            var kind = Kind(propertyType);
            if (kind == FieldKind.Any)
            {
                continue;
            }

            fields.Add((path, kind));
            node[name] = kind switch
            {
                FieldKind.Object when depth < MaxNesting => ObjectOf(propertyType, path, fields, depth + 1),
                FieldKind.Array when ElementOf(propertyType) is { } element && Kind(element) == FieldKind.Object && depth < MaxNesting =>
                    new JsonArray(ObjectOf(element, path + "[0]", [], depth + 1)),
                _ => SampleOf(kind, propertyType),
            };
        }

        return node;
    }

    private static JsonNode? SampleOf(FieldKind kind, Type type) => kind switch
    {
        FieldKind.String => JsonValue.Create("演练"),
        FieldKind.Integer => JsonValue.Create(1),
        FieldKind.Number => JsonValue.Create(1.5m),
        FieldKind.Boolean => JsonValue.Create(true),
        FieldKind.Guid => JsonValue.Create(Guid.Empty.ToString()),
        FieldKind.Date => JsonValue.Create("2026-01-01"),
        FieldKind.DateTime => JsonValue.Create("2026-01-01T00:00:00Z"),
        FieldKind.Enum => JsonValue.Create(Enum.GetNames(type).FirstOrDefault() ?? "x"),
        FieldKind.Array => new JsonArray(),
        _ => new JsonObject(),
    };

    public static FieldKind Kind(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type switch
        {
            _ when type == typeof(string) => FieldKind.String,
            _ when type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(byte) => FieldKind.Integer,
            _ when type == typeof(decimal) || type == typeof(double) || type == typeof(float) => FieldKind.Number,
            _ when type == typeof(bool) => FieldKind.Boolean,
            _ when type == typeof(Guid) => FieldKind.Guid,
            _ when type == typeof(DateOnly) => FieldKind.Date,
            _ when type == typeof(DateTimeOffset) || type == typeof(DateTime) => FieldKind.DateTime,
            _ when type.IsEnum => FieldKind.Enum,
            _ when type == typeof(object) || typeof(JsonNode).IsAssignableFrom(type) || type == typeof(JsonElement) || type == typeof(JsonDocument) => FieldKind.Any,
            _ when typeof(IDictionary).IsAssignableFrom(type) || IsGenericDictionary(type) => FieldKind.Dictionary,
            _ when ElementOf(type) is not null => FieldKind.Array,
            _ when type.IsPrimitive || type.IsValueType => FieldKind.Any,
            _ => FieldKind.Object,
        };
    }

    private static bool IsGenericDictionary(Type type) =>
        type.GetInterfaces().Append(type).Any(i => i.IsGenericType && i.GetGenericTypeDefinition() is var d
            && (d == typeof(IDictionary<,>) || d == typeof(IReadOnlyDictionary<,>)));

    private static Type? ElementOf(Type type) =>
        type == typeof(string) ? null
        : type.IsArray ? type.GetElementType()
        : type.IsGenericType && type.GetGenericArguments() is [var element] && typeof(IEnumerable).IsAssignableFrom(type) ? element
        : null;
}

public enum FieldKind
{
    String,
    Integer,
    Number,
    Boolean,
    Guid,
    Date,
    DateTime,
    Enum,
    Object,
    Dictionary,
    Array,

    /// <summary>object, JsonElement and the like: any JSON value binds, so the generator leaves it alone.</summary>
    Any,
}
