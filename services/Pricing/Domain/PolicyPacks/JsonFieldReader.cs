using System.Globalization;
using System.Text.Json;

namespace LandPlatform.Pricing.Domain.PolicyPacks;

/// <summary>
/// Reads typed fields from a pack's JSON, recording every missing or malformed field with its path
/// instead of stopping at the first, so one load reports everything wrong with a file.
/// </summary>
internal sealed class JsonFieldReader
{
    private readonly List<string> _problems = [];

    public IReadOnlyList<string> Problems => _problems;

    public JsonElement? Object(JsonElement parent, string path, string name, bool required = true)
    {
        if (parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null)
        {
            if (value.ValueKind == JsonValueKind.Object)
            {
                return value;
            }

            _problems.Add($"{Join(path, name)} must be an object");
            return null;
        }

        if (required)
        {
            _problems.Add($"{Join(path, name)} is missing");
        }

        return null;
    }

    public JsonElement[] Array(JsonElement parent, string path, string name)
    {
        if (parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array && value.GetArrayLength() > 0)
        {
            return [.. value.EnumerateArray()];
        }

        _problems.Add($"{Join(path, name)} is missing or not a non-empty array");
        return [];
    }

    public string String(JsonElement parent, string path, string name)
    {
        var value = OptionalString(parent, path, name);
        if (string.IsNullOrWhiteSpace(value))
        {
            _problems.Add($"{Join(path, name)} is missing");
            return "";
        }

        return value;
    }

    public string? OptionalString(JsonElement parent, string path, string name)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            _problems.Add($"{Join(path, name)} must be a string");
            return null;
        }

        return value.GetString();
    }

    public decimal Decimal(JsonElement parent, string path, string name)
    {
        if (parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var number))
        {
            return number;
        }

        _problems.Add($"{Join(path, name)} is missing or not a number");
        return 0m;
    }

    public int Int(JsonElement parent, string path, string name)
    {
        if (parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number))
        {
            return number;
        }

        _problems.Add($"{Join(path, name)} is missing or not an integer");
        return 0;
    }

    public bool Bool(JsonElement parent, string path, string name)
    {
        if (parent.TryGetProperty(name, out var value) && value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetBoolean();
        }

        _problems.Add($"{Join(path, name)} is missing or not true/false");
        return false;
    }

    public DateOnly Date(JsonElement parent, string path, string name) =>
        OptionalDate(parent, path, name, required: true) ?? default;

    public DateOnly? OptionalDate(JsonElement parent, string path, string name, bool required = false)
    {
        var text = OptionalString(parent, path, name);
        if (text is null)
        {
            if (required)
            {
                _problems.Add($"{Join(path, name)} is missing");
            }

            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        _problems.Add($"{Join(path, name)} must be a date yyyy-MM-dd, got '{text}'");
        return null;
    }

    /// <summary>A <c>{"value": n, "clause": "..."}</c> pair: a number is never accepted without its clause.</summary>
    public CitedNumber? Cited(JsonElement parent, string path, string name, bool required = true)
    {
        var element = Object(parent, path, name, required);
        if (element is null)
        {
            return null;
        }

        var here = Join(path, name);
        return new CitedNumber(Decimal(element.Value, here, "value"), String(element.Value, here, "clause"));
    }

    public TEnum Enum<TEnum>(JsonElement parent, string path, string name, IReadOnlyDictionary<string, TEnum> spelling)
        where TEnum : struct, Enum
    {
        var text = String(parent, path, name);
        if (spelling.TryGetValue(text, out var value))
        {
            return value;
        }

        if (text.Length > 0)
        {
            _problems.Add($"{Join(path, name)} must be one of {string.Join(", ", spelling.Keys)}, got '{text}'");
        }

        return default;
    }

    public void Problem(string message) => _problems.Add(message);

    public static string Join(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";
}
