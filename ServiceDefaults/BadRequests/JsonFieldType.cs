using System.Reflection;
using System.Text.RegularExpressions;

namespace LandPlatform.ServiceDefaults.BadRequests;

/// <summary>
/// What a request field expects, found by walking the JSON path over the body type, so a 400 says
/// "landAreaM2 must be a JSON number" instead of a .NET type name.
/// </summary>
public static partial class JsonFieldType
{
    public static string? Describe(Type bodyType, string? path)
    {
        ArgumentNullException.ThrowIfNull(bodyType);
        if (path is null || !path.StartsWith("$.", StringComparison.Ordinal))
        {
            return null;
        }

        var type = bodyType;
        foreach (var segment in path[2..].Split('.'))
        {
            var match = Segment().Match(segment);
            if (!match.Success)
            {
                return null;
            }

            var property = type.GetProperty(match.Groups["name"].Value, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
            if (property is null)
            {
                return null;
            }

            type = property.PropertyType;
            if (match.Groups["index"].Success)
            {
                type = ElementType(type) ?? type;
            }
        }

        return Name(Nullable.GetUnderlyingType(type) ?? type);
    }

    private static string Name(Type type) => type switch
    {
        _ when type == typeof(decimal) || type == typeof(double) || type == typeof(float) => "a JSON number (not a string, not NaN)",
        _ when type == typeof(int) || type == typeof(long) || type == typeof(short) => "a whole JSON number (not a string)",
        _ when type.IsEnum => "one of " + string.Join(", ", Enum.GetNames(type)),
        _ when type == typeof(bool) => "true or false",
        _ when type == typeof(DateOnly) => "a date as \"yyyy-MM-dd\"",
        _ when type == typeof(DateTimeOffset) || type == typeof(DateTime) => "a date and time as \"yyyy-MM-ddTHH:mm:ssZ\"",
        _ when type == typeof(Guid) => "a GUID string",
        _ when type == typeof(string) => "a JSON string",
        _ when ElementType(type) is not null => "a JSON array",
        _ => "a JSON object",
    };

    private static Type? ElementType(Type type) =>
        type.IsArray ? type.GetElementType()
        : type.IsGenericType && type.GetGenericArguments() is [var element] && typeof(System.Collections.IEnumerable).IsAssignableFrom(type) ? element
        : null;

    [GeneratedRegex(@"^(?<name>[A-Za-z_][A-Za-z0-9_]*)(\[(?<index>\d+)\])*$")]
    private static partial Regex Segment();
}
