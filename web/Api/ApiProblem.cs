using System.Net;
using System.Text.Json;

namespace LandPlatform.Web.Api;

/// <summary>
/// A service's refusal (RFC 7807 problem details), reduced to what a person reads: a sentence per field the
/// service named (<c>errors</c>, matched to the form's fields by their JSON names) and a sentence for the rest
/// (title, detail, the rule and the clause it quotes).
/// </summary>
public sealed record ApiProblem(int Status, string? Title, string? Detail, IReadOnlyDictionary<string, string[]> Errors, string? Rule, string? Clause)
{
    /// <summary>An illegal step's state (contracts' 409 <c>StepMustBeAllowedInTheCurrentState</c>).</summary>
    public string? State { get; init; }

    /// <summary>The steps the service would take in that state (the same 409), by their action names.</summary>
    public IReadOnlyList<string> AllowedSteps { get; init; } = [];

    /// <summary>
    /// The members a service added beyond the standard ones (pricing's <c>steps</c> up to a refusal, the <c>field</c> an
    /// unusable pack names, the <c>reservePrice</c> already fixed), for the page that knows what they mean.
    /// </summary>
    public IReadOnlyDictionary<string, JsonElement> Extensions { get; init; } = new Dictionary<string, JsonElement>();

    /// <summary>An extension member read as <typeparamref name="T"/>, or default when the service sent none (or another shape).</summary>
    public T? Extension<T>(string name)
    {
        if (!Extensions.TryGetValue(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return default;
        }

        try
        {
            return value.Deserialize<T>(GatewayApi.Json);
        }
        catch (JsonException)
        {
            return default;
        }
    }

    public string? For(string field) =>
        Errors.Where(e => string.Equals(e.Key, field, StringComparison.OrdinalIgnoreCase)).SelectMany(e => e.Value).ToList() is { Count: > 0 } messages
            ? string.Join("；", messages)
            : null;

    /// <summary>Errors no field of the form shows, so they still reach the person.</summary>
    public IEnumerable<KeyValuePair<string, string[]>> Unclaimed(IEnumerable<string> fields) =>
        Errors.Where(e => !fields.Contains(e.Key, StringComparer.OrdinalIgnoreCase));

    public static async Task<ApiProblem> ReadAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var status = (int)response.StatusCode;
        try
        {
            var body = await response.Content.ReadAsStringAsync(ct);
            if (body.Length > 0 && body.TrimStart().StartsWith('{'))
            {
                using var document = JsonDocument.Parse(body);
                var root = document.RootElement;
                var errors = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
                if (root.TryGetProperty("errors", out var e) && e.ValueKind == JsonValueKind.Object)
                {
                    foreach (var field in e.EnumerateObject())
                    {
                        errors[field.Name] = field.Value.ValueKind == JsonValueKind.Array
                            ? [.. field.Value.EnumerateArray().Select(m => m.ToString())]
                            : [field.Value.ToString()];
                    }
                }

                var allowed = root.TryGetProperty("allowedSteps", out var a) && a.ValueKind == JsonValueKind.Array
                    ? a.EnumerateArray().Select(x => x.ToString()).ToArray()
                    : [];
                return new ApiProblem(status, Text(root, "title"), Text(root, "detail"), errors, Text(root, "rule"), Text(root, "clause"))
                {
                    State = Text(root, "state"),
                    AllowedSteps = allowed,
                    Extensions = root.EnumerateObject().Where(m => !Standard.Contains(m.Name))
                        .ToDictionary(m => m.Name, m => m.Value.Clone(), StringComparer.OrdinalIgnoreCase),
                };
            }
        }
        catch (JsonException)
        {
            // Not a problem document (a proxy's error page): fall through to the status alone.
        }

        return new ApiProblem(status, null, null, new Dictionary<string, string[]>(), null, null);
    }

    public bool SessionEnded => Status == (int)HttpStatusCode.Unauthorized;

    public bool Forbidden => Status == (int)HttpStatusCode.Forbidden;

    /// <summary>A service that failed or did not answer: the person hears that nothing was saved, not the service's 500 title.</summary>
    public bool Unavailable => Status >= (int)HttpStatusCode.InternalServerError;

    private static readonly HashSet<string> Standard = new(["type", "title", "status", "detail", "instance", "errors", "traceId"], StringComparer.OrdinalIgnoreCase);

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
