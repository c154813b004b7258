using System.Net;
using System.Text.Json;

namespace LandPlatform.Contracts.Tests.Support;

internal static class Problem
{
    /// <summary>Asserts the status and returns the problem body.</summary>
    public static async Task<JsonElement> AssertAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"expected {(int)status}, got {(int)response.StatusCode}: {body}");
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>A 409 naming the broken rule by its type name.</summary>
    public static async Task<JsonElement> RuleAsync(HttpResponseMessage response, string rule)
    {
        var problem = await AssertAsync(response, HttpStatusCode.Conflict);
        Assert.Equal(rule, problem.GetProperty("rule").GetString());
        return problem;
    }

    /// <summary>A 400 naming <paramref name="field"/> among the invalid fields.</summary>
    public static async Task FieldAsync(HttpResponseMessage response, string field)
    {
        var problem = await AssertAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"no error for '{field}': {problem}");
    }
}
