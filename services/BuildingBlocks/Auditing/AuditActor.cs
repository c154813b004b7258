using System.Security.Claims;

namespace LandPlatform.Auditing;

/// <summary>Who did it: a person in a role of a bureau, or a calling service.</summary>
public sealed record AuditActor(
    string PersonId,
    string Name,
    string Bureau,
    string Role,
    string? Uscc = null,
    string? CallingService = null)
{
    public const string AnonymousId = "anonymous";

    public static AuditActor Anonymous { get; } = new(AnonymousId, AnonymousId, "", "");

    /// <summary>
    /// Reads the platform's claims (<c>sub</c>, <c>name</c>, <c>bureau</c>, <c>role</c>, <c>uscc</c>,
    /// <c>service</c>). The mapped ClaimTypes names are accepted too, because JwtBearer maps
    /// <c>sub</c>/<c>role</c>/<c>name</c> unless MapInboundClaims is switched off.
    /// </summary>
    public static AuditActor From(ClaimsPrincipal? user)
    {
        if (user?.Identity?.IsAuthenticated != true)
        {
            return Anonymous;
        }

        var service = Find(user, "service");
        var personId = Find(user, "sub", ClaimTypes.NameIdentifier)
            ?? (service is not null ? $"service:{service}" : AnonymousId);
        var roles = user.Claims
            .Where(c => c.Type is "role" or ClaimTypes.Role)
            .Select(c => c.Value)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        return new AuditActor(
            personId,
            Find(user, "name", ClaimTypes.Name) ?? personId,
            Find(user, "bureau") ?? "",
            string.Join(',', roles),
            Find(user, "uscc"),
            service);
    }

    /// <summary>The publisher of a consumed message acts as a service; unknown publishers as "message".</summary>
    public static AuditActor ForMessage(string? publisher) =>
        publisher is { Length: > 0 }
            ? new AuditActor($"service:{publisher}", $"service:{publisher}", "service", "", null, publisher)
            : new AuditActor("message", "message", "service", "");

    private static string? Find(ClaimsPrincipal user, params string[] types) =>
        types.Select(t => user.FindFirst(t)?.Value).FirstOrDefault(v => !string.IsNullOrEmpty(v));
}
