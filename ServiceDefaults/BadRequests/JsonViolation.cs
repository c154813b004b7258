using System.Text.Json;
using System.Text.RegularExpressions;

namespace LandPlatform.ServiceDefaults.BadRequests;

/// <summary>Why a JSON body could not be read, naming the field by its JSON path as the client spells it.</summary>
public static partial class JsonViolation
{
    /// <param name="error">What System.Text.Json threw while reading the body.</param>
    /// <param name="bodyType">The type the body binds to (for "must be a JSON number"); null when unknown.</param>
    public static RequestViolation From(JsonException error, Type? bodyType)
    {
        ArgumentNullException.ThrowIfNull(error);
        // System.Text.Json tells an unknown member apart only in its message; its path already ends with the name.
        if (UnmappedMember().Match(error.Message) is { Success: true } unmapped)
        {
            var name = unmapped.Groups["name"].Value;
            var path = FieldOf(error.Path);
            var unknown = path.EndsWith(name, StringComparison.Ordinal) ? path : path == Body ? name : $"{path}.{name}";
            return new(unknown, "UnknownField", $"{unknown} is not a field of this request (check the spelling; unknown fields are refused, not ignored)");
        }

        if (error.Message.Contains("Duplicate", StringComparison.OrdinalIgnoreCase))
        {
            var duplicate = FieldOf(error.Path);
            return new(duplicate, "DuplicateField", $"{duplicate} is given more than once");
        }

        var field = FieldOf(error.Path);
        if (error.Message.Contains("maximum configured depth", StringComparison.Ordinal))
        {
            return new(field, "TooDeep", $"{field} is nested deeper than the request allows");
        }

        // The reader's own exception inside (or none at all, for text that is not UTF-8 or not JSON) means the
        // text is not JSON: a NaN literal, a trailing comma, a truncated body; the path says where it broke.
        if (error.InnerException is JsonException || error.Path is null || IsInvalidText(error))
        {
            var where = error.LineNumber is { } line ? $" at line {line + 1}, position {error.BytePositionInLine + 1}" : string.Empty;
            var message = field == Body
                ? $"the request body is not valid JSON{where}"
                : $"{field} is not valid JSON{where} (NaN and Infinity are not JSON numbers)";
            return new(field, "MalformedJson", message);
        }

        if (field == Body)
        {
            return new(field, "InvalidJsonValue", "the request body must be a JSON object");
        }

        var expected = (bodyType is null ? null : JsonFieldType.Describe(bodyType, error.Path)) ?? "a value of the documented type";
        return new(field, "InvalidJsonValue", $"{field} must be {expected}");
    }

    public const string Body = "body";

    /// <summary>"$.land.yearsUsed" → "land.yearsUsed"; "$.buildings[0].newness" → "buildings[0].newness"; "$" → "body".</summary>
    public static string FieldOf(string? path) =>
        path is null or "$" ? Body : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');

    // A string that is not UTF-8 or holds a lone surrogate: the reader's InvalidOperationException, which
    // System.Text.Json rethrows like a wrong token type ("Cannot get the value of a token type …"), so only
    // its message tells the two apart.
    private static bool IsInvalidText(JsonException error) =>
        error.InnerException is InvalidOperationException { Message: var message }
        && (message.Contains("UTF-8", StringComparison.Ordinal) || message.Contains("UTF-16", StringComparison.Ordinal));

    [GeneratedRegex("The JSON property '(?<name>[^']*)' could not be mapped")]
    private static partial Regex UnmappedMember();
}
