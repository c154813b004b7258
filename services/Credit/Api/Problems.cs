namespace LandPlatform.Credit.Api;

/// <summary>The 404 and 409 problems the credit endpoints return besides rule refusals.</summary>
internal static class Problems
{
    public static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: detail);

    public static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult NoFile(string uscc) =>
        NotFound($"The credit office has no file for enterprise {uscc}: register it first (POST /enterprises).");

    public static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult NoListing(Guid id) =>
        NotFound($"There is no listing {id}.");
}
