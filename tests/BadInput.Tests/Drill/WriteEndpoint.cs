using System.Text.Json.Serialization;
using LandPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;

namespace LandPlatform.BadInput.Tests.Drill;

/// <summary>
/// A state-changing REST endpoint a service maps, as its EndpointDataSource describes it: method, route pattern,
/// the type its JSON body binds to (null when it takes none) and the permissions it requires.
/// </summary>
public sealed record WriteEndpoint(string Method, RoutePattern Pattern, Type? BodyType, IReadOnlyList<string> Permissions, bool Anonymous)
{
    public string Name => $"{Method} {Pattern.RawText}";

    /// <summary>Every POST/PUT/PATCH/DELETE route endpoint that is not a gRPC method.</summary>
    public static IReadOnlyList<WriteEndpoint> Discover(EndpointDataSource source) => Find(source, grpc: false);

    /// <summary>Every gRPC method (the unimplemented-method catch-alls aside): POST to <c>/package.Service/Method</c>.</summary>
    public static IReadOnlyList<WriteEndpoint> DiscoverGrpc(EndpointDataSource source) =>
        [.. Find(source, grpc: true).Where(e => !e.Pattern.RawText!.Contains('{', StringComparison.Ordinal))];

    private static IReadOnlyList<WriteEndpoint> Find(EndpointDataSource source, bool grpc)
    {
        ArgumentNullException.ThrowIfNull(source);
        return
        [
            .. source.Endpoints
                .OfType<RouteEndpoint>()
                .Where(e => e.Metadata.Any(m => m.GetType().Name == "GrpcMethodMetadata") == grpc)
                .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? []).Where(IsWrite).Select(method => (e, method)))
                .Select(x => new WriteEndpoint(
                    x.method,
                    x.e.RoutePattern,
                    x.e.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType,
                    [.. x.e.Metadata.GetOrderedMetadata<AuthorizationPolicy>().SelectMany(p => p.Requirements).OfType<PermissionRequirement>().Select(r => r.Permission).Distinct()],
                    x.e.Metadata.GetMetadata<IAllowAnonymous>() is not null))
                .DistinctBy(e => e.Name)
                .OrderBy(e => e.Name, StringComparer.Ordinal),
        ];
    }

    /// <summary>Route values no parameter can take: they must not bind (400 naming the parameter) or not match (404).</summary>
    public static readonly IReadOnlyList<string> JunkRouteValues =
    [
        "not-a-guid", "-1", "99999999999999999999999", "1e400", "NaN", "%00", "..", "' OR 1=1 --", "\ud800", new string('9', 1500),
    ];

    public bool HasRouteValues => Pattern.Parameters.Count > 0;

    /// <summary>
    /// A path that matches the pattern: route values satisfy their constraints and name nothing that exists; or,
    /// with <paramref name="junk"/>, every route value replaced by it.
    /// </summary>
    public string Path(Random random, string? junk = null)
    {
        ArgumentNullException.ThrowIfNull(random);
        var segments = Pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternSeparatorPart separator => separator.Content,
            RoutePatternParameterPart parameter => Uri.EscapeDataString(junk ?? ValueFor(parameter, random)),
            _ => string.Empty,
        })));
        return "/" + string.Join('/', segments);
    }

    /// <summary>Whether unknown JSON members are refused for the body (the platform's default, unless the contract opts out).</summary>
    public bool RefusesUnknownFields =>
        BodyType is not null
        && BodyType.GetCustomAttributes(typeof(JsonUnmappedMemberHandlingAttribute), inherit: true) is not [JsonUnmappedMemberHandlingAttribute { UnmappedMemberHandling: JsonUnmappedMemberHandling.Skip }]
        && !BodyType.GetProperties().Any(p => p.IsDefined(typeof(JsonExtensionDataAttribute), inherit: true));

    private static string ValueFor(RoutePatternParameterPart parameter, Random random)
    {
        var constraints = parameter.ParameterPolicies.Select(p => p.Content ?? string.Empty).ToArray();
        if (constraints.Any(c => c.StartsWith("guid", StringComparison.Ordinal)) || parameter.Name.EndsWith("id", StringComparison.OrdinalIgnoreCase))
        {
            var bytes = new byte[16];
            random.NextBytes(bytes);
            return new Guid(bytes).ToString();
        }

        if (constraints.Any(c => c is "int" or "long" || c.StartsWith("min", StringComparison.Ordinal) || c.StartsWith("range", StringComparison.Ordinal)))
        {
            return random.Next(900_000, 999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        // Not a valid unified social credit code either, so a body-less write cannot touch a real enterprise.
        return "drill-" + random.Next(1000, 9999).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static bool IsWrite(string method) =>
        HttpMethods.IsPost(method) || HttpMethods.IsPut(method) || HttpMethods.IsPatch(method) || HttpMethods.IsDelete(method);
}
