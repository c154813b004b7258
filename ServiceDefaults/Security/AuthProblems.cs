using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LandPlatform.ServiceDefaults.Security;

/// <summary>The 401 and 403 problem details, worded once so every service says the same thing.</summary>
public static class AuthProblems
{
    public static ProblemHttpResult Unauthenticated(string? error, string? errorDescription) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status401Unauthorized,
            title: error is null ? "Authentication required" : "The access token was rejected",
            detail: error is null
                ? "Send a bearer token from the platform's identity provider in the Authorization header."
                : errorDescription ?? "The access token is not valid for this platform.",
            type: "https://tools.ietf.org/html/rfc6750#section-3.1",
            extensions: error is null ? null : new Dictionary<string, object?> { ["error"] = error });

    public static ProblemHttpResult MissingPermission(CurrentActor actor, IReadOnlyList<string> missing) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status403Forbidden,
            title: "Permission required",
            detail: $"{actor} does not hold the permission '{string.Join("', '", missing)}' this operation needs.",
            type: "https://tools.ietf.org/html/rfc9110#section-15.5.4",
            extensions: new Dictionary<string, object?>
            {
                ["missingPermission"] = missing[0],
                ["missingPermissions"] = missing,
            });

    public static ProblemHttpResult Forbidden(CurrentActor actor) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status403Forbidden,
            title: "Forbidden",
            detail: $"{actor} may not perform this operation.",
            type: "https://tools.ietf.org/html/rfc9110#section-15.5.4");

    public static ProblemHttpResult NotYourEnterprise(CurrentActor actor, string? requestedUscc) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status403Forbidden,
            title: "Not your enterprise",
            detail: actor.Uscc is null
                ? $"{actor} has no unified social credit code and may not act for enterprise {requestedUscc}."
                : $"{actor} acts for enterprise {actor.Uscc} only and may not act for enterprise {requestedUscc}.",
            type: "https://tools.ietf.org/html/rfc9110#section-15.5.4",
            extensions: new Dictionary<string, object?>
            {
                ["reason"] = "enterprise-scope",
                ["requestedUscc"] = requestedUscc,
            });
}
