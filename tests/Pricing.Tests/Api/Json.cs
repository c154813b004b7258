using System.Net;
using System.Text.Json;

namespace LandPlatform.Pricing.Tests.Api;

/// <summary>Reads response bodies, failing with the body in the message so a wrong status explains itself.</summary>
public static class Json
{
    public static async Task<JsonElement> Body(HttpResponseMessage response, HttpStatusCode expected)
    {
        ArgumentNullException.ThrowIfNull(response);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>A problem response: status, problem+json, and the trace id every platform problem carries.</summary>
    public static async Task<JsonElement> Problem(HttpResponseMessage response, HttpStatusCode expected)
    {
        var problem = await Body(response, expected);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal((int)expected, problem.GetProperty("status").GetInt32());
        Assert.True(problem.TryGetProperty("traceId", out _), "problem details carry the trace id");
        return problem;
    }

    /// <summary>The (field, rule) pairs of a 400, as the pricing service reports them.</summary>
    public static async Task<IReadOnlyList<(string Field, string Rule)>> Violations(HttpResponseMessage response)
    {
        var problem = await Problem(response, HttpStatusCode.BadRequest);
        var violations = problem.GetProperty("violations").EnumerateArray()
            .Select(v => (v.GetProperty("field").GetString()!, v.GetProperty("rule").GetString()!))
            .ToArray();
        foreach (var (field, _) in violations)
        {
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"errors names {field}");
        }

        return violations;
    }

    public static IReadOnlyList<JsonElement> Steps(JsonElement body) => [.. body.GetProperty("steps").EnumerateArray()];

    public static JsonElement Step(JsonElement body, string rule) =>
        Steps(body).Single(s => s.GetProperty("rule").GetString() == rule);
}
