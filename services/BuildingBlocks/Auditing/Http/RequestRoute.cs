using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;

namespace LandPlatform.Auditing.Http;

/// <summary>What a request addressed: "POST /listings/{id}", resource type "listings", id from the route.</summary>
internal sealed record RequestRoute(string Operation, string? ResourceType, string? ResourceId)
{
    // The usual names first; any other "...Id" value after them.
    private static readonly string[] IdKeys = ["id", "uscc"];

    public static RequestRoute Of(HttpContext context)
    {
        var method = context.Request.Method;
        if (context.GetEndpoint() is not RouteEndpoint { RoutePattern: var pattern })
        {
            // No route matched (a 404 or 405): the raw path is all there is.
            return new RequestRoute($"{method} {context.Request.Path}", null, null);
        }

        var resourceType = pattern.PathSegments
            .Select(s => s.Parts is [RoutePatternLiteralPart literal] ? literal.Content : null)
            .FirstOrDefault(s => s is not null);
        return new RequestRoute($"{method} {pattern.RawText}", resourceType, ResourceIdOf(context.Request.RouteValues));
    }

    private static string? ResourceIdOf(RouteValueDictionary values)
    {
        foreach (var key in IdKeys)
        {
            if (values.TryGetValue(key, out var value) && value?.ToString() is { Length: > 0 } id)
            {
                return id;
            }
        }

        return values
            .Where(v => v.Key.EndsWith("id", StringComparison.OrdinalIgnoreCase))
            .Select(v => v.Value?.ToString())
            .FirstOrDefault(v => !string.IsNullOrEmpty(v));
    }
}
