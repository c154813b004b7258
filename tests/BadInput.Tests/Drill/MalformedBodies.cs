using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace LandPlatform.BadInput.Tests.Drill;

/// <summary>
/// A fixed-seed generator of request bodies that must all be refused: no body, not JSON, the wrong shape, each
/// field with a value of the wrong type (a number where a string is expected, <c>1e400</c>, <c>NaN</c>), lone
/// surrogates and bytes that are not UTF-8, duplicate and unknown fields, nesting too deep, huge strings, bodies
/// over the limit, truncations and random bytes. Every body is malformed by construction, so none can reach an
/// endpoint's handler and change anything; the same seed gives the same bodies on every run.
/// </summary>
public sealed class MalformedBodies(BodySkeleton skeleton, bool refusesUnknownFields, bool bodyIsArray, long maxBodyBytes, int seed)
{
    private const string Unknown = "zzDrillUnknownField";

    private readonly Random _random = new(seed);

    public IEnumerable<MalformedBody> Generate(int count)
    {
        var fixedOnes = Fixed().ToList();
        foreach (var body in fixedOnes.Take(count))
        {
            yield return body;
        }

        var mutations = FieldMutations().ToList();
        for (var i = fixedOnes.Count; i < count; i++)
        {
            yield return _random.Next(5) switch
            {
                0 => Truncation(Text(skeleton.Sample)),
                1 => RandomBytes(_random.Next(1, 4096)),
                2 when mutations.Count > 0 => mutations[_random.Next(mutations.Count)],
                3 when mutations.Count > 0 => Truncation(Encoding.UTF8.GetString(mutations[_random.Next(mutations.Count)].Bytes)),
                _ => RandomJsonNoise(),
            };
        }
    }

    private IEnumerable<MalformedBody> Fixed()
    {
        var sample = Text(skeleton.Sample);
        yield return new("empty", []);
        yield return new("empty, no content type", [], ContentType: null);
        yield return new("whitespace", Utf8(" \r\n\t "));
        yield return new("null", Utf8("null"));
        yield return new("not JSON content type", Utf8(sample), "text/plain");
        yield return new("form content type", Utf8("a=1&b=2"), "application/x-www-form-urlencoded");
        yield return new("no content type", Utf8(sample), ContentType: null);
        foreach (var text in InvalidJson)
        {
            yield return new("invalid JSON", Utf8(text));
        }

        if (!bodyIsArray)
        {
            foreach (var text in (string[])["[]", "[{}]", "\"text\"", "42", "true", "-1e-308"])
            {
                yield return new("not an object", Utf8(text));
            }
        }

        foreach (var literal in (string[])["NaN", "Infinity", "-Infinity", "1e400", "undefined"])
        {
            yield return new("bare literal", Utf8(literal));
        }

        yield return new("deep nesting (arrays)", Utf8(Wrap(new string('[', 5000) + new string(']', 5000))));
        yield return new("deep nesting (objects)", Utf8(Wrap(string.Concat(Enumerable.Repeat("{\"a\":", 200)) + "1" + new string('}', 200))));
        yield return new("deep nesting (unclosed)", Utf8(new string('[', 100_000)));
        yield return new("lone surrogate (escaped)", Utf8(WithFirstString("\"\\ud800\"")));
        yield return new("lone surrogate (escaped low)", Utf8(WithFirstString("\"x\\udc00y\"")));
        yield return new("lone surrogate (raw CESU bytes)", WithFirstStringBytes([0x22, 0xED, 0xA0, 0x80, 0x22]));
        yield return new("invalid UTF-8", WithFirstStringBytes([0x22, 0xC3, 0x28, 0xFF, 0x22]));
        yield return new("UTF-16 body", Encoding.Unicode.GetBytes(sample));
        yield return new("BOM then garbage", [0xEF, 0xBB, 0xBF, 0x00, 0x01]);
        yield return new("NUL bytes", [0x7B, 0x00, 0x00, 0x7D]);
        yield return new("huge field name", Utf8("{\"" + new string('k', 100_000) + "\":1}"));
        yield return new("huge string then garbage", Utf8(WithFirstString("\"" + new string('长', 60_000) + "\"", trailing: ",}")));
        yield return new("huge number", Utf8(Wrap(new string('9', 100_000))));
        yield return new("over the size limit (declared)", Utf8(Oversized(maxBodyBytes)));
        yield return new("over the size limit (chunked)", Utf8(Oversized(maxBodyBytes)), Chunked: true);
        yield return new("duplicate key", Utf8(Duplicated()));
        if (refusesUnknownFields)
        {
            yield return new("unknown field", Utf8(WithExtra($"\"{Unknown}\":true")));
            yield return new("misspelt field", Utf8(WithExtra("\"" + (skeleton.Fields.FirstOrDefault().Path?.Split('.')[0] ?? "field") + "x\":1")));
            yield return new("huge string in an unknown field", Utf8(WithExtra($"\"{Unknown}\":\"" + new string('x', 200_000) + "\"")));
        }

        foreach (var mutation in FieldMutations())
        {
            yield return mutation;
        }

        for (var cut = 0; cut < 12; cut++)
        {
            yield return Truncation(sample);
        }
    }

    /// <summary>Each field given values it cannot take: the wrong JSON type, numbers out of range, NaN.</summary>
    private IEnumerable<MalformedBody> FieldMutations()
    {
        foreach (var (path, kind) in skeleton.Fields)
        {
            foreach (var value in WrongValues(kind))
            {
                yield return new($"wrong value for a {kind.ToString().ToLowerInvariant()}", Utf8(Replace(path, value)));
            }
        }
    }

    private static string[] WrongValues(FieldKind kind) => kind switch
    {
        FieldKind.String => ["-1e-308", "1e400", "42", "true", "{}", "[]", "NaN"],
        FieldKind.Integer => ["\"12\"", "1.5", "1e400", "-1e400", "99999999999999999999999", "NaN", "Infinity", "true", "\"NaN\"", "{}"],
        FieldKind.Number => ["\"12.5\"", "1e400", "-1e400", "NaN", "-Infinity", "\"NaN\"", "\"1e400\"", "true", "[]", "{}"],
        FieldKind.Boolean => ["\"true\"", "1", "\"yes\"", "{}"],
        FieldKind.Guid => ["\"not-a-guid\"", "1", "\"" + new string('f', 33) + "\"", "{}"],
        FieldKind.Date => ["\"2026-13-45\"", "\"yesterday\"", "20260101", "1e400"],
        FieldKind.DateTime => ["\"2026-02-30T25:00:00Z\"", "\"now\"", "1e400"],
        FieldKind.Enum => ["\"NoSuchValueInTheDrill\"", "1.5", "{}", "[]"],
        FieldKind.Object => ["\"text\"", "42", "[]", "-1e-308"],
        FieldKind.Dictionary => ["\"text\"", "42", "[]"],
        FieldKind.Array => ["{}", "\"text\"", "42", "[1e400, NaN]"],
        _ => [],
    };

    private static readonly string[] InvalidJson =
    [
        "{", "}", "{\"a\"", "{\"a\":}", "{'a':1}", "{\"a\":1,}", "{\"a\":01}", "{a:1}", "tru", "{\"a\":1}}", "{\"a\":1} x",
        "{\"a\":\"unterminated}", "{\"a\":\"bad escape \\q\"}", "{\"a\":1 \"b\":2}", "{\"a\":+1}", "{\"a\":.5}", "{\"a\":0x10}",
        "{\"a\":[1,2}", "{\"a\"::1}", "/* comment */ {}", "{\"a\":1}\u0000",
    ];

    private MalformedBody Truncation(string text)
    {
        var bytes = Utf8(text);
        // A strict prefix of an object (or of anything the generator made) is never complete JSON.
        var length = bytes.Length <= 1 ? 0 : _random.Next(1, bytes.Length);
        return new("truncated", bytes[..length]);
    }

    private MalformedBody RandomBytes(int length)
    {
        var bytes = new byte[length];
        _random.NextBytes(bytes);
        // Start with a byte no JSON text starts with, so the noise can never happen to be a valid body.
        bytes[0] = 0xFE;
        return new("random bytes", bytes);
    }

    private MalformedBody RandomJsonNoise()
    {
        const string alphabet = "{}[]:,\"\\0123456789.eE+-tfnaNIy \t\n\u00e9\u4e2d";
        var builder = new StringBuilder("{");
        for (var i = _random.Next(1, 400); i > 0; i--)
        {
            builder.Append(alphabet[_random.Next(alphabet.Length)]);
        }

        // An object whose text ends without its closing brace at the top level is never valid.
        return new("random JSON-like text", Utf8(builder.ToString().TrimEnd('}') + ",\"\""));
    }

    private string Replace(string path, string rawValue)
    {
        var copy = (JsonObject)skeleton.Sample.DeepClone();
        var parts = path.Split('.');
        JsonObject? target = copy;
        foreach (var part in parts[..^1])
        {
            target = target?[part] as JsonObject;
        }

        const string marker = "__drill_marker__";
        if (target is null)
        {
            return WithExtra($"\"{Unknown}\":{rawValue}");
        }

        target[parts[^1]] = marker;
        return Text(copy).Replace($"\"{marker}\"", rawValue, StringComparison.Ordinal);
    }

    private string WithFirstString(string rawValue, string trailing = "")
    {
        var first = skeleton.Fields.FirstOrDefault(f => f.Kind == FieldKind.String).Path;
        var text = first is null ? $"{{\"{Unknown}\":{rawValue}}}" : Replace(first, rawValue);
        return trailing.Length == 0 ? text : text.TrimEnd('}') + trailing;
    }

    private byte[] WithFirstStringBytes(byte[] rawValue)
    {
        var text = WithFirstString("\"__drill_bytes__\"");
        var at = text.IndexOf("\"__drill_bytes__\"", StringComparison.Ordinal);
        return [.. Utf8(text[..at]), .. rawValue, .. Utf8(text[(at + "\"__drill_bytes__\"".Length)..])];
    }

    private string Duplicated()
    {
        var text = Text(skeleton.Sample);
        return skeleton.Sample.FirstOrDefault() is { Key: var key, Value: var value }
            ? text.TrimEnd('}') + $",\"{key}\":{value?.ToJsonString() ?? "null"}}}"
            : $"{{\"{Unknown}\":1,\"{Unknown}\":2}}";
    }

    private string WithExtra(string member)
    {
        var text = Text(skeleton.Sample);
        return text == "{}" ? $"{{{member}}}" : text.TrimEnd('}') + "," + member + "}";
    }

    private string Wrap(string rawValue) =>
        skeleton.Fields.FirstOrDefault().Path is { } first && !first.Contains('.', StringComparison.Ordinal)
            ? Replace(first, rawValue)
            : $"{{\"{Unknown}\":{rawValue}}}";

    private static string Oversized(long limit) =>
        "{\"" + Unknown + "\":\"" + new string('x', (int)Math.Min(limit + 1024, int.MaxValue / 2)) + "\"}";

    private static string Text(JsonNode node) => node.ToJsonString();

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    public static int SeedFor(string name) =>
        // FNV-1a: string.GetHashCode differs between runs, the drill's bodies must not.
        unchecked((int)name.Aggregate(2166136261u, (hash, c) => (hash ^ c) * 16777619u) ^ 16);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"seed {seed}");
}
