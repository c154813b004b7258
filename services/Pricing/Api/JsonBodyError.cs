using System.Text.Json;
using System.Text.RegularExpressions;

namespace LandPlatform.Pricing.Api;

/// <summary>Why a JSON body could not be read, naming the field as the client spells it.</summary>
public sealed partial record JsonBodyError(string Field, string Rule, string Message, int Status)
{
    public static JsonBodyError From(JsonException error, Type bodyType)
    {
        ArgumentNullException.ThrowIfNull(error);
        // System.Text.Json tells an unknown member apart only in its message; its path already ends with the name.
        if (UnmappedMember().Match(error.Message) is { Success: true } unmapped)
        {
            var name = unmapped.Groups["name"].Value;
            var path = FieldOf(error.Path);
            var unknown = path.EndsWith(name, StringComparison.Ordinal) ? path : path == "body" ? name : $"{path}.{name}";
            return new(unknown, "UnknownField", $"{unknown} is not a field of this request (check the spelling; unknown fields are refused, not ignored)", StatusCodes.Status400BadRequest);
        }

        if (error.Message.Contains("Duplicate", StringComparison.OrdinalIgnoreCase))
        {
            var duplicate = FieldOf(error.Path);
            return new(duplicate, "DuplicateField", $"{duplicate} is given more than once", StatusCodes.Status400BadRequest);
        }

        var field = FieldOf(error.Path);
        // The reader's own exception inside means the text is not JSON at all (a NaN literal, a trailing
        // comma, a truncated body); the path still says which field it broke in.
        if (error.InnerException is JsonException)
        {
            var where = error.LineNumber is { } line ? $" at line {line + 1}, position {error.BytePositionInLine + 1}" : string.Empty;
            var message = field == "body"
                ? $"the request body is not valid JSON{where}"
                : $"{field} is not valid JSON{where} (NaN and Infinity are not JSON numbers)";
            return new(field, "MalformedJson", message, StatusCodes.Status400BadRequest);
        }

        if (field == "body")
        {
            return new(field, "InvalidJsonValue", "the request body must be a JSON object", StatusCodes.Status400BadRequest);
        }

        var expected = JsonFieldType.Describe(bodyType, error.Path) ?? "a value of the documented type";
        return new(field, "InvalidJsonValue", $"{field} must be {expected}", StatusCodes.Status400BadRequest);
    }

    /// <summary>"$.land.yearsUsed" → "land.yearsUsed"; "$.buildings[0].newness" → "buildings[0].newness"; "$" → "body".</summary>
    public static string FieldOf(string? path) =>
        path is null or "$" ? "body" : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');

    [GeneratedRegex("The JSON property '(?<name>[^']*)' could not be mapped")]
    private static partial Regex UnmappedMember();
}
